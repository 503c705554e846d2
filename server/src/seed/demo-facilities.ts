// The demo district's facilities and certifications, seeded after its ports; kept apart from the port rows
// so that each seed file holds one area's data.
import type { PlaceType, PortMode } from '../../../contracts/index.ts';
import type { Tx } from '../platform/db/database.ts';
import type { FacilityTable } from '../platform/db/schema.ts';
import { newId } from '../platform/db/ids.ts';
import { facilitiesRepository } from '../modules/facilities/facilities.repository.ts';
import { defaultCatalogRequires } from './demo-standards.ts';
import { addDays } from '../platform/dates.ts';
import { DEMO_ANCHOR, DEMO_PORTS } from './demo-port-list.ts';

/** Facilities for every demo port and certifications for the types that need them. */
export async function seedDemoFacilities(tx: Tx, portIds: Map<string, string>, now: number) {
  const stamp = { version: 1, createdAt: now, createdBy: null, updatedAt: now, updatedBy: null };
  const cycles = new Map(
    (await facilitiesRepository.types(tx)).map((t) => [t.code, t.certificationCycleMonths]),
  );
  const seeds = demoFacilities(defaultCatalogRequires(), cycles);
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
      issuer: '拱北海关动植物检疫处',
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

/** Required facility types some demo places lack, so the gap list and the assessments have something to find. */
export const DEMO_MISSING: Record<string, readonly string[]> = {
  'GL-DS': ['REARING_ROOM'],
  'GL-GRAIN': ['AUTOMATIC_SAMPLER'],
  'ZS-PROP': ['ISOLATION_NURSERY'],
  'HZMB-DS': ['HOLDING_TANKS'],
  'ZH-ECOM': ['HARMLESS_DISPOSAL'],
  'ZH-MAIL': ['DETECTOR_DOG_UNIT'],
};

/** Certifications that lapsed before the anchor (place, type), and ones lapsing within 90 days of it. */
export const DEMO_EXPIRED: readonly (readonly [string, string])[] = [
  ['GL-DS', 'COLD_TREATMENT_ROOM'],
  ['GL-LOGS', 'FUMIGATION_CHAMBER'],
  ['HZMB-DS', 'FUMIGATION_CHAMBER'],
];
export const DEMO_EXPIRING: readonly (readonly [string, string])[] = [
  ['HZMB-DS', 'COLD_TREATMENT_ROOM'],
  ['GL-DS', 'FUMIGATION_CHAMBER'],
];

/** Front-line facilities by transport mode (the interception area of the setting specification). */
const MODE_FACILITIES: Record<PortMode, readonly string[]> = {
  sea: ['QUARANTINE_BERTH', 'TREATMENT_AREA'],
  river: ['QUARANTINE_BERTH'],
  air: ['QUARANTINE_BERTH', 'SCANNER_ROOM'],
  rail: ['QUARANTINE_BERTH', 'VEHICLE_DISINFECTION_LANE'],
  road: ['VEHICLE_DISINFECTION_LANE', 'SCANNER_ROOM'],
  mail: [],
  express: [],
  ecommerce: [],
  passenger: [],
};
/** What mail, express, passenger and e-commerce places hold (their catalog items). */
const PLACE_TYPE_FACILITIES: Partial<Record<PlaceType, readonly string[]>> = {
  passenger: ['XRAY_CT', 'DETECTOR_DOG_UNIT', 'DETENTION_STORE', 'HARMLESS_DISPOSAL'],
  mail: ['XRAY_CT', 'DETECTOR_DOG_UNIT', 'DETENTION_STORE', 'HARMLESS_DISPOSAL'],
  express: ['XRAY_CT', 'DETECTOR_DOG_UNIT', 'DETENTION_STORE', 'PERIMETER_FENCE'],
  ecommerce: ['XRAY_CT', 'DETENTION_STORE', 'PERIMETER_FENCE', 'HARMLESS_DISPOSAL'],
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
  required: (categories: readonly string[]) => string[],
  cycles: Map<string, number | null>,
): FacilitySeed[] {
  const out: FacilitySeed[] = [];
  for (const p of DEMO_PORTS) {
    const missing = DEMO_MISSING[p.code] ?? [];
    const types = [
      ...new Set([
        ...required(p.categories.map((c) => c.code)),
        ...p.modes.flatMap((m) => MODE_FACILITIES[m]),
        ...(p.placeType ? (PLACE_TYPE_FACILITIES[p.placeType] ?? []) : []),
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
