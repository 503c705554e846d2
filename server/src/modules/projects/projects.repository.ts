import type {
  OrgKind,
  ProjectGate,
  ProjectKind,
  ProjectListQuery,
} from '../../../../contracts/index.ts';
import type { Scope } from '../../platform/access/actor.ts';
import type { Db, Tx } from '../../platform/db/database.ts';
import type { ProjectGateTable, ProjectTable } from '../../platform/db/schema.ts';
import { portInScope } from '../../platform/db/scope.ts';
import { paginate } from '../../platform/db/paginate.ts';
import { updateVersioned } from '../../platform/db/versioned.ts';

/** A project with its port's code, name and org path (scope). */
export type ProjectRow = Omit<ProjectTable, 'kind'> & {
  portCode: string;
  portNameZh: string;
  portNameEn: string;
  path: string;
  kind: OrgKind;
  depth: number;
  projectKind: ProjectKind;
};
export type GateRow = ProjectGateTable;

const SORTS = {
  createdAt: ['pr.createdAt', 'asc'],
  '-createdAt': ['pr.createdAt', 'desc'],
  title: ['pr.title', 'asc'],
  '-title': ['pr.title', 'desc'],
} as const satisfies Record<ProjectListQuery['sort'], readonly [string, 'asc' | 'desc']>;

function withPort(db: Db | Tx) {
  return (
    db
      .selectFrom('projects as pr')
      .innerJoin('ports as p', 'p.id', 'pr.portId')
      .innerJoin('orgUnits as u', 'u.id', 'p.orgUnitId')
      .selectAll('pr')
      // The org unit's kind drives scope; the project's own kind is renamed so the two do not collide.
      .select([
        'u.code as portCode',
        'u.nameZh as portNameZh',
        'u.nameEn as portNameEn',
        'u.path',
        'u.kind',
        'u.depth',
        'pr.kind as projectKind',
      ])
  );
}

export const projectsRepository = {
  findById(db: Db | Tx, id: string): Promise<ProjectRow | undefined> {
    return withPort(db).where('pr.id', '=', id).executeTakeFirst();
  },

  async list(
    db: Db,
    scope: Scope,
    q: ProjectListQuery,
  ): Promise<{ rows: ProjectRow[]; total: number }> {
    let base = withPort(db).where((eb) => portInScope(eb, scope, 'u.path'));
    base =
      q.archived === 'true'
        ? base.where('pr.archivedAt', 'is not', null)
        : base.where('pr.archivedAt', 'is', null);
    if (q.portId) base = base.where('pr.portId', '=', q.portId);
    if (q.branchId) base = base.where('u.parentId', '=', q.branchId);
    if (q.kind) base = base.where('pr.kind', '=', q.kind);
    const [column, direction] = SORTS[q.sort];
    return paginate(base.orderBy(column, direction).orderBy('pr.id', 'asc'), q.page, q.pageSize);
  },

  gatesOf(db: Db | Tx, projectIds: readonly string[]): Promise<GateRow[]> {
    if (projectIds.length === 0) return Promise.resolve([]);
    return db.selectFrom('projectGates').selectAll().where('projectId', 'in', projectIds).execute();
  },

  async insert(tx: Tx, project: ProjectTable, gates: GateRow[]): Promise<void> {
    await tx.insertInto('projects').values(project).execute();
    await tx.insertInto('projectGates').values(gates).execute();
  },

  /** Bumps the project's version (the guard for the project and its gates); STALE_VERSION when it moved on. */
  touch(
    tx: Tx,
    id: string,
    version: number,
    changes: Partial<Pick<ProjectTable, 'archivedAt' | 'archivedReason'>>,
    actorId: string,
    now: number,
  ): Promise<ProjectTable> {
    return updateVersioned(
      tx,
      'projects',
      { id, version },
      { ...changes, updatedAt: now, updatedBy: actorId },
    );
  },

  async updateGate(
    tx: Tx,
    projectId: string,
    gate: ProjectGate,
    changes: Partial<
      Pick<GateRow, 'plannedDate' | 'actualDate' | 'documents' | 'signedBy' | 'signedAt'>
    >,
    actorId: string,
    now: number,
  ): Promise<void> {
    await tx
      .updateTable('projectGates')
      .set((eb) => ({
        ...changes,
        version: eb('version', '+', 1),
        updatedAt: now,
        updatedBy: actorId,
      }))
      .where('projectId', '=', projectId)
      .where('gate', '=', gate)
      .execute();
  },
};
