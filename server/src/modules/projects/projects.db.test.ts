import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ErrorBody, Facility, Page, Project } from '../../../../contracts/index.ts';
import {
  createTestApp,
  dbAvailable,
  login,
  type Agent,
  type TestApp,
} from '../../../test/helpers.ts';
import {
  createWorld,
  makeFacility,
  makePort,
  makeProject,
  mandatoryFor,
  publishCatalog,
  type World,
} from '../../../test/factories.ts';

describe.skipIf(!dbAvailable)('projects', () => {
  let t: TestApp;
  let w: World;
  let officer: Agent;
  let wg: Agent;
  let project: Project;

  const finish = async (gate: string) => {
    const res = await officer.put(`/api/v1/projects/${project.id}/gates/${gate}`, {
      version: project.version,
      plannedDate: null,
      actualDate: '2026-11-20',
      documents: `${gate} 文件`,
    });
    expect(res.statusCode, res.body).toBe(200);
    project = res.json<Project>();
  };
  const sign = async (agent: Agent, gate: string) =>
    agent.post(`/api/v1/projects/${project.id}/gates/${gate}/sign`, { version: project.version });

  beforeEach(async () => {
    t = await createTestApp({ seed: false });
    w = await createWorld(t);
    officer = await login(t, w.accounts.branchOfficer);
    wg = await login(t, w.accounts.wgFacility);
    // A project adding logs at the branch's port: planning signed off, design done and awaiting sign-off.
    project = await makeProject(t, w.branchActor, {
      port: w.port,
      kind: 'new_category',
      title: '进境原木指定监管场地建设',
      categories: ['LOGS'],
    });
    await finish('planning');
    const planning = await sign(wg, 'planning');
    expect(planning.statusCode, planning.body).toBe(200);
    project = planning.json<Project>();
    await finish('design');
  });
  afterEach(async () => t.close());

  it('signs gates in order, by the FACILITY working group only, each once its actual date is in', async () => {
    expect(project).toMatchObject({ currentGate: 'design', categories: ['LOGS'] });
    expect((await sign(officer, 'design')).statusCode).toBe(403);
    const early = await sign(wg, 'funding');
    expect(early.statusCode).toBe(422);
    expect(early.json<ErrorBody>().error.code).toBe('GATE_OUT_OF_ORDER');
    const signed = await sign(wg, 'design');
    expect(signed.statusCode, signed.body).toBe(200);
    project = signed.json<Project>();
    expect(project.gates.find((g) => g.gate === 'design')).toMatchObject({
      signedBy: w.accounts.wgFacility,
    });
    expect(project.currentGate).toBe('funding');
    const notDone = await sign(wg, 'funding');
    expect(notDone.statusCode).toBe(422);
    expect(notDone.json<ErrorBody>().error.code).toBe('GATE_NOT_DONE');
    const before = project.version;
    await finish('funding');
    const stale = await wg.post(`/api/v1/projects/${project.id}/gates/funding/sign`, {
      version: before,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<ErrorBody>().error.code).toBe('STALE_VERSION');
    const resign = await officer.put(`/api/v1/projects/${project.id}/gates/design`, {
      version: project.version,
      plannedDate: null,
      actualDate: '2026-01-01',
      documents: null,
    });
    expect(resign.statusCode).toBe(409);
    expect(resign.json<ErrorBody>().error.code).toBe('GATE_ALREADY_SIGNED');
  });

  it('refuses acceptance while a required facility type is missing, listing them, and signs once they are there', async () => {
    // The catalog in force asks five facilities of a log site; the port already has the three that need no
    // certification, bar harmless disposal.
    await publishCatalog(
      t,
      w.officeActor,
      mandatoryFor('LOGS', [
        'TREATMENT_AREA',
        'PEST_PREID_ROOM',
        'VIDEO_MONITORING',
        'HARMLESS_DISPOSAL',
        'HEAT_TREATMENT_KILN',
      ]),
    );
    for (const typeCode of ['TREATMENT_AREA', 'PEST_PREID_ROOM', 'VIDEO_MONITORING'])
      await makeFacility(t, w.branchActor, { port: w.port, typeCode });
    for (const gate of ['design', 'funding', 'construction']) {
      if (gate !== 'design') await finish(gate);
      const res = await sign(wg, gate);
      expect(res.statusCode, res.body).toBe(200);
      project = res.json<Project>();
    }
    await finish('acceptance');
    const refused = await sign(wg, 'acceptance');
    expect(refused.statusCode).toBe(422);
    expect(refused.json<ErrorBody>().error).toMatchObject({
      code: 'PROJECT_FACILITIES_MISSING',
      fields: { missingTypes: 'HARMLESS_DISPOSAL、HEAT_TREATMENT_KILN' },
    });
    const add = async (typeCode: string) =>
      (
        await officer.post('/api/v1/facilities', {
          portId: project.portId,
          typeCode,
          functionalArea: '原木处理区',
          quantity: 1,
          capacity: 500,
          commissionedDate: '2026-10-01',
          status: 'in_service',
          notes: null,
        })
      ).json<Facility>();
    await add('HARMLESS_DISPOSAL');
    const kiln = await add('HEAT_TREATMENT_KILN');
    // A kiln needs a valid certification before it counts.
    expect((await sign(wg, 'acceptance')).json<ErrorBody>().error.fields).toEqual({
      missingTypes: 'HEAT_TREATMENT_KILN',
    });
    await officer.post(`/api/v1/facilities/${kiln.id}/certifications`, {
      issuer: '示例直属海关',
      issuedDate: '2026-11-01',
      expiryDate: '2027-10-31',
      documentRef: null,
    });
    const accepted = await sign(wg, 'acceptance');
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json<Project>().currentGate).toBeNull();
  });

  it('creates a project for a port of the branch, refuses an unknown category and a port out of scope', async () => {
    const created = await officer.post('/api/v1/projects', {
      portId: project.portId,
      kind: 'new_category',
      title: '粮食扩建',
      categories: ['GRAIN'],
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json<Project>()).toMatchObject({
      currentGate: 'planning',
      gates: expect.arrayContaining([
        expect.objectContaining({ gate: 'acceptance', signedAt: null }),
      ]),
    });
    const unknown = await officer.post('/api/v1/projects', {
      portId: project.portId,
      kind: 'new_category',
      title: '未知类别',
      categories: ['NOPE'],
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json<ErrorBody>().error.fields).toHaveProperty('categories');
    // A passenger hall is no designated site: it cannot add a designated function.
    const hall = await makePort(t, w.branchActor, {
      branch: w.branch,
      modes: ['passenger'],
      overrides: { placeKind: 'centralised_site', placeType: 'passenger' },
    });
    const misplaced = await officer.post('/api/v1/projects', {
      portId: hall.id,
      kind: 'new_category',
      title: '旅检场地新增水果',
      categories: ['FRUIT'],
    });
    expect(misplaced.statusCode).toBe(422);
    expect(misplaced.json<ErrorBody>().error.code).toBe('PROJECT_PLACE_KIND');
    await makeProject(t, w.otherBranchActor, { port: w.otherPort, categories: ['FRUIT'] });
    const elsewhere = (await wg.get('/api/v1/projects'))
      .json<Page<Project>>()
      .items.find((p) => p.portCode === w.otherPort.code);
    expect(elsewhere).toBeDefined();
    expect(
      (
        await officer.post('/api/v1/projects', {
          portId: elsewhere?.portId,
          kind: 'new_category',
          title: '越权',
          categories: ['FRUIT'],
        })
      ).statusCode,
    ).toBe(404);
    expect((await officer.get(`/api/v1/projects/${elsewhere?.id ?? ''}`)).statusCode).toBe(404);
  });
});
