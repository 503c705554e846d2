// The demo district's projects, seeded after its ports; kept apart from the port rows so that each
// seed file holds one area's data.
import { PROJECT_GATES } from '../../../contracts/index.ts';
import type { Tx } from '../platform/db/database.ts';
import { newId } from '../platform/db/ids.ts';
import { projectsRepository } from '../modules/projects/projects.repository.ts';
import { addDays } from '../platform/dates.ts';
import { DEMO_ANCHOR } from './demo-port-list.ts';

/**
 * Two projects under way, both adding a category to a designated site: the Gaolan grain site adding logs (design
 * done, awaiting sign-off), the bridge port's site adding chilled aquatic products (at
 * construction). Demo projects: data/README.md.
 */
export const DEMO_PROJECTS = [
  {
    port: 'GL-GRAIN',
    title: '高栏港区进境粮食指定监管场地扩建进境原木查验区',
    categories: ['LOGS'],
    signed: ['planning'],
    done: ['planning', 'design'],
  },
  {
    port: 'HZMB-DS',
    title: '港珠澳大桥珠海公路口岸指定监管场地新增进境冰鲜水产品功能',
    categories: ['CHILLED_AQUATIC'],
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
