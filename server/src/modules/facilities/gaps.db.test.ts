import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FacilityGap } from '../../../../contracts/index.ts';
import { createTestApp, dbAvailable, login, type TestApp } from '../../../test/helpers.ts';
import {
  createWorld,
  makeCertification,
  makeFacility,
  makePort,
  mandatoryFor,
  publishCatalog,
  type World,
} from '../../../test/factories.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { designationsService } from '../ports/designations.service.ts';

describe.skipIf(!dbAvailable)('facilities.gaps', () => {
  let t: TestApp;
  let w: World;
  beforeEach(async () => {
    t = await createTestApp({ seed: false });
    w = await createWorld(t);
  });
  afterEach(async () => t.close());

  const equip = async (as: Actor, port: { id: string }, typeCodes: string[]) => {
    for (const typeCode of typeCodes) await makeFacility(t, as, { port, typeCode });
  };
  const designate = async (as: Actor, port: { id: string }, categoryCode: string) =>
    designationsService.grant(t.ctx, as, port.id, {
      categoryCode,
      effectiveDate: '2020-01-01',
      legalBasis: '海关总署批复（测试）',
      reason: null,
    });

  /** What the catalog in force asks: mandatory items for every designated site and for some categories. */
  const publishRequirements = () =>
    publishCatalog(t, w.officeActor, [
      { code: 'FAC-VIDEO', measure: "facilities.has('VIDEO_MONITORING')" },
      ...mandatoryFor('FRUIT', [
        'INSPECTION_PLATFORM',
        'COLD_STORE',
        'COLD_TREATMENT_ROOM',
        'REARING_ROOM',
      ]),
      // Counted, not just present: required while there is none.
      {
        code: 'FAC-FRUIT-FUMIGATION',
        appliesWhen: "'FRUIT' in port.categories",
        measure: "facilities.count('FUMIGATION_CHAMBER') >= 1",
      },
      ...mandatoryFor('GRAIN', ['AUTOMATIC_SAMPLER', 'TREATMENT_AREA', 'PEST_PREID_ROOM']),
      ...mandatoryFor('MEAT', ['INSPECTION_PLATFORM', 'COLD_STORE']),
      // Recommended items and items for other kinds of place are not a designation's gap.
      {
        code: 'FAC-MEAT-DISPOSAL',
        importance: 'recommended',
        appliesWhen: "'MEAT' in port.categories",
        measure: "facilities.has('HARMLESS_DISPOSAL')",
      },
      {
        code: 'FAC-PAX-XRAY',
        appliesWhen: "port.placeType == 'passenger'",
        measure: "facilities.has('XRAY_CT')",
      },
      ...mandatoryFor('LIVE_AQUATIC', ['HOLDING_TANKS', 'INSPECTION_PLATFORM']),
    ]);

  it('lists nothing while no catalog is published: the catalog in force says what is required', async () => {
    await designate(w.branchActor, w.port, 'FRUIT');
    const wg = await login(t, w.accounts.wgFacility);
    expect((await wg.get('/api/v1/facilities/gaps')).json<FacilityGap[]>()).toEqual([]);
    await publishCatalog(t, w.officeActor, [
      { code: 'FAC-FENCE', measure: "facilities.has('PERIMETER_FENCE')" },
    ]);
    expect((await wg.get('/api/v1/facilities/gaps')).json<FacilityGap[]>()).toMatchObject([
      {
        portCode: w.port.code,
        requiredTypes: ['PERIMETER_FENCE'],
        missingTypes: ['PERIMETER_FENCE'],
      },
    ]);
  });

  it('lists the required facility types each port lacks for its categories, in scope', async () => {
    await publishRequirements();
    await designate(w.branchActor, w.port, 'FRUIT');
    await equip(w.branchActor, w.port, [
      'INSPECTION_PLATFORM',
      'COLD_STORE',
      'MICROSCOPE_ROOM',
      'VIDEO_MONITORING',
    ]);
    // A type with a certification cycle counts once certified.
    const chamber = await makeFacility(t, w.branchActor, {
      port: w.port,
      typeCode: 'FUMIGATION_CHAMBER',
    });
    await makeCertification(t, w.branchActor, {
      facility: chamber,
      issuedDate: '2026-06-01',
      expiryDate: '2027-05-31',
    });
    await designate(w.branchActor, w.siblingPort, 'GRAIN');
    await equip(w.branchActor, w.siblingPort, [
      'TREATMENT_AREA',
      'SAMPLE_ROOM',
      'PEST_PREID_ROOM',
      'VIDEO_MONITORING',
    ]);
    await designate(w.otherBranchActor, w.otherPort, 'MEAT');
    await designate(w.otherBranchActor, w.otherPort, 'GRAIN');
    await equip(w.otherBranchActor, w.otherPort, [
      'INSPECTION_PLATFORM',
      'COLD_STORE',
      'SAMPLE_ROOM',
      'VIDEO_MONITORING',
      'CUSTOMS_GATE',
    ]);
    // A port with everything its category needs has no gap.
    const complete = await makePort(t, w.branchActor, {
      branch: w.branch,
      designations: ['LIVE_AQUATIC'],
    });
    await equip(w.branchActor, complete, [
      'HOLDING_TANKS',
      'INSPECTION_PLATFORM',
      'SAMPLE_ROOM',
      'VIDEO_MONITORING',
    ]);

    const wg = await login(t, w.accounts.wgFacility);
    const gaps = (await wg.get('/api/v1/facilities/gaps')).json<FacilityGap[]>();
    const byPort = gaps.map((g) => `${g.portCode}:${g.categoryCode}:${g.missingTypes.join(',')}`);
    const expected: [string, string, string][] = [
      [w.port.code, 'FRUIT', 'COLD_TREATMENT_ROOM,REARING_ROOM'],
      [w.siblingPort.code, 'GRAIN', 'AUTOMATIC_SAMPLER'],
      [w.otherPort.code, 'GRAIN', 'AUTOMATIC_SAMPLER,PEST_PREID_ROOM,TREATMENT_AREA'],
    ];
    // Ports in code order, then categories in code order.
    expected.sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : 1) : a < b ? -1 : 1));
    expect(byPort).toEqual(expected.map((e) => e.join(':')));
    const officer = await login(t, w.accounts.branchOfficer);
    const mine = (await officer.get('/api/v1/facilities/gaps?category=GRAIN')).json<
      FacilityGap[]
    >();
    expect(mine.map((g) => g.portCode)).toEqual([w.siblingPort.code]);
  });
});
