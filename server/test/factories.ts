import {
  designationGrantSchema,
  facilityCreateSchema,
  portCreateSchema,
  projectCreateSchema,
  trafficCreateSchema,
  type Facility,
  type FacilityCreate,
  type OrgKind,
  type Port,
  type PortCreate,
  type PortMode,
  type Project,
  type ProjectKind,
  type Role,
  type WorkingGroup,
} from '../../contracts/index.ts';
import type { Actor } from '../src/platform/access/actor.ts';
import { SYSTEM_ACTOR } from '../src/platform/audit/audit.ts';
import { inTransaction } from '../src/platform/context.ts';
import { newId } from '../src/platform/db/ids.ts';
import { sessionRepository } from '../src/platform/auth/session.repository.ts';
import { orgRepository } from '../src/modules/org/org.repository.ts';
import { accountSteps } from '../src/modules/users/users.accounts.ts';
import { portsService } from '../src/modules/ports/ports.service.ts';
import { designationsService } from '../src/modules/ports/designations.service.ts';
import { trafficService } from '../src/modules/ports/traffic.service.ts';
import { facilitiesService } from '../src/modules/facilities/facilities.service.ts';
import { projectsService } from '../src/modules/projects/projects.service.ts';
import { catalogsService } from '../src/modules/standards/catalogs.service.ts';
import { demoPassword, demoTotpSecret } from '../src/seed/demo.ts';
import type { TestApp } from './helpers.ts';

/*
 * Factories: each test builds the few records it is about, with codes of its own, instead of leaning on the
 * demo district (whose codes, names and counts change as the demo grows). Accounts get the demo password
 * rule and TOTP secret rule, so `login(t, username)` signs any of them in.
 */

export type Unit = { id: string; code: string; kind: OrgKind; path: string; depth: number };

let serial = 0;
/** A code no other factory call in this process has used. */
export const uniqueCode = (prefix: string) => `${prefix}-${(++serial).toString(36).toUpperCase()}`;

/** An org unit under `parent` (or a root: a district, partner or enterprise). */
export async function makeUnit(
  t: TestApp,
  input: { kind: OrgKind; parent?: Unit | null; code?: string; nameZh?: string; nameEn?: string },
): Promise<Unit> {
  const code = input.code ?? uniqueCode(`T-${input.kind.toUpperCase()}`);
  const names = { nameZh: input.nameZh ?? `测试${code}`, nameEn: input.nameEn ?? `Test ${code}` };
  const id = newId();
  const now = t.ctx.clock();
  const path = `${input.parent?.path ?? '/'}${id}/`;
  const depth = input.parent ? input.parent.depth + 1 : 0;
  await inTransaction(t.ctx, (tx) =>
    orgRepository.insert(tx, {
      id,
      code,
      kind: input.kind,
      ...names,
      parentId: input.parent?.id ?? null,
      path,
      depth,
      status: 'active',
      archivedReason: null,
      version: 1,
      createdAt: now,
      createdBy: null,
      updatedAt: now,
      updatedBy: null,
    }),
  );
  return { id, code, kind: input.kind, path, depth };
}

const MFA_ROLES: readonly Role[] = ['sysadmin', 'secadmin', 'auditor'];

/** An active account holding one role at `unit`; returns its username. Administrators get TOTP, as in production. */
export async function makeAccount(
  t: TestApp,
  input: { role: Role; unit: Unit; group?: WorkingGroup; username?: string; displayName?: string },
): Promise<string> {
  const username = input.username ?? uniqueCode(`t.${input.role}`).toLowerCase();
  const passwordHash = await t.ctx.passwords.hash(demoPassword(username));
  const mfa = MFA_ROLES.includes(input.role);
  await inTransaction(t.ctx, async (tx) => {
    const userId = await accountSteps.create(t.ctx, tx, SYSTEM_ACTOR, {
      username,
      displayName: input.displayName ?? username,
      orgUnitId: input.unit.id,
      passwordHash,
      mustChangePassword: false,
      mfaSealedSecret: mfa ? t.ctx.crypto.encrypt(demoTotpSecret(username)) : null,
    });
    await accountSteps.grant(
      t.ctx,
      tx,
      SYSTEM_ACTOR,
      userId,
      input.role,
      input.unit.id,
      input.group ?? null,
    );
  });
  return username;
}

/** The account as a service call sees it: its live grants, no session. */
export async function actorOf(t: TestApp, username: string): Promise<Actor> {
  const user = await t.ctx.db
    .selectFrom('users')
    .select(['id', 'username', 'displayName', 'orgUnitId'])
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    orgUnitId: user.orgUnitId,
    grants: await sessionRepository.activeGrants(t.ctx.db, user.id),
    address: null,
    sessionId: 'factory',
  };
}

const CAPACITY_UNIT: Record<PortMode, PortCreate['designCapacity'][number]['unit']> = {
  sea: 'teu_per_year',
  air: 'tonnes_per_year',
  rail: 'tonnes_per_year',
  road: 'vehicles_per_year',
  river: 'tonnes_per_year',
  mail: 'mail_items_per_year',
  express: 'parcels_per_year',
  ecommerce: 'parcels_per_year',
  passenger: 'passengers_per_year',
};

/** A port under `branch`, created as `as` (a branch officer) would through the API; designations granted and traffic recorded when asked. */
export async function makePort(
  t: TestApp,
  as: Actor,
  input: {
    branch: Unit;
    code?: string;
    modes?: PortMode[];
    status?: PortCreate['status'];
    designations?: string[];
    traffic?: { categoryCode: string; year: number; month?: number | null; value: number }[];
    overrides?: Partial<PortCreate>;
  },
): Promise<Port> {
  const code = input.code ?? uniqueCode('T-PORT');
  const modes = input.modes ?? ['sea'];
  const port = await portsService.create(
    t.ctx,
    as,
    portCreateSchema.parse({
      code,
      branchId: input.branch.id,
      status: input.status ?? 'open',
      nameZh: `测试口岸${code}`,
      nameEn: `Test port ${code}`,
      // A designated site unless the test says otherwise: most tests designate categories.
      placeKind: 'designated_site',
      placeType: null,
      modes,
      portClass: 'I',
      provinceCode: '440000',
      cityCode: '440300',
      latitude: 22.5,
      longitude: 113.9,
      openedDate: '2010-01-01',
      designCapacity: modes.map((mode) => ({ mode, unit: CAPACITY_UNIT[mode], value: 1_000_000 })),
      ...input.overrides,
    }),
  );
  for (const categoryCode of input.designations ?? [])
    await designationsService.grant(
      t.ctx,
      as,
      port.id,
      designationGrantSchema.parse({
        categoryCode,
        effectiveDate: '2020-01-01',
        legalBasis: '海关总署批复（测试）',
        reason: null,
      }),
    );
  for (const entry of input.traffic ?? []) {
    const units = await t.ctx.db
      .selectFrom('designationCategories')
      .select('trafficUnitsJson')
      .where('code', '=', entry.categoryCode)
      .executeTakeFirstOrThrow();
    const [unit] = JSON.parse(units.trafficUnitsJson) as string[];
    await trafficService.create(
      t.ctx,
      as,
      port.id,
      trafficCreateSchema.parse({
        categoryCode: entry.categoryCode,
        year: entry.year,
        month: entry.month ?? null,
        unit,
        value: entry.value,
      }),
    );
  }
  return portsService.get(t.ctx, as, port.id);
}

/** A facility at `port`, in service unless told otherwise. */
export async function makeFacility(
  t: TestApp,
  as: Actor,
  input: { port: Pick<Port, 'id'>; typeCode: string } & Partial<Omit<FacilityCreate, 'portId'>>,
): Promise<Facility> {
  const { port, ...rest } = input;
  return facilitiesService.create(
    t.ctx,
    as,
    facilityCreateSchema.parse({
      functionalArea: '一号查验区',
      quantity: 1,
      capacity: null,
      commissionedDate: '2020-06-01',
      status: 'in_service',
      notes: null,
      ...rest,
      portId: port.id,
    }),
  );
}

/**
 * A small district for tests that need the whole cast: two branches (the second is out of the first's scope),
 * three ports, a technical centre with a lab, a partner and an enterprise, and one account per role.
 */
export type World = {
  district: Unit;
  office: Unit;
  techCentre: Unit;
  lab: Unit;
  branch: Unit;
  otherBranch: Unit;
  partner: Unit;
  enterprise: Unit;
  /** Two ports under `branch`, one under `otherBranch`. */
  port: Port;
  siblingPort: Port;
  otherPort: Port;
  accounts: Record<
    | 'sysadmin'
    | 'secadmin'
    | 'auditor'
    | 'leader'
    | 'office'
    | 'wgFacility'
    | 'wgSystem'
    | 'branchOfficer'
    | 'otherBranchOfficer'
    | 'portOfficer'
    | 'labOfficer'
    | 'staff'
    | 'partner'
    | 'enterprise',
    string
  >;
  /** The office and the two branch officers as a service call sees them, for setting up further records. */
  officeActor: Actor;
  branchActor: Actor;
  otherBranchActor: Actor;
};

/** Builds a {@link World} in an empty database (`createTestApp({ seed: false })`). */
export async function createWorld(t: TestApp): Promise<World> {
  const district = await makeUnit(t, { kind: 'district', code: uniqueCode('W') });
  const office = await makeUnit(t, { kind: 'office', parent: district });
  const techCentre = await makeUnit(t, { kind: 'techcentre', parent: district });
  const lab = await makeUnit(t, { kind: 'lab', parent: techCentre });
  const branch = await makeUnit(t, { kind: 'branch', parent: district });
  const otherBranch = await makeUnit(t, { kind: 'branch', parent: district });
  const partner = await makeUnit(t, { kind: 'partner' });
  const enterprise = await makeUnit(t, { kind: 'enterprise' });
  const officeName = await makeAccount(t, { role: 'office', unit: office });
  const branchName = await makeAccount(t, { role: 'branch_officer', unit: branch });
  const otherBranchName = await makeAccount(t, { role: 'branch_officer', unit: otherBranch });
  const branchActor = await actorOf(t, branchName);
  const otherBranchActor = await actorOf(t, otherBranchName);
  const port = await makePort(t, branchActor, { branch, modes: ['sea'] });
  const siblingPort = await makePort(t, branchActor, { branch, modes: ['air'] });
  const otherPort = await makePort(t, otherBranchActor, { branch: otherBranch, modes: ['road'] });
  const portUnit = await unitOf(t, port);
  const accounts: World['accounts'] = {
    sysadmin: await makeAccount(t, { role: 'sysadmin', unit: district }),
    secadmin: await makeAccount(t, { role: 'secadmin', unit: district }),
    auditor: await makeAccount(t, { role: 'auditor', unit: district }),
    leader: await makeAccount(t, { role: 'leader', unit: district }),
    office: officeName,
    wgFacility: await makeAccount(t, { role: 'wg_member', unit: district, group: 'FACILITY' }),
    wgSystem: await makeAccount(t, { role: 'wg_member', unit: district, group: 'SYSTEM' }),
    branchOfficer: branchName,
    otherBranchOfficer: otherBranchName,
    portOfficer: await makeAccount(t, { role: 'port_officer', unit: portUnit }),
    labOfficer: await makeAccount(t, { role: 'lab_officer', unit: lab }),
    staff: await makeAccount(t, { role: 'staff', unit: portUnit }),
    partner: await makeAccount(t, { role: 'partner', unit: partner }),
    enterprise: await makeAccount(t, { role: 'enterprise', unit: enterprise }),
  };
  return {
    district,
    office,
    techCentre,
    lab,
    branch,
    otherBranch,
    partner,
    enterprise,
    port,
    siblingPort,
    otherPort,
    accounts,
    officeActor: await actorOf(t, officeName),
    branchActor,
    otherBranchActor,
  };
}

/** The org unit a port sits in. */
export async function unitOf(t: TestApp, port: Pick<Port, 'id'>): Promise<Unit> {
  const row = await t.ctx.db
    .selectFrom('ports')
    .innerJoin('orgUnits', 'orgUnits.id', 'ports.orgUnitId')
    .select(['orgUnits.id', 'orgUnits.code', 'orgUnits.kind', 'orgUnits.path', 'orgUnits.depth'])
    .where('ports.id', '=', port.id)
    .executeTakeFirstOrThrow();
  return row;
}

/** A certification of `facility`, recorded as `as` would through the API (a renewal is another call). */
export async function makeCertification(
  t: TestApp,
  as: Actor,
  input: { facility: Pick<Facility, 'id'>; issuedDate: string; expiryDate: string },
) {
  return facilitiesService.certify(t.ctx, as, input.facility.id, {
    issuer: '测试直属海关',
    issuedDate: input.issuedDate,
    expiryDate: input.expiryDate,
    documentRef: null,
  });
}

/** A project at `port`, created as `as` (a port keeper) would through the API, no gate yet signed. */
export async function makeProject(
  t: TestApp,
  as: Actor,
  input: { port: Pick<Port, 'id'>; kind?: ProjectKind; title?: string; categories?: string[] },
): Promise<Project> {
  return projectsService.create(
    t.ctx,
    as,
    projectCreateSchema.parse({
      portId: input.port.id,
      kind: input.kind ?? 'new_port',
      title: input.title ?? `测试项目${uniqueCode('P')}`,
      categories: input.categories ?? ['GRAIN'],
    }),
  );
}

/** A facility requirement of a test catalog: mandatory unless told, applying to every designated site unless told. */
export type FacilityRequirement = {
  code: string;
  measure: string;
  appliesWhen?: string;
  importance?: 'mandatory' | 'recommended';
};

/** One mandatory item per facility type, each asking a site holding the category to have one. */
export const mandatoryFor = (category: string, types: readonly string[]): FacilityRequirement[] =>
  types.map((type) => ({
    code: `FAC-${category.replaceAll('_', '-')}-${type.replaceAll('_', '-')}`,
    appliesWhen: `'${category}' in port.categories`,
    measure: `facilities.has('${type}')`,
  }));

/** Imports and publishes a catalog of the requirements as the programme office would; returns the version id. */
export async function publishCatalog(
  t: TestApp,
  as: Actor,
  requirements: readonly FacilityRequirement[],
): Promise<string> {
  const code = uniqueCode('T-CATALOG');
  const catalog = await catalogsService.importFile(t.ctx, as, {
    format: 'json',
    content: JSON.stringify({
      code,
      nameZh: `测试目录${code}`,
      nameEn: `Test catalog ${code}`,
      items: requirements.map((r) => ({
        code: r.code,
        aspect: 'FACILITY',
        titleZh: '测试项',
        titleEn: 'Test item',
        basisKind: 'programme_default',
        basis: '规划默认要求：测试',
        importance: r.importance ?? 'mandatory',
        weight: 1,
        appliesWhen: r.appliesWhen ?? 'size(port.categories) > 0',
        required: null,
        measure: r.measure,
      })),
    }),
  });
  const draft = catalog.versions.find((v) => v.status === 'draft');
  if (!draft) throw new Error('the test catalog left no draft');
  return (await catalogsService.publish(t.ctx, as, draft.id, 1)).id;
}
