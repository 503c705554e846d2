import type {
  Certification,
  CertificationCreate,
  ExpiringCertification,
  ExpiringQuery,
  Facility,
  FacilityCreate,
  FacilityListQuery,
  FacilityUpdate,
  Page,
} from '../../../../contracts/index.ts';
import { CERTIFICATION_EXPIRING_DAYS } from '../../../../contracts/index.ts';
import { inTransaction, type AppContext } from '../../platform/context.ts';
import { reachesUnit, scopeOfAny, type Actor } from '../../platform/access/actor.ts';
import { ensureAllowed, type Obstacle } from '../../platform/access/policy.ts';
import { addDays } from '../../platform/dates.ts';
import { newId } from '../../platform/db/ids.ts';
import { forbidden, notFound } from '../../platform/errors/errors.ts';
import type { ExportQuery } from '../../platform/http/export-query.ts';
import { portsService } from '../ports/ports.service.ts';
import type { PortRow } from '../ports/ports.repository.ts';
import { facilityError } from './facilities.errors.ts';
import { facilityPolicy } from './facilities.policy.ts';
import {
  facilitySnapshot,
  presentCertification,
  presentFacility,
  presentExpiring,
} from './facilities.presenter.ts';
import {
  facilitiesRepository,
  type CertificationRow,
  type FacilityRow,
} from './facilities.repository.ts';

const readScope = (actor: Actor) => scopeOfAny(actor, ['facility.read', 'facility.write']);

/** What stands in the way of a change to an archived facility. */
const archived = (facility: FacilityRow): Obstacle => [
  facility.archivedAt !== null,
  () => facilityError('FACILITY_ARCHIVED'),
];

const today = (ctx: AppContext) => ctx.today();
/** The days the certification filter judges by, the same as a facility's `certificationState`. */
const certificationWindow = (day: string) => ({
  today: day,
  expiringUntil: addDays(day, CERTIFICATION_EXPIRING_DAYS),
});

async function readable(ctx: AppContext, actor: Actor, id: string): Promise<FacilityRow> {
  const facility = await facilitiesRepository.findById(ctx.db, id);
  if (!facility || !facilityPolicy.read({ actor, facility })) throw notFound();
  return facility;
}

/** The port a facility is placed at: 404 when the caller cannot see it, 403 when it can see but not write there. */
async function writablePort(ctx: AppContext, actor: Actor, portId: string): Promise<PortRow> {
  const port = await portsService.findPort(ctx, portId);
  if (!port || !facilityPolicy.read({ actor, facility: { ...port, archivedAt: null } }))
    throw notFound();
  if (!reachesUnit(actor, 'facility.write', port)) throw forbidden();
  if (port.archivedAt !== null)
    throw facilityError('FACILITY_PORT_ARCHIVED', {
      portId: { zh: '口岸已归档', en: 'port is archived' },
    });
  return port;
}

async function checkType(ctx: AppContext, code: string) {
  if (!(await facilitiesRepository.findType(ctx.db, code)))
    throw facilityError('FACILITY_TYPE_UNKNOWN', {
      typeCode: { zh: '设施类型不存在', en: 'no such facility type' },
    });
}

export const facilitiesService = {
  /** For records hanging off a facility (attachments): the facility, or 404 when the caller cannot read it. */
  readable,

  /** A certification with its facility, or 404 when the caller cannot read the facility. */
  async readableCertification(
    ctx: AppContext,
    actor: Actor,
    id: string,
  ): Promise<{ certification: CertificationRow; facility: FacilityRow }> {
    const certification = await facilitiesRepository.findCertification(ctx.db, id);
    if (!certification) throw notFound();
    return { certification, facility: await readable(ctx, actor, certification.facilityId) };
  },

  async list(ctx: AppContext, actor: Actor, query: FacilityListQuery): Promise<Page<Facility>> {
    const day = today(ctx);
    const { rows, total } = await facilitiesRepository.list(
      ctx.db,
      readScope(actor),
      query,
      certificationWindow(day),
    );
    return {
      items: rows.map((r) => presentFacility(r, actor, day)),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  },

  /** Every facility the filters select in the actor's scope, for the export. */
  async listAll(
    ctx: AppContext,
    actor: Actor,
    query: ExportQuery<FacilityListQuery>,
  ): Promise<Facility[]> {
    const day = today(ctx);
    const rows = await facilitiesRepository.listForExport(
      ctx.db,
      readScope(actor),
      query,
      certificationWindow(day),
    );
    return rows.map((r) => presentFacility(r, actor, day));
  },

  async get(ctx: AppContext, actor: Actor, id: string): Promise<Facility> {
    return presentFacility(await readable(ctx, actor, id), actor, today(ctx));
  },

  async create(ctx: AppContext, actor: Actor, input: FacilityCreate): Promise<Facility> {
    await writablePort(ctx, actor, input.portId);
    await checkType(ctx, input.typeCode);
    const now = ctx.clock();
    const id = newId();
    await inTransaction(ctx, async (tx) => {
      const row = {
        id,
        ...input,
        archivedAt: null,
        archivedReason: null,
        version: 1,
        createdAt: now,
        createdBy: actor.userId,
        updatedAt: now,
        updatedBy: actor.userId,
      };
      await facilitiesRepository.insert(tx, row);
      await ctx.audit.append(tx, actor, {
        action: 'facility.create',
        entityType: 'facility',
        entityId: id,
        after: facilitySnapshot(row),
      });
    });
    await ctx.facts.changed([input.portId]);
    return facilitiesService.get(ctx, actor, id);
  },

  /** Edits, and moves the facility when another port is named: the caller must write at both ports. */
  async update(
    ctx: AppContext,
    actor: Actor,
    id: string,
    input: FacilityUpdate,
  ): Promise<Facility> {
    const facility = await readable(ctx, actor, id);
    ensureAllowed(facilityPolicy.update({ actor, facility }), archived(facility));
    if (input.portId !== facility.portId) await writablePort(ctx, actor, input.portId);
    await checkType(ctx, input.typeCode);
    const { version, ...changes } = input;
    await inTransaction(ctx, async (tx) => {
      await facilitiesRepository.update(tx, id, version, changes, actor.userId, ctx.clock());
      await ctx.audit.append(tx, actor, {
        action: input.portId === facility.portId ? 'facility.update' : 'facility.move',
        entityType: 'facility',
        entityId: id,
        before: facilitySnapshot(facility),
        after: facilitySnapshot({ ...facility, ...changes, version: version + 1 }),
      });
    });
    await ctx.facts.changed([facility.portId, input.portId]);
    return facilitiesService.get(ctx, actor, id);
  },

  async archive(
    ctx: AppContext,
    actor: Actor,
    id: string,
    version: number,
    reason: string,
  ): Promise<Facility> {
    const facility = await readable(ctx, actor, id);
    ensureAllowed(facilityPolicy.archive({ actor, facility }), archived(facility));
    await inTransaction(ctx, async (tx) => {
      await facilitiesRepository.update(
        tx,
        id,
        version,
        { archivedAt: ctx.clock(), archivedReason: reason },
        actor.userId,
        ctx.clock(),
      );
      await ctx.audit.append(tx, actor, {
        action: 'facility.archive',
        entityType: 'facility',
        entityId: id,
        before: facilitySnapshot(facility),
        after: facilitySnapshot({ ...facility, archivedReason: reason, version: version + 1 }),
      });
    });
    await ctx.facts.changed([facility.portId]);
    return facilitiesService.get(ctx, actor, id);
  },

  /** Brings an archived facility back into the ledger, at a port that is itself live. */
  async restore(ctx: AppContext, actor: Actor, id: string, version: number): Promise<Facility> {
    const facility = await readable(ctx, actor, id);
    ensureAllowed(facilityPolicy.restore({ actor, facility }), [
      facility.archivedAt === null,
      () => facilityError('FACILITY_NOT_ARCHIVED'),
    ]);
    const port = await portsService.findPort(ctx, facility.portId);
    if (!port || port.archivedAt !== null)
      throw facilityError('FACILITY_PORT_ARCHIVED', {
        portId: { zh: '口岸已归档', en: 'port is archived' },
      });
    await inTransaction(ctx, async (tx) => {
      await facilitiesRepository.update(
        tx,
        id,
        version,
        { archivedAt: null, archivedReason: null },
        actor.userId,
        ctx.clock(),
      );
      await ctx.audit.append(tx, actor, {
        action: 'facility.restore',
        entityType: 'facility',
        entityId: id,
        before: facilitySnapshot(facility),
        after: facilitySnapshot({ ...facility, archivedReason: null, version: version + 1 }),
      });
    });
    await ctx.facts.changed([facility.portId]);
    return facilitiesService.get(ctx, actor, id);
  },

  async certifications(
    ctx: AppContext,
    actor: Actor,
    facilityId: string,
  ): Promise<Certification[]> {
    const facility = await readable(ctx, actor, facilityId);
    return (await facilitiesRepository.certificationsOf(ctx.db, facility.id)).map(
      presentCertification,
    );
  },

  /** Records a certification (a renewal is a new one; none is ever edited). */
  async certify(
    ctx: AppContext,
    actor: Actor,
    facilityId: string,
    input: CertificationCreate,
  ): Promise<Certification> {
    const facility = await readable(ctx, actor, facilityId);
    ensureAllowed(facilityPolicy.certify({ actor, facility }), archived(facility));
    const row: CertificationRow = {
      id: newId(),
      facilityId,
      ...input,
      createdAt: ctx.clock(),
      createdBy: actor.userId,
    };
    await inTransaction(ctx, async (tx) => {
      await facilitiesRepository.insertCertification(tx, row);
      // A renewal recorded: the port is no longer asked for one.
      await ctx.work.close(tx, { subjectId: facilityId, kinds: ['certification.renew'] });
      await ctx.audit.append(tx, actor, {
        action: 'facility.certify',
        entityType: 'facility_certification',
        entityId: row.id,
        after: { ...input, facilityId },
      });
    });
    await ctx.facts.changed([facility.portId]);
    return presentCertification(row);
  },

  /** The expiry board: lapsed and lapsing certifications in the caller's scope, soonest first. */
  async expiring(
    ctx: AppContext,
    actor: Actor,
    query: ExpiringQuery,
  ): Promise<Page<ExpiringCertification>> {
    const day = today(ctx);
    const { rows, total } = await facilitiesRepository.expiring(
      ctx.db,
      readScope(actor),
      query,
      addDays(day, Number(query.within)),
    );
    return {
      items: rows.map((r) => presentExpiring(r, day)),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  },

  /** The whole filtered expiry board, for the export. */
  async expiringAll(
    ctx: AppContext,
    actor: Actor,
    query: ExportQuery<ExpiringQuery>,
  ): Promise<ExpiringCertification[]> {
    const day = today(ctx);
    const rows = await facilitiesRepository.expiringForExport(
      ctx.db,
      readScope(actor),
      query,
      addDays(day, Number(query.within)),
    );
    return rows.map((r) => presentExpiring(r, day));
  },

  /** For the home page: lapsed and lapsing (within 90 days) certifications in the caller's scope. */
  async certificationCounts(
    ctx: AppContext,
    actor: Actor,
  ): Promise<{ expired: number; expiring: number }> {
    const day = today(ctx);
    return facilitiesRepository.countExpiring(
      ctx.db,
      readScope(actor),
      day,
      addDays(day, CERTIFICATION_EXPIRING_DAYS),
    );
  },
};
