import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Attachment, ErrorBody } from '../../../../contracts/index.ts';
import { createTestApp, dbAvailable, login, type TestApp } from '../../../test/helpers.ts';
import { createWorld, makeFacility, type World } from '../../../test/factories.ts';
import { SAMPLE_FILES, uploadFile } from '../../../test/sample-files.ts';

describe.skipIf(!dbAvailable)('attachments.archive', () => {
  let t: TestApp;
  let w: World;
  beforeEach(async () => {
    t = await createTestApp({ seed: false });
    w = await createWorld(t);
  });
  afterEach(async () => t.close());

  it('archives with a reason and the version read, keeps the file readable, and refuses a stale version or a second archive', async () => {
    const f = await makeFacility(t, w.branchActor, {
      port: w.siblingPort,
      typeCode: 'VIDEO_MONITORING',
    });
    const officer = await login(t, w.accounts.branchOfficer);
    const a = (
      await uploadFile(
        officer,
        `/api/v1/facilities/${f.id}/attachments?kind=photo`,
        SAMPLE_FILES.png,
        'p.png',
        'image/png',
      )
    ).json<Attachment>();
    expect(
      (
        await officer.post(`/api/v1/attachments/${a.id}/archive`, {
          version: a.version + 1,
          reason: '照片模糊',
        })
      ).statusCode,
    ).toBe(409);
    const res = await officer.post(`/api/v1/attachments/${a.id}/archive`, {
      version: a.version,
      reason: '照片模糊',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<Attachment>()).toMatchObject({
      archived: true,
      archivedReason: '照片模糊',
      version: 2,
      can: { archive: false },
    });
    expect(
      (
        await officer.post(`/api/v1/attachments/${a.id}/archive`, { version: 2, reason: '再次' })
      ).json<ErrorBody>().error.code,
    ).toBe('ATTACHMENT_ARCHIVED');
    expect(
      (await officer.get(`/api/v1/facilities/${f.id}/attachments`)).json<Attachment[]>(),
    ).toEqual([]);
    expect(
      (await officer.get(`/api/v1/facilities/${f.id}/attachments?archived=true`))
        .json<Attachment[]>()
        .map((x) => x.id),
    ).toEqual([a.id]);
    expect((await officer.get(a.url)).statusCode).toBe(200);
    const audit = await t.ctx.db
      .selectFrom('auditLog')
      .select('action')
      .where('entityId', '=', a.id)
      .orderBy('seq')
      .execute();
    expect(audit.map((x) => x.action)).toEqual(['attachment.create', 'attachment.archive']);
  });
});
