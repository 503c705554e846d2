import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  PORT_CLASS_LABELS,
  PORT_MODE_LABELS,
  type AuditEntry,
  type AuditVerification,
  type Page,
} from '../../../../contracts/index.ts';
import { inTransaction } from '../../platform/context.ts';
import { orgRepository } from '../org/org.repository.ts';
import { auditService } from './audit.service.ts';
import {
  createTestApp,
  dbAvailable,
  rowCount,
  login,
  userId,
  type Agent,
  type TestApp,
} from '../../../test/helpers.ts';
import { createWorld, type World } from '../../../test/factories.ts';
import { sheetRows } from '../../../test/xlsx-upload.ts';

const auditCount = (t: TestApp) => rowCount(t, 'auditLog');

/** An account's unit as the trail names it: code and name in the caller's language. */
async function unitLabel(t: TestApp, username: string, lang: 'zh' | 'en') {
  const unit = await t.ctx.db
    .selectFrom('users')
    .innerJoin('orgUnits as u', 'u.id', 'users.orgUnitId')
    .select(['u.code', 'u.nameZh', 'u.nameEn'])
    .where('users.username', '=', username)
    .executeTakeFirstOrThrow();
  return `${unit.code} ${lang === 'en' ? unit.nameEn : unit.nameZh}`;
}

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
      expect(rows[0]?.slice(4, 10)).toEqual([
        'Action',
        'Action code',
        'Object type',
        'Object',
        'Object id',
        'Changes',
      ]);
      // One row for each account the world created, and nothing but account creations.
      expect(rows.length - 1).toBe(Object.keys(w.accounts).length);
      expect(new Set(rows.slice(1).map((r) => r[4]))).toEqual(new Set(['Create account']));
      expect(new Set(rows.slice(1).map((r) => r[5]))).toEqual(new Set(['user.create']));
      expect(new Set(rows.slice(1).map((r) => r[6]))).toEqual(new Set(['Account']));

      const username = w.accounts.auditor;
      const id = await userId(t, username);
      const row = rows.find((r) => r[8] === id);
      expect(row?.[7]).toBe(`${username} (${username})`);
      expect(row?.[9]).toContain(`Username: — → ${username}`);
      expect(row?.[9]).toContain(`Unit: — → ${await unitLabel(t, username, 'en')}`);
    });
  });

  describe('audit, in words', () => {
    const ids = new Map<string, string>();
    beforeEach(async () => {
      for (const username of Object.values(w.accounts))
        ids.set(username, await userId(t, username));
    });
    const entries = async (query: string, lang: 'zh' | 'en') => {
      const res = await auditor.get(`/api/v1/audit?${query}`, {
        'accept-language': lang === 'en' ? 'en' : 'zh-CN',
      });
      expect(res.statusCode).toBe(200);
      return res.json<Page<AuditEntry>>().items;
    };
    const stored = (seq: number) =>
      t.ctx.db.selectFrom('auditLog').selectAll().where('seq', '=', seq).executeTakeFirstOrThrow();

    it('names the action, the object type, the object and referenced units, in both languages', async () => {
      const username = w.accounts.auditor;
      const id = await userId(t, username);
      const [en] = await entries(`action=user.create&entityId=${id}`, 'en');
      const [zh] = await entries(`action=user.create&entityId=${id}`, 'zh');
      expect(en).toMatchObject({
        action: 'user.create',
        actionLabel: 'Create account',
        entityType: 'user',
        entityTypeLabel: 'Account',
        entityName: `${username} (${username})`,
      });
      expect(zh).toMatchObject({ actionLabel: '创建账号', entityTypeLabel: '账号' });
      expect(en?.changes).toContainEqual({
        field: 'orgUnitId',
        label: 'Unit',
        before: null,
        after: await unitLabel(t, username, 'en'),
      });
      expect(zh?.changes).toContainEqual({
        field: 'orgUnitId',
        label: '机构',
        before: null,
        after: await unitLabel(t, username, 'zh'),
      });
      expect(en?.changes).toContainEqual({
        field: 'mfaEnabled',
        label: 'Two-factor authentication',
        before: null,
        after: 'yes',
      });

      // The exact record stays beside the words: what is stored, and hashed, is what the auditor sees.
      const row = await stored(en?.seq ?? 0);
      expect(en?.after).toEqual(JSON.parse(row.afterJson ?? 'null'));
      expect(en?.before).toBeNull();
      expect(en?.hash).toBe(row.hash);
      expect((await auditor.get('/api/v1/audit/verify')).json<AuditVerification>().ok).toBe(true);
    });

    it('names the actor, the grant and its role', async () => {
      const grants = await entries('action=grant.create&pageSize=100', 'en');
      const username = w.accounts.auditor;
      const grant = grants.find(
        (g) => (g.after as { userId?: string } | null)?.userId === ids.get(username),
      );
      expect(grant).toMatchObject({
        actionLabel: 'Grant role',
        entityTypeLabel: 'Role grant',
        entityName: expect.stringContaining(`${username} (${username}) · Security auditor`),
      });
      expect(grant?.changes).toContainEqual({
        field: 'role',
        label: 'Role',
        before: null,
        after: 'Security auditor',
      });
      expect(grant?.changes).toContainEqual(
        expect.objectContaining({ field: 'userId', after: `${username} (${username})` }),
      );

      // A port the branch officer created: the actor by name, the port by code and name.
      const [created] = await entries(`action=port.create&entityId=${w.port.id}`, 'en');
      expect(created).toMatchObject({
        actorUsername: w.accounts.branchOfficer,
        actorName: w.accounts.branchOfficer,
        entityTypeLabel: 'Port',
        entityName: `${w.port.code} ${w.port.nameEn}`,
      });
      expect(created?.changes).toContainEqual(
        expect.objectContaining({
          field: 'branchId',
          label: 'Branch',
          after: expect.stringContaining(w.branch.code),
        }),
      );
      // Enumerated values read as words, a list of them too, in the reader's language.
      const field = (f: string) => created?.changes.find((c) => c.field === f)?.after;
      expect(field('modes')).toBe(w.port.modes.map((m) => PORT_MODE_LABELS[m].en).join(', '));
      expect(field('portClass')).toBe(PORT_CLASS_LABELS[w.port.portClass].en);
      const [zh] = await entries(`action=port.create&entityId=${w.port.id}`, 'zh');
      expect(zh?.changes.find((c) => c.field === 'modes')?.after).toBe(
        w.port.modes.map((m) => PORT_MODE_LABELS[m].zh).join('、'),
      );
    });

    it('shows an action this release has no words for as its code', async () => {
      await inTransaction(t.ctx, (tx) =>
        t.ctx.audit.append(
          tx,
          { actorId: null, actorUsername: 'legacy', address: null },
          { action: 'legacy.retired', entityType: 'retired_thing', entityId: 'x-1', after: 7 },
        ),
      );
      const [entry] = await entries('action=legacy.retired', 'en');
      expect(entry).toMatchObject({
        actionLabel: 'legacy.retired',
        entityTypeLabel: 'retired_thing',
        actorName: null,
        entityName: null,
        changes: [{ field: 'value', label: 'value', before: null, after: '7' }],
      });
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
