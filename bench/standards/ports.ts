// The synthetic district the engine benchmark runs on: 1,000 ports with random modes, designations,
// traffic and facilities, from a seeded generator so every run sees the same ports. Its own file so the
// benchmark's entry (bench/standards.ts) reads as its sections.
import fs from 'node:fs';
import {
  CATEGORY_TRAFFIC_UNITS,
  DESIGNATION_CATEGORIES,
  PORT_MODES,
} from '../../contracts/ports.ts';
import type { PortFacts } from '../../contracts/port-facts.ts';

export const PORTS = 1_000;

export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type FacilityType = { code: string; applicableCategories: string[] };
export const facilityTypes = (
  JSON.parse(
    fs.readFileSync(new URL('../../data/facility-types.json', import.meta.url), 'utf8'),
  ) as {
    types: FacilityType[];
  }
).types;
export const TYPE_CODES = facilityTypes.map((t) => t.code);

export function synthesisePorts(random: () => number): PortFacts[] {
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
      placeKind: 'designated_site',
      placeType: null,
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
