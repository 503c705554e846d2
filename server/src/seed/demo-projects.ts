// The demo district's projects, seeded after its ports; kept apart from the port rows so that each
// seed file holds one area's data.
import { PROJECT_GATES } from '../../../contracts/index.ts';
import type { Tx } from '../platform/db/database.ts';
import { newId } from '../platform/db/ids.ts';
import { projectsRepository } from '../modules/projects/projects.repository.ts';
import { addDays } from '../platform/dates.ts';
import { DEMO_ANCHOR } from './demo-port-list.ts';

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
/** The DEMO_PROJECTS rows with every gate, dated from DEMO_ANCHOR. */
export async function seedDemoProjects(tx: Tx, portIds: Map<string, string>, now: number) {
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
