import { TARGET, type Fixtures } from './callers.ts';
import { TARGET_PORT_WRITERS, only, type Probe } from './probe.ts';
import { facilityOf, portOf, projectOf } from './records.ts';

/** Archives a record as the target branch's officer, so a restore probe has something to restore. */
async function archiveAsOfficer(fx: Fixtures, url: string, version: number): Promise<void> {
  const res = await fx.as('branch_officer').post(url, { version, reason: '暂停使用' });
  if (res.statusCode !== 200) throw new Error(`could not archive ${url}: ${res.body}`);
}

/** Restoring an archived port, facility or project; each probe archives its record first. */
export const RESTORE_ROWS: Record<string, Probe> = {
  'POST /api/v1/ports/:id/restore': {
    prepare: async (fx) => {
      const port = await portOf(fx, TARGET.port);
      await archiveAsOfficer(fx, `/api/v1/ports/${port.id}/archive`, port.version);
    },
    request: async (fx) => {
      const port = await portOf(fx, TARGET.port);
      return { url: `/api/v1/ports/${port.id}/restore`, body: { version: port.version } };
    },
    expect: only(TARGET_PORT_WRITERS(200)),
  },
  'POST /api/v1/facilities/:id/restore': {
    prepare: async (fx) => {
      const f = await facilityOf(fx, TARGET.port, 'VIDEO_MONITORING');
      await archiveAsOfficer(fx, `/api/v1/facilities/${f.id}/archive`, f.version);
    },
    request: async (fx) => {
      const f = await facilityOf(fx, TARGET.port, 'VIDEO_MONITORING');
      return { url: `/api/v1/facilities/${f.id}/restore`, body: { version: f.version } };
    },
    expect: only(TARGET_PORT_WRITERS(200)),
  },
  'POST /api/v1/projects/:id/restore': {
    prepare: async (fx) => {
      const p = await projectOf(fx, TARGET.port);
      await archiveAsOfficer(fx, `/api/v1/projects/${p.id}/archive`, p.version);
    },
    request: async (fx) => {
      const p = await projectOf(fx, TARGET.port);
      return { url: `/api/v1/projects/${p.id}/restore`, body: { version: p.version } };
    },
    expect: only(TARGET_PORT_WRITERS(200)),
  },
};
