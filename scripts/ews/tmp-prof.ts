import { resolveControls } from '/work/main/server/src/engines/ews/controls.ts';
import { evaluateSeries } from '/work/main/server/src/engines/ews/evaluate.ts';
import { generateCollection } from '/work/main/scripts/ews/syntheticSeries.ts';
import { toWeeklyCounts } from '/work/main/server/src/engines/ews/evaluate.ts';
const series = generateCollection({ seed: 7, count: 300, weeks: 312 }).map((s) => toWeeklyCounts(s.counts));
const st = resolveControls((process.argv[2] ?? 'farringtonFlexible') as 'C1', new Map());
for (let rep = 0; rep < 2; rep++) {
  const t0 = performance.now();
  let w = 0;
  for (const c of series) { evaluateSeries(c, { from: c.length - 51, to: c.length }, st); w += 52; }
  const ms = performance.now() - t0;
  console.log(rep, ms.toFixed(0), 'ms', (ms * 1000 / w).toFixed(2), 'us/series-week');
}
