import {
  PROJECT_GATES,
  takesDesignations,
  type Page,
  type Project,
  type ProjectCreate,
  type ProjectGate,
  type ProjectGateUpdate,
  type ProjectListQuery,
} from '../../../../contracts/index.ts';
import { inTransaction, type AppContext } from '../../platform/context.ts';
import { reachesUnit, scopeOfAny, type Actor } from '../../platform/access/actor.ts';
import { ensureAllowed, type Obstacle } from '../../platform/access/policy.ts';
import { newId } from '../../platform/db/ids.ts';
import { readJson, writeJson } from '../../platform/db/values.ts';
import { forbidden, notFound } from '../../platform/errors/errors.ts';
import { portsService } from '../ports/ports.service.ts';
import { facilityGapsService } from '../facilities/facilities.gaps.ts';
import { projectError } from './projects.errors.ts';
import { projectPolicy } from './projects.policy.ts';
import { currentGateOf, presentProject } from './projects.presenter.ts';
import { projectsRepository, type GateRow, type ProjectRow } from './projects.repository.ts';

const readScope = (actor: Actor) =>
  scopeOfAny(actor, ['project.read', 'project.write', 'project.sign']);

async function readable(
  ctx: AppContext,
  actor: Actor,
  id: string,
): Promise<{ project: ProjectRow; gates: GateRow[] }> {
  const project = await projectsRepository.findById(ctx.db, id);
  if (!project || !projectPolicy.read({ actor, project })) throw notFound();
  return { project, gates: await projectsRepository.gatesOf(ctx.db, [id]) };
}

/** What stands in the way of a change to an archived project. */
const archived = (project: ProjectRow): Obstacle => [
  project.archivedAt !== null,
  () => projectError('PROJECT_ARCHIVED'),
];

export const projectsService = {
  async list(ctx: AppContext, actor: Actor, query: ProjectListQuery): Promise<Page<Project>> {
    const { rows, total } = await projectsRepository.list(ctx.db, readScope(actor), query);
    const gates = await projectsRepository.gatesOf(
      ctx.db,
      rows.map((r) => r.id),
    );
    return {
      items: rows.map((r) =>
        presentProject(
          r,
          gates.filter((g) => g.projectId === r.id),
          actor,
        ),
      ),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  },

  async get(ctx: AppContext, actor: Actor, id: string): Promise<Project> {
    const { project, gates } = await readable(ctx, actor, id);
    return presentProject(project, gates, actor);
  },

  async create(ctx: AppContext, actor: Actor, input: ProjectCreate): Promise<Project> {
    const port = await portsService.findPort(ctx, input.portId);
    if (!port || !projectPolicy.read({ actor, project: port })) throw notFound();
    if (!reachesUnit(actor, 'project.write', port)) throw forbidden();
    if (port.archivedAt !== null)
      throw projectError('PROJECT_PORT_ARCHIVED', {
        portId: { zh: '口岸已归档', en: 'port is archived' },
      });
    if (input.kind === 'new_category' && !takesDesignations(port))
      throw projectError('PROJECT_PLACE_KIND', {
        portId: {
          zh: '该场所不是指定监管场地，不能新增指定类别',
          en: 'this place is not a designated site and takes no designations',
        },
      });
    const known = await portsService.existingCategories(ctx, input.categories);
    const unknown = input.categories.filter((c) => !known.has(c));
    if (unknown.length > 0)
      throw projectError('PROJECT_CATEGORY_UNKNOWN', {
        categories: { zh: `不存在：${unknown.join('、')}`, en: `unknown: ${unknown.join(', ')}` },
      });
    const now = ctx.clock();
    const id = newId();
    const stamp = {
      version: 1,
      createdAt: now,
      createdBy: actor.userId,
      updatedAt: now,
      updatedBy: actor.userId,
    };
    await inTransaction(ctx, async (tx) => {
      await projectsRepository.insert(
        tx,
        {
          id,
          portId: port.id,
          kind: input.kind,
          title: input.title,
          categoriesJson: writeJson(input.categories) ?? '[]',
          archivedAt: null,
          archivedReason: null,
          ...stamp,
        },
        PROJECT_GATES.map((gate) => ({
          id: newId(),
          projectId: id,
          gate,
          plannedDate: null,
          actualDate: null,
          documents: null,
          signedBy: null,
          signedAt: null,
          ...stamp,
        })),
      );
      await ctx.audit.append(tx, actor, {
        action: 'project.create',
        entityType: 'project',
        entityId: id,
        after: { ...input },
      });
    });
    return projectsService.get(ctx, actor, id);
  },

  async updateGate(
    ctx: AppContext,
    actor: Actor,
    id: string,
    gate: ProjectGate,
    input: ProjectGateUpdate,
  ): Promise<Project> {
    const { project, gates } = await readable(ctx, actor, id);
    ensureAllowed(projectPolicy.editGates({ actor, project }), archived(project));
    const before = gates.find((g) => g.gate === gate);
    if (before?.signedAt) throw projectError('GATE_ALREADY_SIGNED');
    const { version, ...changes } = input;
    await inTransaction(ctx, async (tx) => {
      const now = ctx.clock();
      await projectsRepository.touch(tx, id, version, {}, actor.userId, now);
      await projectsRepository.updateGate(tx, id, gate, changes, actor.userId, now);
      await ctx.audit.append(tx, actor, {
        action: 'project.gate.update',
        entityType: 'project',
        entityId: id,
        before: { gate, ...before },
        after: { gate, ...changes },
      });
    });
    return projectsService.get(ctx, actor, id);
  },

  /**
   * Signs the current gate. Gates are signed in order, each once its actual date is recorded; acceptance is
   * refused while the port lacks a facility type the project's categories require.
   */
  async signGate(
    ctx: AppContext,
    actor: Actor,
    id: string,
    gate: ProjectGate,
    version: number,
  ): Promise<Project> {
    const { project, gates } = await readable(ctx, actor, id);
    ensureAllowed(projectPolicy.sign({ actor, project }), archived(project));
    const row = gates.find((g) => g.gate === gate);
    if (row?.signedAt) throw projectError('GATE_ALREADY_SIGNED');
    if (currentGateOf(gates) !== gate)
      throw projectError('GATE_OUT_OF_ORDER', {
        gate: {
          zh: `当前环节为 ${currentGateOf(gates) ?? '-'}`,
          en: `the current gate is ${currentGateOf(gates) ?? '-'}`,
        },
      });
    if (!row?.actualDate)
      throw projectError('GATE_NOT_DONE', {
        actualDate: { zh: '须先填写实际完成日期', en: 'required before signing' },
      });
    if (gate === 'acceptance') {
      const missing = await facilityGapsService.missingTypes(
        ctx,
        project.portId,
        readJson(project.categoriesJson) as string[],
      );
      if (missing.length > 0)
        throw projectError('PROJECT_FACILITIES_MISSING', {
          missingTypes: { zh: missing.join('、'), en: missing.join(', ') },
        });
    }
    await inTransaction(ctx, async (tx) => {
      const now = ctx.clock();
      await projectsRepository.touch(tx, id, version, {}, actor.userId, now);
      await projectsRepository.updateGate(
        tx,
        id,
        gate,
        { signedBy: actor.username, signedAt: now },
        actor.userId,
        now,
      );
      await ctx.audit.append(tx, actor, {
        action: 'project.gate.sign',
        entityType: 'project',
        entityId: id,
        after: { gate, signedBy: actor.username },
      });
    });
    return projectsService.get(ctx, actor, id);
  },

  async archive(
    ctx: AppContext,
    actor: Actor,
    id: string,
    version: number,
    reason: string,
  ): Promise<Project> {
    const { project } = await readable(ctx, actor, id);
    ensureAllowed(projectPolicy.archive({ actor, project }), archived(project));
    await inTransaction(ctx, async (tx) => {
      await projectsRepository.touch(
        tx,
        id,
        version,
        { archivedAt: ctx.clock(), archivedReason: reason },
        actor.userId,
        ctx.clock(),
      );
      await ctx.audit.append(tx, actor, {
        action: 'project.archive',
        entityType: 'project',
        entityId: id,
        after: { archivedReason: reason },
      });
    });
    return projectsService.get(ctx, actor, id);
  },

  /** Brings an archived project back, for a port that is itself live. */
  async restore(ctx: AppContext, actor: Actor, id: string, version: number): Promise<Project> {
    const { project } = await readable(ctx, actor, id);
    ensureAllowed(projectPolicy.restore({ actor, project }), [
      project.archivedAt === null,
      () => projectError('PROJECT_NOT_ARCHIVED'),
    ]);
    const port = await portsService.findPort(ctx, project.portId);
    if (!port || port.archivedAt !== null)
      throw projectError('PROJECT_PORT_ARCHIVED', {
        portId: { zh: '口岸已归档', en: 'port is archived' },
      });
    await inTransaction(ctx, async (tx) => {
      await projectsRepository.touch(
        tx,
        id,
        version,
        { archivedAt: null, archivedReason: null },
        actor.userId,
        ctx.clock(),
      );
      await ctx.audit.append(tx, actor, {
        action: 'project.restore',
        entityType: 'project',
        entityId: id,
        before: { archivedReason: project.archivedReason },
        after: { archivedReason: null },
      });
    });
    return projectsService.get(ctx, actor, id);
  },
};
