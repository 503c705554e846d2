import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditVerification } from '../../../../contracts/index.ts';
import { inTransaction } from '../../platform/context.ts';
import { orgRepository } from '../org/org.repository.ts';
import { auditService } from './audit.service.ts';
import {
  createTestApp,
  dbAvailable,
  rowCount,
  login,
  type Agent,
  type TestApp,
} from '../../../test/helpers.ts';
import { createWorld, type World } from '../../../test/factories.ts';
import { sheetRows } from '../../../test/xlsx-upload.ts';

const auditCount = (t: TestApp) => rowCount(t, 'auditLog');

describe.skipIf(!dbAvailable)('audit trail', () => {
  let t: TestApp;
  let w: World;
  let auditor: Agent;
  beforeEach(async () => {
    t = await createTestApp({ seed: false });
    w = await createWorld(t);
    auditor = await login(t, w.accounts.auditor);
  });
  afterEach(async () => t.close());

  describe('audit.list', () => {
    it('is open to the auditor only', async () => {
      expect((await auditor.get('/api/v1/audit?action=auth.login')).statusCode).toBe(200);
      const { sysadmin, secadmin, leader, branchOfficer } = w.accounts;
      for (const username of [sysadmin, secadmin, leader, branchOfficer]) {
        expect((await (await login(t, username)).get('/api/v1/audit')).statusCode, username).toBe(
          403,
        );
      }
    });

    it('exports the filtered trail as an Excel workbook', async () => {
      const res = await auditor.get('/api/v1/audit/export?action=user.create', {
        'accept-language': 'en',
      });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('spreadsheetml.sheet');
      expect(res.rawPayload.subarray(0, 2).toString('latin1')).toBe('PK');
      const rows = await sheetRows(res.rawPayload);
      expect(rows[0]?.[4]).toBe('Action');
      // One row for each account the world created, and nothing but account creations.
      expect(rows.length - 1).toBe(Object.keys(w.accounts).length);
      expect(new Set(rows.slice(1).map((r) => r[4]))).toEqual(new Set(['user.create']));
    });
  });

  describe('audit.append', () => {
    it('rolls back with the write it records', async () => {
      const before = await auditCount(t);
      const existing = await orgRepository.findByCode(t.ctx.db, w.port.code);
      if (!existing) throw new Error(`no unit ${w.port.code}`);
      // The audit row goes first, then the write fails on the primary key: neither may remain.
      await expect(
        inTransaction(t.ctx, async (tx) => {
          await t.ctx.audit.append(
            tx,
            { actorId: null, actorUsername: 'test', address: null },
            { action: 'org.create', entityType: 'org_unit', entityId: existing.id },
          );
          await orgRepository.insert(tx, { ...existing, code: `${existing.code}-COPY` });
        }),
      ).rejects.toThrow();
      expect(await auditCount(t)).toBe(before);
    });
  });

  describe('audit.verify', () => {
    it('finds a row altered in the database', async () => {
      expect((await auditor.get('/api/v1/audit/verify')).json<AuditVerification>()).toMatchObject({
        ok: true,
        firstBrokenSeq: null,
      });
      await sql`update audit_log set after_json = ${'{"forged":true}'} where seq = 3`.execute(
        t.ctx.db,
      );
      const res = (await auditor.get('/api/v1/audit/verify')).json<AuditVerification>();
      expect(res).toMatchObject({ ok: false, firstBrokenSeq: 3 });
    });

    it('archives expired rows to a signed file and still verifies across the cut; a forged anchor breaks it', async () => {
      const rows = await auditCount(t);
      t.clock.advance(200 * 86_400_000);
      const result = await auditService.archiveExpired(t.ctx);
      expect(result.archived).toBe(rows);
      const file = result.file ?? '';
      expect(path.dirname(file)).toBe(path.join(t.config.dataDir, 'audit-archive'));
      const lines = fs.readFileSync(file, 'utf8').trim().split('\n');
      expect(lines).toHaveLength(rows + 1);
      expect(JSON.parse(lines.at(-1) ?? '{}')).toMatchObject({
        signature: { rowCount: rows, mac: expect.any(String) },
      });
      // What is left is the record of the archiving itself.
      expect(await auditCount(t)).toBe(1);
      expect(await auditService.verify(t.ctx)).toMatchObject({ ok: true, checked: 1 });
      expect(await auditService.archiveExpired(t.ctx)).toEqual({ archived: 0, file: null });

      await sql`update audit_anchors set row_count = row_count + 1`.execute(t.ctx.db);
      const broken = await auditService.verify(t.ctx);
      expect(broken.ok).toBe(false);
      expect(broken.breaks[0]?.message.en).toMatch(/anchor/);
    });
  });
});
