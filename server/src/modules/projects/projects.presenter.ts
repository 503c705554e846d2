import { PROJECT_GATES, type Project, type ProjectGate } from '../../../../contracts/index.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { readJson, toIso, toIsoOrNull } from '../../platform/db/values.ts';
import { projectAbilities, projectPolicy } from './projects.policy.ts';
import type { GateRow, ProjectRow } from './projects.repository.ts';

/** The first gate not yet signed, or null when all five are. */
export const currentGateOf = (gates: readonly GateRow[]): ProjectGate | null =>
  PROJECT_GATES.find((g) => !gates.find((r) => r.gate === g)?.signedAt) ?? null;

export function presentProject(row: ProjectRow, gates: readonly GateRow[], actor: Actor): Project {
  const subject = { actor, project: row };
  const current = currentGateOf(gates);
  return {
    id: row.id,
    portId: row.portId,
    portCode: row.portCode,
    portNameZh: row.portNameZh,
    portNameEn: row.portNameEn,
    kind: row.projectKind,
    title: row.title,
    categories: readJson(row.categoriesJson) as string[],
    gates: PROJECT_GATES.map((gate) => {
      const g = gates.find((r) => r.gate === gate);
      const signed = Boolean(g?.signedAt);
      return {
        gate,
        plannedDate: g?.plannedDate ?? null,
        actualDate: g?.actualDate ?? null,
        documents: g?.documents ?? null,
        signedBy: g?.signedBy ?? null,
        signedAt: toIsoOrNull(g?.signedAt),
        can: {
          edit: projectPolicy.editGates(subject) && !signed,
          sign: projectPolicy.sign(subject) && gate === current && Boolean(g?.actualDate),
        },
      };
    }),
    currentGate: current,
    archived: row.archivedAt !== null,
    archivedReason: row.archivedReason,
    version: row.version,
    createdAt: toIso(row.createdAt),
    updatedAt: toIso(row.updatedAt),
    can: projectAbilities(actor, row),
  };
}
