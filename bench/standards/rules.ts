// The benchmark's 500 requirement items, each written twice: as CEL for the engine and as a TypeScript
// function over the same facts, with an evaluator for the latter that applies the engine's outcome
// rules. Its own file so the benchmark's entry (bench/standards.ts) reads as its sections.
import {
  CATEGORY_TRAFFIC_UNITS,
  DESIGNATION_CATEGORIES,
  PORT_MODES,
  type BuiltInCategory,
} from '../../contracts/ports.ts';
import type { PortFacts } from '../../contracts/port-facts.ts';
import type { ItemOutcome, RuleItem } from '../../server/src/engines/standards/index.ts';
import { facilityTypes, TYPE_CODES } from './ports.ts';

export const ITEMS = 500;

export type Hand = {
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

export function synthesiseRules(random: () => number): { items: RuleItem[]; hands: Hand[] } {
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
export function evaluateByHand(
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
