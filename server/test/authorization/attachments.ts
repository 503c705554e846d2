import { SAMPLE_FILES } from '../sample-files.ts';
import { multipartFile } from '../xlsx-upload.ts';
import { TARGET, type Fixtures } from './callers.ts';
import { TARGET_PORT_READERS, TARGET_PORT_WRITERS, only, type Probe } from './probe.ts';
import { facilityOf } from './records.ts';

/** A certification of the port's TREATMENT_AREA facility, recorded by its branch officer the first time it is asked for. */
async function certificationOf(fx: Fixtures, code: string): Promise<{ id: string }> {
  const facility = await facilityOf(fx, code, 'TREATMENT_AREA');
  const existing = await fx.t.ctx.db
    .selectFrom('facilityCertifications')
    .select('id')
    .where('facilityId', '=', facility.id)
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  if (existing) return existing;
  const res = await fx
    .as('branch_officer')
    .post(`/api/v1/facilities/${facility.id}/certifications`, {
      issuer: '示例直属海关',
      issuedDate: '2026-11-01',
      expiryDate: '2027-10-31',
      documentRef: '核准证书 2026-118',
    });
  if (res.statusCode !== 201) throw new Error(`could not certify: ${res.body}`);
  return res.json<{ id: string }>();
}

/** A photo of the target port's VIDEO_MONITORING facility, uploaded by its branch officer the first time it is asked for. */
async function attachmentOf(fx: Fixtures): Promise<{ id: string; version: number }> {
  const facility = await facilityOf(fx, TARGET.port, 'VIDEO_MONITORING');
  const existing = await fx.t.ctx.db
    .selectFrom('attachments')
    .select(['id', 'version'])
    .where('facilityId', '=', facility.id)
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  if (existing) return existing;
  const upload = multipartFile(SAMPLE_FILES.png, '监控点位.png', 'image/png');
  const res = await fx
    .as('branch_officer')
    .post(`/api/v1/facilities/${facility.id}/attachments?kind=photo`, upload.payload, {
      'content-type': upload.contentType,
    });
  if (res.statusCode !== 201) throw new Error(`could not attach a photo: ${res.body}`);
  return res.json<{ id: string; version: number }>();
}

/** Photos and documents attached to the target port's facilities and certifications. */
export const ATTACHMENT_ROWS: Record<string, Probe> = {
  'GET /api/v1/facilities/:id/attachments': {
    request: async (fx) => ({
      url: `/api/v1/facilities/${(await facilityOf(fx, TARGET.port, 'VIDEO_MONITORING')).id}/attachments`,
    }),
    expect: only(TARGET_PORT_READERS),
  },
  'POST /api/v1/facilities/:id/attachments': {
    request: async (fx) => ({
      url: `/api/v1/facilities/${(await facilityOf(fx, TARGET.port, 'VIDEO_MONITORING')).id}/attachments?kind=photo`,
      upload: multipartFile(SAMPLE_FILES.jpeg, 'berth.jpg', 'image/jpeg'),
    }),
    expect: only(TARGET_PORT_WRITERS(201)),
  },
  'GET /api/v1/certifications/:id/attachments': {
    request: async (fx) => ({
      url: `/api/v1/certifications/${(await certificationOf(fx, TARGET.port)).id}/attachments`,
    }),
    expect: only(TARGET_PORT_READERS),
  },
  'POST /api/v1/certifications/:id/attachments': {
    request: async (fx) => ({
      url: `/api/v1/certifications/${(await certificationOf(fx, TARGET.port)).id}/attachments`,
      upload: multipartFile(SAMPLE_FILES.pdf, '核准证书.pdf', 'application/pdf'),
    }),
    expect: only(TARGET_PORT_WRITERS(201)),
  },
  'GET /api/v1/attachments/:id/content': {
    request: async (fx) => ({ url: `/api/v1/attachments/${(await attachmentOf(fx)).id}/content` }),
    expect: only(TARGET_PORT_READERS),
  },
  'POST /api/v1/attachments/:id/archive': {
    prepare: async (fx) => void (await attachmentOf(fx)),
    request: async (fx) => {
      const a = await attachmentOf(fx);
      return {
        url: `/api/v1/attachments/${a.id}/archive`,
        body: { version: a.version, reason: '照片模糊' },
      };
    },
    expect: only(TARGET_PORT_WRITERS(200)),
  },
};
