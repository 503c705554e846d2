import type {
  BuiltInCategory,
  DesignCapacity,
  PortClass,
  PortMode,
  PortStatus,
  TrafficUnit,
} from '../../../contracts/index.ts';
import type { Tx } from '../platform/db/database.ts';
import type { FacilityTable, PortDesignationTable } from '../platform/db/schema.ts';
import { newId } from '../platform/db/ids.ts';
import { portsRepository } from '../modules/ports/ports.repository.ts';
import { facilitiesRepository } from '../modules/facilities/facilities.repository.ts';
import { requiredFor } from '../modules/ports/required-facilities.ts';
import { projectsRepository } from '../modules/projects/projects.repository.ts';
import { PROJECT_GATES } from '../../../contracts/index.ts';
import { addDays } from '../platform/dates.ts';

/** Demo dates are relative to this day, so tests can rely on which certifications have lapsed. */
export const DEMO_ANCHOR = '2026-11-01';

type DemoPort = {
  code: string;
  modes: PortMode[];
  portClass: PortClass;
  cityCode: string;
  lat: number;
  lon: number;
  status: PortStatus;
  opened: string;
  capacity: DesignCapacity;
  categories: { code: BuiltInCategory; unit: TrafficUnit; base: number }[];
};

/** The twelve demo ports, all in Guangdong (440000) with real city codes. */
export const DEMO_PORTS: DemoPort[] = [
  {
    code: 'P-SEA-EAST',
    modes: ['sea'],
    portClass: 'I',
    cityCode: '440300',
    lat: 22.57,
    lon: 114.27,
    status: 'open',
    opened: '1994-06-01',
    capacity: [{ mode: 'sea', unit: 'teu_per_year', value: 15_000_000 }],
    categories: [
      { code: 'MEAT', unit: 'tonnes', base: 420_000 },
      { code: 'CHILLED_AQUATIC', unit: 'tonnes', base: 86_000 },
      { code: 'FRUIT', unit: 'tonnes', base: 310_000 },
    ],
  },
  {
    code: 'P-SEA-WEST',
    modes: ['sea'],
    portClass: 'I',
    cityCode: '440800',
    lat: 21.2,
    lon: 110.41,
    status: 'open',
    opened: '1998-03-15',
    capacity: [{ mode: 'sea', unit: 'tonnes_per_year', value: 60_000_000 }],
    categories: [{ code: 'GRAIN', unit: 'tonnes', base: 5_600_000 }],
  },
  {
    code: 'P-SEA-LOGS',
    modes: ['sea'],
    portClass: 'II',
    cityCode: '441300',
    lat: 22.72,
    lon: 114.55,
    status: 'open',
    opened: '2006-09-01',
    capacity: [{ mode: 'sea', unit: 'tonnes_per_year', value: 8_000_000 }],
    categories: [{ code: 'LOGS', unit: 'm3', base: 1_200_000 }],
  },
  {
    code: 'P-AIR-INTL',
    modes: ['air', 'passenger'],
    portClass: 'I',
    cityCode: '440100',
    lat: 23.39,
    lon: 113.3,
    status: 'open',
    opened: '2004-08-05',
    capacity: [
      { mode: 'air', unit: 'tonnes_per_year', value: 2_500_000 },
      { mode: 'passenger', unit: 'passengers_per_year', value: 80_000_000 },
    ],
    categories: [
      { code: 'FRUIT', unit: 'tonnes', base: 18_000 },
      { code: 'PLANT_PROPAGATION', unit: 'lots', base: 640 },
      { code: 'CHILLED_AQUATIC', unit: 'tonnes', base: 9_500 },
    ],
  },
  {
    code: 'P-AIR-CARGO',
    modes: ['air'],
    portClass: 'I',
    cityCode: '440100',
    lat: 23.4,
    lon: 113.29,
    status: 'open',
    opened: '2010-01-20',
    capacity: [{ mode: 'air', unit: 'tonnes_per_year', value: 1_200_000 }],
    categories: [
      { code: 'LIVE_AQUATIC', unit: 'tonnes', base: 4_200 },
      { code: 'FRUIT', unit: 'tonnes', base: 12_500 },
    ],
  },
  {
    code: 'P-MAIL',
    modes: ['mail'],
    portClass: 'I',
    cityCode: '440100',
    lat: 23.38,
    lon: 113.31,
    status: 'open',
    opened: '2012-05-10',
    capacity: [{ mode: 'mail', unit: 'mail_items_per_year', value: 60_000_000 }],
    categories: [{ code: 'OTHER_HIGH_RISK', unit: 'mail_items', base: 35_000_000 }],
  },
  {
    code: 'P-EXPRESS',
    modes: ['express'],
    portClass: 'I',
    cityCode: '440300',
    lat: 22.63,
    lon: 113.82,
    status: 'open',
    opened: '2015-11-01',
    capacity: [{ mode: 'express', unit: 'parcels_per_year', value: 120_000_000 }],
    categories: [],
  },
  {
    code: 'P-RAIL',
    modes: ['rail'],
    portClass: 'I',
    cityCode: '440100',
    lat: 23.15,
    lon: 113.26,
    status: 'open',
    opened: '2019-09-01',
    capacity: [{ mode: 'rail', unit: 'trains_per_year', value: 1_500 }],
    categories: [
      { code: 'GRAIN', unit: 'tonnes', base: 380_000 },
      { code: 'FRUIT', unit: 'tonnes', base: 56_000 },
    ],
  },
  {
    code: 'P-ROAD',
    modes: ['road', 'passenger'],
    portClass: 'I',
    cityCode: '440400',
    lat: 22.21,
    lon: 113.55,
    status: 'open',
    opened: '1999-12-20',
    capacity: [
      { mode: 'road', unit: 'vehicles_per_year', value: 3_000_000 },
      { mode: 'passenger', unit: 'passengers_per_year', value: 120_000_000 },
    ],
    categories: [
      { code: 'FRUIT', unit: 'tonnes', base: 210_000 },
      { code: 'MEAT', unit: 'tonnes', base: 64_000 },
    ],
  },
  {
    code: 'P-ECOM',
    modes: ['ecommerce'],
    portClass: 'II',
    cityCode: '441900',
    lat: 23.02,
    lon: 113.75,
    status: 'open',
    opened: '2018-04-01',
    capacity: [{ mode: 'ecommerce', unit: 'parcels_per_year', value: 200_000_000 }],
    categories: [{ code: 'OTHER_HIGH_RISK', unit: 'lots', base: 52_000 }],
  },
  {
    code: 'P-RIVER-GRAIN',
    modes: ['river'],
    portClass: 'II',
    cityCode: '441200',
    lat: 23.05,
    lon: 112.47,
    status: 'open',
    opened: '2008-07-01',
    capacity: [{ mode: 'river', unit: 'tonnes_per_year', value: 6_000_000 }],
    categories: [{ code: 'GRAIN', unit: 'tonnes', base: 1_450_000 }],
  },
  {
    code: 'P-RIVER-PAX',
    modes: ['river', 'passenger'],
    portClass: 'II',
    cityCode: '440600',
    lat: 23.02,
    lon: 113.12,
    status: 'suspended',
    opened: '2001-02-01',
    capacity: [{ mode: 'passenger', unit: 'passengers_per_year', value: 1_500_000 }],
    categories: [],
  },
];

/** Small, fixed wobble so the series look like traffic and are the same every time. */
const wobble = (i: number) => [1, 1.06, 0.94, 1.11, 1.17, 0.98, 1.03][i % 7] ?? 1;

/** Port rows, designations with history and five years of traffic for the demo ports; returns port id by code. */
export async function seedDemoPorts(
  tx: Tx,
  units: Map<string, { id: string }>,
  now: number,
): Promise<Map<string, string>> {
  const stamp = { version: 1, createdAt: now, createdBy: null, updatedAt: now, updatedBy: null };
  const ids = new Map<string, string>();
  for (const p of DEMO_PORTS) {
    const unit = units.get(p.code);
    if (!unit) throw new Error(`demo port ${p.code} has no org unit`);
    const id = newId();
    ids.set(p.code, id);
    await portsRepository.insert(tx, {
      id,
      orgUnitId: unit.id,
      modesJson: JSON.stringify(p.modes),
      portClass: p.portClass,
      provinceCode: '440000',
      cityCode: p.cityCode,
      latitude: p.lat,
      longitude: p.lon,
      status: p.status,
      statusReason: p.status === 'suspended' ? '航线停运' : null,
      openedDate: p.opened,
      designCapacityJson: JSON.stringify(p.capacity),
      archivedAt: null,
      archivedReason: null,
      ...stamp,
    });
    for (const [k, c] of p.categories.entries()) {
      const designation: PortDesignationTable = {
        id: newId(),
        portId: id,
        categoryCode: c.code,
        status: 'approved',
        effectiveDate: `${2015 + k}-0${3 + k}-01`,
        legalBasis: '海关总署公告2019年第212号',
        reason: null,
        ...stamp,
      };
      await portsRepository.insertDesignation(tx, designation);
      await portsRepository.appendHistory(tx, {
        id: newId(),
        designationId: designation.id,
        portId: id,
        categoryCode: c.code,
        status: 'approved',
        effectiveDate: designation.effectiveDate,
        legalBasis: designation.legalBasis,
        reason: null,
        at: now,
        by: null,
      });
      const rows = [];
      for (let year = 2021; year <= 2025; year++) {
        rows.push({
          id: newId(),
          portId: id,
          categoryCode: c.code,
          year,
          month: 0,
          unit: c.unit,
          value: Math.round(c.base * (0.8 + 0.05 * (year - 2021)) * wobble(year + k)),
          ...stamp,
        });
      }
      for (let month = 1; month <= 12; month++) {
        rows.push({
          id: newId(),
          portId: id,
          categoryCode: c.code,
          year: 2025,
          month,
          unit: c.unit,
          value: Math.round(((c.base * 1.0) / 12) * wobble(month + k)),
          ...stamp,
        });
      }
      await portsRepository.insertTraffic(tx, rows);
    }
  }
  await seedDemoFacilities(tx, ids, now);
  await seedDemoProjects(tx, ids, now);
  return ids;
}

/** Two projects under way: West Harbour adding logs (design done, awaiting sign-off), Airport Cargo adding live aquatic animals (at construction). */
export const DEMO_PROJECTS = [
  {
    port: 'P-SEA-WEST',
    title: '西港进境原木指定监管场地建设',
    categories: ['LOGS'],
    signed: ['planning'],
    done: ['planning', 'design'],
  },
  {
    port: 'P-AIR-CARGO',
    title: '机场货运进境食用水生动物指定监管场地改造',
    categories: ['LIVE_AQUATIC'],
    signed: ['planning', 'design', 'funding'],
    done: ['planning', 'design', 'funding'],
  },
] as const;

async function seedDemoProjects(tx: Tx, portIds: Map<string, string>, now: number) {
  const stamp = { version: 1, createdAt: now, createdBy: null, updatedAt: now, updatedBy: null };
  for (const p of DEMO_PROJECTS) {
    const portId = portIds.get(p.port);
    if (!portId) throw new Error(`demo project names unknown port ${p.port}`);
    const id = newId();
    await projectsRepository.insert(
      tx,
      {
        id,
        portId,
        kind: 'new_category',
        title: p.title,
        categoriesJson: JSON.stringify(p.categories),
        archivedAt: null,
        archivedReason: null,
        ...stamp,
      },
      PROJECT_GATES.map((gate, i) => {
        const done = (p.done as readonly string[]).includes(gate);
        const signed = (p.signed as readonly string[]).includes(gate);
        return {
          id: newId(),
          projectId: id,
          gate,
          plannedDate: addDays(DEMO_ANCHOR, (i - 2) * 120),
          actualDate: done ? addDays(DEMO_ANCHOR, (i - 2) * 120 + 10) : null,
          documents: done ? `${gate} 批复文件` : null,
          signedBy: signed ? 'wg.facility' : null,
          signedAt: signed ? now : null,
          ...stamp,
        };
      }),
    );
  }
}

async function seedDemoFacilities(tx: Tx, portIds: Map<string, string>, now: number) {
  const stamp = { version: 1, createdAt: now, createdBy: null, updatedAt: now, updatedBy: null };
  const cycles = new Map(
    (await facilitiesRepository.types(tx)).map((t) => [t.code, t.certificationCycleMonths]),
  );
  const seeds = demoFacilities(requiredFor, cycles);
  const facilities: FacilityTable[] = [];
  const certifications = [];
  for (const [i, f] of seeds.entries()) {
    const id = newId();
    const portId = portIds.get(f.port);
    if (!portId) throw new Error(`demo facility names unknown port ${f.port}`);
    facilities.push({
      id,
      portId,
      typeCode: f.type,
      functionalArea: f.area,
      quantity: 1 + (i % 3),
      capacity: 100 * (1 + (i % 7)),
      commissionedDate: `${2010 + (i % 12)}-0${1 + (i % 9)}-15`,
      // Only second units go under maintenance, so the gaps are the ones DEMO_MISSING and DEMO_EXPIRED make.
      status: f.extra && i % 3 === 0 ? 'under_maintenance' : 'in_service',
      notes: null,
      archivedAt: null,
      archivedReason: null,
      ...stamp,
    });
    if (f.cycle === null) continue;
    const expired = DEMO_EXPIRED.some(([port, type]) => port === f.port && type === f.type);
    const expiring = DEMO_EXPIRING.some(([port, type]) => port === f.port && type === f.type);
    // Lapsed two months before the anchor; lapsing 75 days after it; otherwise issued 100 days before it.
    const expiry = expired
      ? addDays(DEMO_ANCHOR, -62)
      : expiring
        ? addDays(DEMO_ANCHOR, 75)
        : addDays(addDays(DEMO_ANCHOR, -100), f.cycle * 30 + 10);
    const issued = addDays(expiry, -(f.cycle * 30));
    certifications.push({
      id: newId(),
      facilityId: id,
      issuer: '示例直属海关动植物检疫处',
      issuedDate: issued,
      expiryDate: expiry,
      documentRef: `证书 ${f.port}-${f.type}`,
      createdAt: now,
      createdBy: null,
    });
  }
  for (let i = 0; i < facilities.length; i += 200)
    await facilitiesRepository.insert(tx, facilities.slice(i, i + 200));
  if (certifications.length > 0) await facilitiesRepository.insertCertification(tx, certifications);
}

/** Required facility types each demo port lacks, so the gap list has something to find. */
export const DEMO_MISSING: Record<string, readonly string[]> = {
  'P-SEA-EAST': ['REARING_ROOM'],
  'P-SEA-WEST': ['AUTOMATIC_SAMPLER'],
  'P-AIR-INTL': ['ISOLATION_NURSERY'],
  'P-AIR-CARGO': ['HOLDING_TANKS'],
  'P-RAIL': ['COLD_TREATMENT_ROOM'],
  'P-ROAD': ['HARMLESS_DISPOSAL'],
  'P-ECOM': ['HARMLESS_DISPOSAL'],
};

/** Certifications that lapsed before the anchor (port, type), and ones lapsing within 90 days of it. */
export const DEMO_EXPIRED: readonly (readonly [string, string])[] = [
  ['P-SEA-EAST', 'COLD_TREATMENT_ROOM'],
  ['P-SEA-LOGS', 'HEAT_TREATMENT_KILN'],
  ['P-RAIL', 'FUMIGATION_CHAMBER'],
];
export const DEMO_EXPIRING: readonly (readonly [string, string])[] = [
  ['P-AIR-INTL', 'FUMIGATION_CHAMBER'],
  ['P-SEA-EAST', 'FUMIGATION_CHAMBER'],
];

const MODE_FACILITIES: Record<PortMode, readonly string[]> = {
  sea: ['QUARANTINE_BERTH', 'TREATMENT_AREA'],
  river: ['QUARANTINE_BERTH'],
  air: ['QUARANTINE_BERTH', 'XRAY_CT'],
  rail: ['QUARANTINE_BERTH', 'VEHICLE_DISINFECTION_LANE'],
  road: ['VEHICLE_DISINFECTION_LANE', 'XRAY_CT'],
  mail: ['XRAY_CT', 'DETECTOR_DOG_UNIT'],
  express: ['XRAY_CT', 'DETECTOR_DOG_UNIT'],
  ecommerce: ['XRAY_CT'],
  passenger: ['XRAY_CT', 'DETECTOR_DOG_UNIT'],
};
const EVERY_SITE = ['VIDEO_MONITORING', 'CUSTOMS_GATE', 'SAMPLE_ROOM', 'PEST_PREID_ROOM'];
const AREAS = ['一号查验区', '二号查验区', '三号查验区', '综合业务楼', '检疫处理区'];

type FacilitySeed = {
  port: string;
  type: string;
  area: string;
  cycle: number | null;
  extra: boolean;
};

/** Ten to forty facilities per demo port, with certifications dated from DEMO_ANCHOR. */
export function demoFacilities(
  required: (categories: string[]) => string[],
  cycles: Map<string, number | null>,
): FacilitySeed[] {
  const out: FacilitySeed[] = [];
  for (const p of DEMO_PORTS) {
    const missing = DEMO_MISSING[p.code] ?? [];
    const types = [
      ...new Set([
        ...required(p.categories.map((c) => c.code)),
        ...p.modes.flatMap((m) => MODE_FACILITIES[m]),
        ...EVERY_SITE,
      ]),
    ]
      .filter((t) => !missing.includes(t))
      .sort();
    const list: FacilitySeed[] = types.map((type, i) => ({
      port: p.code,
      type,
      area: AREAS[i % AREAS.length] ?? '',
      cycle: cycles.get(type) ?? null,
      extra: false,
    }));
    // More cameras, gates and platforms in further areas until the port has at least ten.
    for (let i = 0; list.length < 10 + p.categories.length * 3; i++) {
      const type = EVERY_SITE[i % 2] ?? 'VIDEO_MONITORING';
      list.push({
        port: p.code,
        type,
        area: `${AREAS[(i + 1) % AREAS.length] ?? ''}（${i + 2}）`,
        cycle: cycles.get(type) ?? null,
        extra: true,
      });
    }
    out.push(...list);
  }
  return out;
}
