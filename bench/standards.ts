// npm run bench:standards — the standards engine on 1,000 synthetic ports × 500 requirement items, against
// the same 500 rules written as TypeScript functions over the same port facts, in one run. Also prints
// the compile time for the catalog, both compiler back ends, and cel-js's interpreter for scale. Then, on
// SQLite, opening a campaign over 1,000 ports with the default catalog, writing every assessment, against
// writing the same rows without evaluating anything.
//
// The synthetic ports and rules, the timing helpers and the campaign section live in bench/standards/;
// this file runs the sections in order.
import os from 'node:os';
import type { PortFacts } from '../contracts/port-facts.ts';
import {
  compileCatalog,
  evaluatePorts,
  toEngineFacts,
  type CompiledCatalog,
  type EngineFacts,
  type ItemOutcome,
  type RuleItem,
} from '../server/src/engines/standards/index.ts';
import { sectionCampaign } from './standards/campaign.ts';
import { cpuTime, fmt, median, time } from './standards/measure.ts';
import { PORTS, prng, synthesisePorts } from './standards/ports.ts';
import { evaluateByHand, ITEMS, synthesiseRules, type Hand } from './standards/rules.ts';

const WARMUP_ROUNDS = 5;
const ROUNDS = 9;

/** cel-js's interpreter on the same expressions, for scale: the outcome logic is left out, so this flatters it. */
function evaluateInterpreted(catalog: CompiledCatalog, facts: readonly EngineFacts[]): number {
  let evaluated = 0;
  for (const f of facts) {
    for (const c of catalog.items) {
      try {
        if (c.appliesWhen && c.appliesWhen.exact(f.ctx) !== true) continue;
        if (c.required) c.required.exact(f.ctx);
        if (c.measure) c.measure.exact(f.ctx);
        evaluated++;
      } catch {
        evaluated++;
      }
    }
  }
  return evaluated;
}

function sameOutcomes(a: readonly ItemOutcome[][], b: readonly ItemOutcome[][]): string | null {
  for (let p = 0; p < a.length; p++) {
    const x = a[p] ?? [];
    const y = b[p] ?? [];
    for (let i = 0; i < x.length; i++) {
      const u = x[i];
      const v = y[i];
      if (
        !u ||
        !v ||
        u.code !== v.code ||
        u.status !== v.status ||
        u.required !== v.required ||
        u.present !== v.present ||
        u.error !== v.error
      ) {
        return `port ${p} item ${i}: engine ${JSON.stringify(u)} vs hand ${JSON.stringify(v)}`;
      }
    }
  }
  return null;
}

// ---- sections ----

type Data = { ports: PortFacts[]; items: RuleItem[]; hands: Hand[] };

function synthesise(): Data {
  const random = prng(20250301);
  const ports = synthesisePorts(random);
  const { items, hands } = synthesiseRules(random);
  return { ports, items, hands };
}

function sectionEngine({ ports, items, hands }: Data): void {
  process.stdout.write(
    `standards engine: ${PORTS.toLocaleString('en-US')} ports × ${ITEMS} items\n`,
  );
  process.stdout.write(
    `  node ${process.version}, ${os.availableParallelism()} cores, load average ${os
      .loadavg()
      .map((l) => fmt(l, 2))
      .join(' / ')} (1 / 5 / 15 min)\n`,
  );
  const coldCompileMs = time(() => compileCatalog(items));
  let catalog = compileCatalog(items);
  const compileMs = median(
    Array.from({ length: 5 }, () => time(() => (catalog = compileCatalog(items)))),
  );
  const closureCatalog = compileCatalog(items, { backend: 'closures' });
  process.stdout.write(
    `  compile: ${fmt(compileMs)} ms for ${ITEMS} items (${catalog.stats.expressions} distinct expressions, ` +
      `${catalog.stats.compiled} compiled, ${catalog.stats.interpreted} on cel-js); first compile incl. environment ${fmt(coldCompileMs)} ms\n` +
      `  catalog module: ${catalog.program?.slots.numbers ?? 0} number and ${catalog.program?.slots.booleans ?? 0} boolean fact slots filled per port, ` +
      `${catalog.program?.chunks.length ?? 0} chunks, ${catalog.program?.deferred.length ?? 0} items outside the compiled subset\n`,
  );

  let facts: EngineFacts[] = [];
  const factsMs = time(() => (facts = ports.map((port) => toEngineFacts({ port }))));
  process.stdout.write(
    `  facts: ${fmt(factsMs)} ms to convert ${PORTS.toLocaleString('en-US')} ports (once per port)\n`,
  );

  let expressions = 0;
  const outcomes = evaluatePorts(catalog, facts);
  for (const perPort of outcomes) {
    for (const [i, o] of perPort.entries()) {
      const c = catalog.items[i];
      if (!c) continue;
      expressions += c.appliesWhen ? 1 : 0;
      if (o.status !== 'not_applicable') expressions += (c.required ? 1 : 0) + (c.measure ? 1 : 0);
    }
  }
  const byHand = evaluateByHand(items, hands, ports);
  const mismatch = sameOutcomes(outcomes, byHand);
  const closureMismatch = sameOutcomes(evaluatePorts(closureCatalog, facts), byHand);
  const tally = new Map<string, number>();
  for (const o of outcomes.flat()) tally.set(o.status, (tally.get(o.status) ?? 0) + 1);

  for (let i = 0; i < WARMUP_ROUNDS; i++) {
    evaluatePorts(catalog, facts);
    evaluatePorts(closureCatalog, facts);
    evaluateByHand(items, hands, ports);
  }
  const engine: number[] = [];
  const closures: number[] = [];
  const hand: number[] = [];
  const engineCpu: number[] = [];
  const handCpu: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    engine.push(time(() => evaluatePorts(catalog, facts)));
    closures.push(time(() => evaluatePorts(closureCatalog, facts)));
    hand.push(time(() => evaluateByHand(items, hands, ports)));
    engineCpu.push(cpuTime(() => evaluatePorts(catalog, facts)));
    handCpu.push(cpuTime(() => evaluateByHand(items, hands, ports)));
  }
  const interpreted = median(
    Array.from({ length: 3 }, () => time(() => evaluateInterpreted(catalog, facts))),
  );
  const engineMs = median(engine);
  const handMs = median(hand);
  const itemEvaluations = PORTS * ITEMS;

  process.stdout.write(
    `  evaluations: ${itemEvaluations.toLocaleString('en-US')} item evaluations, ${expressions.toLocaleString('en-US')} expression evaluations\n` +
      `  outcomes: ${[...tally].map(([s, n]) => `${s} ${n.toLocaleString('en-US')}`).join(', ')}\n` +
      `  engine (generated source): ${fmt(engineMs)} ms (median of ${ROUNDS}; min ${fmt(Math.min(...engine))}, max ${fmt(Math.max(...engine))})\n` +
      `  engine (closures):         ${fmt(median(closures))} ms\n` +
      `  hand-written TypeScript:   ${fmt(handMs)} ms (median of ${ROUNDS}; min ${fmt(Math.min(...hand))}, max ${fmt(Math.max(...hand))})\n` +
      `  cel-js interpreter:        ${fmt(interpreted)} ms (expressions only, for scale)\n` +
      `  CPU time (median): engine ${fmt(median(engineCpu))} ms, hand-written ${fmt(median(handCpu))} ms\n` +
      `  ratio engine / hand: ${fmt(engineMs / handMs, 2)}× (best rounds: ${fmt(Math.min(...engine) / Math.min(...hand), 2)}×)   target: under 100 ms and within 3×\n` +
      `  rule evaluations per second: ${fmt(itemEvaluations / (engineMs / 1000), 0)} (expressions: ${fmt(expressions / (engineMs / 1000), 0)})\n` +
      `  outcomes identical to hand-written: ${mismatch === null ? 'yes' : `NO — ${mismatch}`}` +
      `${closureMismatch === null ? '' : `; closures differ — ${closureMismatch}`}\n`,
  );
}

async function main(): Promise<void> {
  const data = synthesise();
  sectionEngine(data);
  await sectionCampaign();
}

await main();
