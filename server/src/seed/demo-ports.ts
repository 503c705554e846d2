// Seeding the demo district's ports: rows, designations with their history, and traffic; then its
// facilities and projects, in that order. The port list, the facilities and the projects live in their
// own files (demo-port-list.ts, demo-facilities.ts, demo-projects.ts); what they export is re-exported
// here, where callers have always found it.
import fs from 'node:fs';
import path from 'node:path';
import type { Tx } from '../platform/db/database.ts';
import { addDays } from '../platform/dates.ts';
import type { PortDesignationTable } from '../platform/db/schema.ts';
import { newId } from '../platform/db/ids.ts';
import { portsRepository } from '../modules/ports/ports.repository.ts';
import { seedDemoFacilities } from './demo-facilities.ts';
import { DEMO_PORTS } from './demo-port-list.ts';
import { seedDemoProjects } from './demo-projects.ts';

export { DEMO_ANCHOR, DEMO_DISTRICT, DEMO_PORTS } from './demo-port-list.ts';
export { DEMO_EXPIRED, DEMO_EXPIRING, DEMO_MISSING, demoFacilities } from './demo-facilities.ts';
export { DEMO_PROJECTS } from './demo-projects.ts';

/** The day the demo's earlier designations were confirmed again under announcement 212 (a demo date). */
export const RECONFIRMED_UNDER_212 = '2020-06-30';

type BasisEntry = { from: string; to: string | null; basisZh: string };
const BASES = (
  JSON.parse(
    fs.readFileSync(
      path.join(import.meta.dirname, '..', '..', '..', 'data', 'designation-bases.json'),
      'utf8',
    ),
  ) as { categories: Record<string, BasisEntry[]> }
).categories;

/** The basis for designating a site of the category that was in force on the day (data/designation-bases.json). */
export function designationBasis(category: string, day: string): string {
  const entry = BASES[category]?.find((e) => e.from <= day && (e.to === null || day < e.to));
  if (!entry) throw new Error(`no designation basis for ${category} on ${day}`);
  return entry.basisZh;
}

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
      placeKind: p.placeKind,
      placeType: p.placeType,
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
      // One category a year from the month after the site opened, each on the basis in force that day; one
      // granted before announcement 212 was confirmed again under it, which the history keeps.
      const granted = addDays(p.opened ?? '2015-01-01', 31 + 365 * k);
      const steps = [
        {
          effectiveDate: granted,
          legalBasis: designationBasis(c.code, granted),
          reason: null as string | null,
        },
      ];
      if (granted < RECONFIRMED_UNDER_212)
        steps.push({
          effectiveDate: RECONFIRMED_UNDER_212,
          legalBasis: designationBasis(c.code, RECONFIRMED_UNDER_212),
          reason: '按海关总署公告2019年第212号重新确认（演示日期）',
        });
      const current = steps[steps.length - 1] as (typeof steps)[number];
      const designation: PortDesignationTable = {
        id: newId(),
        portId: id,
        categoryCode: c.code,
        status: 'approved',
        ...current,
        ...stamp,
      };
      await portsRepository.insertDesignation(tx, designation);
      for (const step of steps)
        await portsRepository.appendHistory(tx, {
          id: newId(),
          designationId: designation.id,
          portId: id,
          categoryCode: c.code,
          status: 'approved',
          ...step,
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
