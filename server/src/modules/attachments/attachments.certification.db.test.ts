import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Attachment } from '../../../../contracts/index.ts';
import { createTestApp, dbAvailable, login, type TestApp } from '../../../test/helpers.ts';
import {
  createWorld,
  makeCertification,
  makeFacility,
  type World,
} from '../../../test/factories.ts';
import { SAMPLE_FILES, uploadFile } from '../../../test/sample-files.ts';

describe.skipIf(!dbAvailable)('attachments.attachToCertification', () => {
  let t: TestApp;
  let w: World;
  beforeEach(async () => {
    t = await createTestApp({ seed: false });
    w = await createWorld(t);
  });
  afterEach(async () => t.close());

  it("keeps a certificate document with its certification, apart from the facility's own attachments", async () => {
    const facility = await makeFacility(t, w.branchActor, {
      port: w.siblingPort,
      typeCode: 'TREATMENT_AREA',
    });
    const c = await makeCertification(t, w.branchActor, {
      facility,
      issuedDate: '2026-11-01',
      expiryDate: '2027-10-31',
    });
    const officer = await login(t, w.accounts.branchOfficer);
    const res = await uploadFile(
      officer,
      `/api/v1/certifications/${c.id}/attachments`,
      SAMPLE_FILES.pdf,
      '核准证书.pdf',
      'application/pdf',
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<Attachment>()).toMatchObject({
      facilityId: facility.id,
      certificationId: c.id,
      kind: 'certificate',
      mimeType: 'application/pdf',
    });
    expect(
      (await officer.get(`/api/v1/certifications/${c.id}/attachments`)).json<Attachment[]>(),
    ).toHaveLength(1);
    expect(
      (await officer.get(`/api/v1/facilities/${facility.id}/attachments`)).json<Attachment[]>(),
    ).toHaveLength(0);
    // The port officer keeps the other port of the branch, not the facility's.
    const other = await login(t, w.accounts.portOfficer);
    expect((await other.get(`/api/v1/certifications/${c.id}/attachments`)).statusCode).toBe(404);
  });
});
