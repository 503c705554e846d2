// Writes a seeded synthetic counts CSV: npx tsx scripts/ews/generate.ts --out FILE [--seed N] [--count N] [--weeks N]
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { generateCollection, toCountsCsv } from './syntheticSeries.ts';

const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    seed: { type: 'string', default: '20240601' },
    count: { type: 'string', default: '24' },
    weeks: { type: 'string', default: '312' },
  },
});
if (values.out === undefined) {
  process.stderr.write('usage: generate.ts --out FILE [--seed N] [--count N] [--weeks N]\n');
  process.exit(2);
}
const series = generateCollection({
  seed: Number(values.seed),
  count: Number(values.count),
  weeks: Number(values.weeks),
});
writeFileSync(values.out, toCountsCsv(series));
process.stdout.write(`wrote ${series.length} series to ${values.out}\n`);
