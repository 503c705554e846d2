// npm run bench:standards — the standards engine on 1,000 synthetic ports × 500 requirement items, against
// the same 500 rules written as TypeScript functions over the same port facts, in one run. Also prints
// the compile time for the catalog, both compiler back ends, and cel-js's interpreter for scale. Then, on
// SQLite, opening a campaign over 1,000 ports with the default catalog, writing every assessment, against
// writing the same rows without evaluating anything.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inTransaction } from '../server/src/platform/context.ts';
import { sessionRepository } from '../server/src/platform/auth/session.repository.ts';
import { newId } from '../server/src/platform/db/ids.ts';
import { campaignsService } from '../server/src/modules/standards/campaigns.service.ts';
import { catalogsService } from '../server/src/modules/standards/catalogs.service.ts';
import { contextFor, populateDistrict } from './fixtures/district.ts';
import {
  CATEGORY_TRAFFIC_UNITS,
  DESIGNATION_CATEGORIES,
  PORT_MODES,
  type BuiltInCategory,
} from '../contracts/ports.ts';
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

const PORTS = 1_000;
const ITEMS = 500;
const WARMUP_ROUNDS = 5;
const ROUNDS = 9;

// ---- synthetic data ----

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type FacilityType = { code: string; applicableCategories: string[] };
const facilityTypes = (
  JSON.parse(fs.readFileSync(new URL('../data/facility-types.json', import.meta.url), 'utf8')) as {
    types: FacilityType[];
  }
).types;
const TYPE_CODES = facilityTypes.map((t) => t.code);

function synthesisePorts(random: () => number): PortFacts[] {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const ports: PortFacts[] = [];
  for (let i = 0; i < PORTS; i++) {
    const modes = PORT_MODES.filter(() => random() < 0.25);
    if (modes.length === 0) modes.push(pick(PORT_MODES));
    const categories: PortFacts['categories'] = {};
    const traffic: PortFacts['traffic'] = {};
    for (const category of DESIGNATION_CATEGORIES) {
      if (random() < 0.4) {
        const r = random();
        categories[category] = r < 0.8 ? 'approved' : r < 0.95 ? 'suspended' : 'withdrawn';
      }
      if (categories[category] !== undefined || random() < 0.1) {
        traffic[category] = {
          year: 2025,
          unit: pick(CATEGORY_TRAFFIC_UNITS[category]),
          value: Math.round(10 ** (2 + random() * 5)),
        };
      }
    }
    const designCapacity: PortFacts['designCapacity'] = {};
    for (const mode of modes)
      designCapacity[mode] = {
        unit: 'tonnes_per_year',
        value: Math.round(10 ** (4 + random() * 4)),
      };
    const facilities: PortFacts['facilities'] = {};
    for (const type of TYPE_CODES) {
      if (random() < 0.5) continue;
      const inService = Math.floor(random() * 7);
      const maintenance = Math.floor(random() * 3);
      const capacity = Math.round(random() * 5000) / 2;
      facilities[type] = {
        count: inService + maintenance,
        capacity: capacity * (inService + maintenance),
        byStatus: {
          in_service: { count: inService, capacity: capacity * inService },
          under_maintenance: { count: maintenance, capacity: capacity * maintenance },
          out_of_service: { count: 0, capacity: 0 },
          planned: { count: 0, capacity: 0 },
        },
      };
    }
    ports.push({
      portId: `p${i}`,
      code: `CNP${String(i).padStart(4, '0')}`,
      modes,
      portClass: random() < 0.4 ? 'I' : 'II',
      status: random() < 0.9 ? 'open' : 'suspended',
      categories,
      designCapacity,
      traffic,
      facilities,
    });
  }
  return ports;
}

// ---- the same rules, as CEL and as hand-written functions ----

type Hand = {
  appliesWhen: ((p: PortFacts) => boolean) | null;
  required: ((p: PortFacts) => number) | null;
  measure: ((p: PortFacts) => number | boolean) | null;
};

const approved = (p: PortFacts, c: string) => p.categories[c] === 'approved';
const suspended = (p: PortFacts, c: string) => p.categories[c] === 'suspended';
const approvedCount = (p: PortFacts) => {
  let n = 0;
  for (const c in p.categories) if (p.categories[c] === 'approved') n++;
  return n;
};
const trafficOf = (p: PortFacts, c: string, u: string) => {
  const t = p.traffic[c];
  return t !== undefined && t.unit === u ? t.value : 0;
};
const capacityOf = (p: PortFacts, m: string) =>
  p.designCapacity[m as keyof PortFacts['designCapacity']]?.value ?? 0;
const count = (p: PortFacts, t: string) => p.facilities[t]?.byStatus.in_service.count ?? 0;
const countAll = (p: PortFacts, t: string) => p.facilities[t]?.count ?? 0;
const capacity = (p: PortFacts, t: string) => p.facilities[t]?.byStatus.in_service.capacity ?? 0;
const has = (p: PortFacts, t: string) => count(p, t) > 0;
const roundHalfAway = (x: number) => Math.sign(x) * Math.round(Math.abs(x)) + 0;

function synthesiseRules(random: () => number): { items: RuleItem[]; hands: Hand[] } {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const items: RuleItem[] = [];
  const hands: Hand[] = [];
  const typeFor = (cat: string) => {
    const fit = facilityTypes.filter((t) => t.applicableCategories.includes(cat));
    return (fit.length > 0 ? pick(fit) : pick(facilityTypes)).code;
  };
  for (let i = 0; i < ITEMS; i++) {
    const cat: BuiltInCategory = pick(DESIGNATION_CATEGORIES);
    const cat2: BuiltInCategory = pick(DESIGNATION_CATEGORIES);
    const unit = pick(CATEGORY_TRAFFIC_UNITS[cat]);
    const type = typeFor(cat);
    const type2 = pick(TYPE_CODES);
    const mode = pick(PORT_MODES);
    const code = `BENCH-${String(i).padStart(3, '0')}`;
    const base = { code, aspect: 'FACILITY' as const, importance: 'mandatory' as const, weight: 1 };
    const template = i % 11;
    let cel: Pick<RuleItem, 'appliesWhen' | 'required' | 'measure'>;
    let hand: Hand;
    switch (template) {
      case 0: {
        const div = int(1, 50) * 10_000;
        cel = {
          appliesWhen: `'${cat}' in port.categories`,
          required: `max(1, ceil(port.trafficOf('${cat}', '${unit}') / ${div}.0))`,
          measure: `facilities.count('${type}')`,
        };
        hand = {
          appliesWhen: (p) => approved(p, cat),
          required: (p) => Math.max(1, Math.ceil(trafficOf(p, cat, unit) / div)),
          measure: (p) => count(p, type),
        };
        break;
      }
      case 1:
        cel = {
          appliesWhen: `'${cat}' in port.categories`,
          required: null,
          measure: `facilities.has('${type}')`,
        };
        hand = {
          appliesWhen: (p) => approved(p, cat),
          required: null,
          measure: (p) => has(p, type),
        };
        break;
      case 2: {
        const k = int(1, 100);
        cel = {
          appliesWhen: `port.hasMode('${mode}')`,
          required: null,
          measure: `facilities.capacity('${type}') >= port.trafficOf('${cat}', '${unit}') / ${k}.0`,
        };
        hand = {
          appliesWhen: (p) => p.modes.includes(mode),
          required: null,
          measure: (p) => capacity(p, type) >= trafficOf(p, cat, unit) / k,
        };
        break;
      }
      case 3: {
        const k = int(1, 200);
        cel = {
          appliesWhen: `'${cat}' in port.categories && port.trafficOf('${cat}', '${unit}') > 0.0`,
          required: `port.trafficOf('${cat}', '${unit}') / ${k}.0`,
          measure: `facilities.capacity('${type}')`,
        };
        hand = {
          appliesWhen: (p) => approved(p, cat) && trafficOf(p, cat, unit) > 0,
          required: (p) => trafficOf(p, cat, unit) / k,
          measure: (p) => capacity(p, type),
        };
        break;
      }
      case 4: {
        const a = int(2, 6);
        const b = int(1, 3);
        cel = {
          appliesWhen: `port.hasMode('${mode}')`,
          required: `port.portClass == 'I' ? ${a} : ${b}`,
          measure: `facilities.count('${type2}')`,
        };
        hand = {
          appliesWhen: (p) => p.modes.includes(mode),
          required: (p) => (p.portClass === 'I' ? a : b),
          measure: (p) => count(p, type2),
        };
        break;
      }
      case 5: {
        const n = int(1, 4);
        cel = {
          appliesWhen: `'${cat}' in port.categories || '${cat2}' in port.categories`,
          required: `${n}`,
          measure: null,
        };
        hand = {
          appliesWhen: (p) => approved(p, cat) || approved(p, cat2),
          required: () => n,
          measure: null,
        };
        break;
      }
      case 6: {
        const div = int(1, 20) * 100_000;
        cel = {
          appliesWhen: `port.hasMode('${mode}')`,
          required: `max(1, round(port.capacityOf('${mode}') / ${div}.0))`,
          measure: `facilities.count('${type2}')`,
        };
        hand = {
          appliesWhen: (p) => p.modes.includes(mode),
          required: (p) => Math.max(1, roundHalfAway(capacityOf(p, mode) / div)),
          measure: (p) => count(p, type2),
        };
        break;
      }
      case 7:
        cel = {
          appliesWhen: `'${cat}' in port.categories`,
          required: null,
          measure: `facilities.has('${type}') && facilities.has('${type2}')`,
        };
        hand = {
          appliesWhen: (p) => approved(p, cat),
          required: null,
          measure: (p) => has(p, type) && has(p, type2),
        };
        break;
      case 8: {
        const n = int(0, 3);
        const m = int(2, 5);
        cel = {
          appliesWhen: `size(port.categories) > ${n}`,
          required: `min(${m}, size(port.categories))`,
          measure: `facilities.count('${type2}')`,
        };
        hand = {
          appliesWhen: (p) => approvedCount(p) > n,
          required: (p) => Math.min(m, approvedCount(p)),
          measure: (p) => count(p, type2),
        };
        break;
      }
      case 9: {
        const share = int(1, 9);
        cel = {
          appliesWhen: `facilities.countAll('${type2}') > 0`,
          required: `ceil(double(facilities.countAll('${type2}')) * 0.${share})`,
          measure: `facilities.count('${type2}')`,
        };
        hand = {
          appliesWhen: (p) => countAll(p, type2) > 0,
          required: (p) => Math.ceil(countAll(p, type2) * (share / 10)),
          measure: (p) => count(p, type2),
        };
        break;
      }
      default:
        cel = {
          appliesWhen: `!('${cat}' in port.suspendedCategories) && port.status == 'open'`,
          required: null,
          measure: `facilities.has('${type}') || port.trafficOf('${cat}', '${unit}') == 0.0`,
        };
        hand = {
          appliesWhen: (p) => !suspended(p, cat) && p.status === 'open',
          required: null,
          measure: (p) => has(p, type) || trafficOf(p, cat, unit) === 0,
        };
    }
    items.push({ ...base, ...cel });
    hands.push(hand);
  }
  return { items, hands };
}

/** The hand-written evaluator: the same outcome rules (and shared not-applicable outcomes) as the engine, no expressions. */
function evaluateByHand(
  items: readonly RuleItem[],
  hands: readonly Hand[],
  ports: readonly PortFacts[],
): ItemOutcome[][] {
  const notApplicable = items.map((item): ItemOutcome =>
    Object.freeze({
      code: item.code,
      status: 'not_applicable',
      required: null,
      present: null,
      error: null,
    }),
  );
  return ports.map((p) => {
    const out = new Array<ItemOutcome>(hands.length);
    for (let i = 0; i < hands.length; i++) {
      const h = hands[i] as Hand;
      const code = (items[i] as RuleItem).code;
      try {
        if (h.appliesWhen !== null && !h.appliesWhen(p)) {
          out[i] = notApplicable[i] as ItemOutcome;
          continue;
        }
        const required = h.required === null ? null : h.required(p);
        if (h.measure === null) {
          out[i] = { code, status: 'manual', required, present: null, error: null };
          continue;
        }
        const present = h.measure(p);
        if (required === null) {
          out[i] = {
            code,
            status: present === true ? 'compliant' : 'non_compliant',
            required: null,
            present: present === true,
            error: null,
          };
          continue;
        }
        const n = present as number;
        const status =
          n >= required || required <= 0 ? 'compliant' : n > 0 ? 'partial' : 'non_compliant';
        out[i] = { code, status, required, present: n, error: null };
      } catch (e) {
        out[i] = { code, status: 'error', required: null, present: null, error: String(e) };
      }
    }
    return out;
  });
}

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

// ---- measurement helpers ----

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}
/** CPU milliseconds of this process: on a shared machine, wall time also counts the time others hold the core. */
function cpuTime(fn: () => void): number {
  const c0 = process.cpuUsage();
  fn();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}
const fmt = (n: number, digits = 1) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

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

const CAMPAIGN_PORTS = 1_000;

/** Opens a campaign over 1,000 ports (facts, evaluation, explanations, one transaction of inserts) on SQLite. */
async function sectionCampaign(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guomen-bench-standards-'));
  try {
    const ctx = contextFor({ dialect: 'sqlite', file: path.join(dir, 'bench.db') }, dir);
    await populateDistrict(ctx, { ports: CAMPAIGN_PORTS, facilities: CAMPAIGN_PORTS * 25 });
    const office = await ctx.db
      .selectFrom('users')
      .select(['id', 'username', 'displayName', 'orgUnitId'])
      .where('username', '=', 'office')
      .executeTakeFirstOrThrow();
    const grants = await sessionRepository.activeGrants(ctx.db, office.id);
    const actor = {
      userId: office.id,
      username: office.username,
      displayName: office.displayName,
      orgUnitId: office.orgUnitId,
      grants,
      address: null,
      sessionId: 'bench',
    };
    const catalog = (
      await catalogsService.list(ctx, actor, { page: 1, pageSize: 10, sort: 'code' })
    ).items[0];
    const versionId = catalog?.versions.find((v) => v.status === 'published')?.id ?? '';
    const published = await catalogsService.publishedItems(ctx, versionId);
    const portIds = (
      await ctx.db.selectFrom('ports').select('id').orderBy('id').limit(CAMPAIGN_PORTS).execute()
    ).map((r) => r.id);
    const campaign = await campaignsService.create(ctx, actor, {
      code: 'BENCH-2027',
      nameZh: '基准评估',
      nameEn: 'Bench campaign',
      kind: 'annual',
      catalogVersionId: versionId,
      deadline: '2027-12-31',
      portIds,
    });
    const t0 = performance.now();
    await campaignsService.open(ctx, actor, campaign.id, campaign.version);
    const openMs = performance.now() - t0;
    const written = Number(
      (
        await ctx.db
          .selectFrom('assessmentItems')
          .innerJoin('assessments', 'assessments.id', 'assessmentItems.assessmentId')
          .where('assessments.campaignId', '=', campaign.id)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

    // Baseline: the same number of rows written in one transaction, with nothing evaluated.
    const items = published?.items ?? [];
    const now = Date.now();
    const stamp = { version: 1, createdAt: now, createdBy: null, updatedAt: now, updatedBy: null };
    const shadow = await campaignsService.create(ctx, actor, {
      code: 'BENCH-SHADOW',
      nameZh: '基准对照',
      nameEn: 'Bench shadow',
      kind: 'annual',
      catalogVersionId: versionId,
      deadline: '2027-12-31',
      portIds: portIds.slice(0, 1),
    });
    const t1 = performance.now();
    await inTransaction(ctx, async (tx) => {
      for (let i = 0; i < portIds.length; i += 20) {
        const chunk = portIds.slice(i, i + 20);
        const assessments = chunk.map((portId) => ({
          id: newId(),
          campaignId: shadow.id,
          portId,
          status: 'draft',
          submittedAt: null,
          submittedBy: null,
          approvedAt: null,
          approvedBy: null,
          reopenRequestedAt: null,
          reopenRequestedBy: null,
          reopenReason: null,
          ...stamp,
        }));
        await tx.insertInto('assessments').values(assessments).execute();
        const rows = assessments.flatMap((a) =>
          items.map((item) => ({
            id: newId(),
            assessmentId: a.id,
            catalogItemId: item.id,
            itemCode: item.code,
            aspect: item.aspect,
            importance: item.importance,
            weight: item.weight,
            automatic: item.measureExpr === null ? 0 : 1,
            result: null,
            grade: null,
            requiredValue: null,
            presentValue: null,
            presentBool: null,
            explanationJson: null,
            errorMessage: null,
            naReason: null,
            note: null,
            returnComment: null,
            answeredBy: null,
            answeredAt: null,
            evaluatedAt: null,
            ...stamp,
          })),
        );
        for (let j = 0; j < rows.length; j += 300)
          await tx
            .insertInto('assessmentItems')
            .values(rows.slice(j, j + 300))
            .execute();
      }
    });
    const insertMs = performance.now() - t1;
    await ctx.database.close();
    process.stdout.write(
      `\nOpening a campaign on SQLite: ${portIds.length} ports × ${items.length} items of the default catalog (${written} assessment items written)\n` +
        `  open (facts, evaluation, explanations, inserts in one transaction): ${fmt(openMs / 1000, 2)} s   target: under 10 s\n` +
        `  baseline, the same rows inserted with nothing evaluated: ${fmt(insertMs / 1000, 2)} s   ratio open / insert-only: ${fmt(openMs / insertMs, 2)}×\n`,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const data = synthesise();
  sectionEngine(data);
  await sectionCampaign();
}

await main();
