import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inTransaction, prepareContext } from '../src/platform/context.ts';
import { CHECKPOINT_FILE, readCheckpoint } from '../src/platform/audit/checkpoint.ts';
import { LEGACY_SETTING, sealLegacyChain } from '../src/platform/audit/audit.ts';
import { auditService } from '../src/modules/audit/audit.service.ts';
import { createTestApp, dbAvailable, login, type Agent, type TestApp } from './helpers.ts';

type Verification = {
  ok: boolean;
  firstBrokenSeq: number | null;
  breaks: { kind: string; fromSeq: number; toSeq: number; message: string }[];
};

const headSeq = async (t: TestApp) =>
  (
    await t.ctx.db
      .selectFrom('auditLog')
      .select('seq')
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow()
  ).seq;

/** What an attacker with only database access can do: re-hash a row the old, unkeyed way and every row after it. */
async function rehashUnkeyedFrom(t: TestApp, fromSeq: number) {
  const rows = await t.ctx.db
    .selectFrom('auditLog')
    .selectAll()
    .where('seq', '>=', fromSeq)
    .orderBy('seq')
    .execute();
  let prev =
    fromSeq === 1
      ? 'genesis'
      : (
          await t.ctx.db
            .selectFrom('auditLog')
            .select('hash')
            .where('seq', '=', fromSeq - 1)
            .executeTakeFirstOrThrow()
        ).hash;
  for (const row of rows) {
    const canonical = JSON.stringify([
      row.seq,
      row.id,
      row.at,
      row.actorId,
      row.actorUsername,
      row.address,
      row.action,
      row.entityType,
      row.entityId,
      row.beforeJson,
      row.afterJson,
      prev,
    ]);
    const hash = `sha256:${createHash('sha256').update(canonical).digest('hex')}`;
    await t.ctx.db
      .updateTable('auditLog')
      .set({ prevHash: prev, hash })
      .where('seq', '=', row.seq)
      .execute();
    prev = hash;
  }
}

describe.skipIf(!dbAvailable)('audit chain integrity', () => {
  let t: TestApp;
  let auditor: Agent;
  beforeEach(async () => {
    t = await createTestApp();
    auditor = await login(t, 'auditor');
  });
  afterEach(async () => t.close());

  const verify = async () => (await auditor.get('/api/v1/audit/verify')).json<Verification>();

  it('keys the chain and keeps a signed checkpoint of its head in the data directory', async () => {
    const head = await t.ctx.db
      .selectFrom('auditLog')
      .select(['seq', 'hash'])
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(head.hash).toMatch(/^hmac-sha256:[0-9a-f]{64}$/);
    await t.ctx.audit.flush();
    const read = readCheckpoint(t.config.dataDir);
    expect(read).toMatchObject({ kind: 'found', checkpoint: { seq: head.seq, hash: head.hash } });
    expect(await verify()).toMatchObject({ ok: true, breaks: [] });
  });

  it('finds an edited row even when it and every row after it are re-hashed', async () => {
    await sql`update audit_log set after_json = ${'{"forged":true}'} where seq = 3`.execute(
      t.ctx.db,
    );
    await rehashUnkeyedFrom(t, 3);
    const result = await verify();
    expect(result.ok).toBe(false);
    expect(result.firstBrokenSeq).toBe(3);
    expect(result.breaks.filter((b) => b.kind === 'altered').map((b) => b.fromSeq)).toContain(3);
  });

  it('lists every break, not only the first', async () => {
    const head = await headSeq(t);
    await sql`update audit_log set action = 'forged' where seq in (2, 5)`.execute(t.ctx.db);
    await sql`delete from audit_log where seq = ${head - 2}`.execute(t.ctx.db);
    const result = await verify();
    expect(result.breaks.map((b) => [b.kind, b.fromSeq])).toEqual(
      expect.arrayContaining([
        ['altered', 2],
        ['altered', 5],
        ['missing', head - 2],
      ]),
    );
  });

  it('finds a tail cut off and a table emptied, from the checkpoint', async () => {
    const head = await headSeq(t);
    await sql`delete from audit_log where seq > ${head - 4}`.execute(t.ctx.db);
    const cut = await verify();
    expect(cut.breaks).toContainEqual(
      expect.objectContaining({ kind: 'truncated', fromSeq: head - 3 }),
    );

    await sql`delete from audit_log`.execute(t.ctx.db);
    const emptied = await auditService.verify(t.ctx);
    expect(emptied.ok).toBe(false);
    expect(emptied.breaks).toContainEqual(
      expect.objectContaining({ kind: 'truncated', fromSeq: 1 }),
    );
  });

  it('refuses a checkpoint file that was edited', async () => {
    await t.ctx.audit.flush();
    const file = path.join(t.config.dataDir, CHECKPOINT_FILE);
    const checkpoint = JSON.parse(fs.readFileSync(file, 'utf8')) as { seq: number };
    fs.writeFileSync(file, JSON.stringify({ ...checkpoint, seq: checkpoint.seq - 5 }));
    expect((await auditService.verify(t.ctx)).breaks.map((b) => b.kind)).toContain(
      'checkpoint_invalid',
    );
  });

  it('accepts rows hashed before the chain was keyed up to their signed boundary, and no unkeyed row after it', async () => {
    const head = await headSeq(t);
    // A database from before the chain was keyed: plain digests, no fingerprint, no checkpoint.
    await rehashUnkeyedFrom(t, 1);
    await sql`delete from settings where key in (${LEGACY_SETTING}, 'deployment.secret_fingerprint')`.execute(
      t.ctx.db,
    );
    await t.ctx.audit.flush();
    fs.rmSync(path.join(t.config.dataDir, CHECKPOINT_FILE));
    expect(await sealLegacyChain(t.ctx.db, t.ctx.chainKeys, t.clock.now)).toBe('sealed');
    expect(await auditService.verify(t.ctx)).toMatchObject({ ok: true });
    await inTransaction(t.ctx, (tx) =>
      t.ctx.audit.append(
        tx,
        { actorId: null, actorUsername: 'test', address: null },
        { action: 'after.upgrade', entityType: 'x', entityId: null },
      ),
    );
    expect(await auditService.verify(t.ctx)).toMatchObject({ ok: true, checked: head + 1 });
    // A forger re-hashing the new keyed row the old way is caught, and cannot get a new boundary signed.
    await rehashUnkeyedFrom(t, head + 1);
    expect((await auditService.verify(t.ctx)).breaks).toContainEqual(
      expect.objectContaining({ kind: 'altered', fromSeq: head + 1 }),
    );
  });

  it('never seals plain digests on a keyed deployment, whatever was deleted from its database', async () => {
    const forged = (await headSeq(t)) - 3;
    await rehashUnkeyedFrom(t, forged);
    await sql`delete from settings where key in (${LEGACY_SETTING}, 'deployment.secret_fingerprint')`.execute(
      t.ctx.db,
    );
    await prepareContext(t.ctx);
    const result = await auditService.verify(t.ctx);
    expect(result.breaks).toContainEqual(
      expect.objectContaining({ kind: 'altered', fromSeq: forged }),
    );
    // Even with every row made plain, the checkpoint in the data directory says the deployment was keyed.
    await rehashUnkeyedFrom(t, 1);
    await sql`delete from settings where key in (${LEGACY_SETTING}, 'deployment.secret_fingerprint')`.execute(
      t.ctx.db,
    );
    await prepareContext(t.ctx);
    expect((await auditService.verify(t.ctx)).ok).toBe(false);
  });

  it('keeps the checkpoint when the tail is cut and the chain grows again past it', async () => {
    const head = await headSeq(t);
    await t.ctx.audit.flush();
    await sql`delete from audit_log where seq > ${head - 5}`.execute(t.ctx.db);
    for (let i = 0; i < 8; i++) {
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        remoteAddress: `10.5.5.${i}`,
        payload: { username: 'nobody', password: 'Wrong-pass-1x' },
      });
    }
    const result = await auditService.verify(t.ctx);
    expect(result.ok).toBe(false);
    expect(result.breaks).toContainEqual(
      expect.objectContaining({ kind: 'checkpoint_mismatch', fromSeq: head }),
    );
    expect(readCheckpoint(t.config.dataDir)).toMatchObject({
      kind: 'found',
      checkpoint: { seq: head },
    });
  });

  it('finds a deleted retention anchor, and archives only the unbroken run of expired rows', async () => {
    const rows = await headSeq(t);
    // Row 3 is stamped later than its neighbours (a clock step): only rows 1–2 are due with the rest still young.
    await sql`update audit_log set at = at + ${250 * 86_400_000} where seq = 3`.execute(t.ctx.db);
    t.clock.advance(200 * 86_400_000);
    const first = await auditService.archiveExpired(t.ctx);
    expect(first.archived).toBe(2);
    t.clock.advance(300 * 86_400_000);
    const second = await auditService.archiveExpired(t.ctx);
    expect(second.archived).toBeGreaterThan(rows - 3);
    // Row 3 was edited above, so the chain reports it; what matters here is what the anchors say.
    await sql`delete from audit_anchors where through_seq = 2`.execute(t.ctx.db);
    expect((await auditService.verify(t.ctx)).breaks).toContainEqual(
      expect.objectContaining({ kind: 'missing', fromSeq: 1, toSeq: 2 }),
    );
  });

  it('refuses ill-formed text at the edge, so what is hashed is what is stored', async () => {
    for (const username of ['\ud800', 'a\udc00b', 'nul\u0000']) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username, password: 'whatever-1A' },
      });
      expect(res.statusCode).toBe(400);
      expect(res.json<{ error: { fields: Record<string, string> } }>().error.fields).toHaveProperty(
        'username',
      );
    }
    // A lone surrogate in an escaped JSON string, and in a query string.
    const raw = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username":"\\ud800x","password":"p"}',
    });
    expect(raw.statusCode).toBe(400);
    const query = await auditor.get('/api/v1/audit?actor=%ED%A0%80&page=1&pageSize=10');
    expect(query.statusCode).toBeLessThan(500);
    // Whatever reaches the writer directly is stored, and hashed, as it will read back.
    await inTransaction(t.ctx, (tx) =>
      t.ctx.audit.append(
        tx,
        { actorId: null, actorUsername: 'x\ud800', address: 'nul\u0000' },
        { action: 'direct', entityType: 'x', entityId: '\udfff' },
      ),
    );
    expect(await verify()).toMatchObject({ ok: true });
  });

  it('refuses JSON nested thousands deep with a 400 on every route, login included', async () => {
    for (const depth of [65, 5_000, 20_000]) {
      const body = `${'['.repeat(depth)}${']'.repeat(depth)}`;
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers: { 'content-type': 'application/json' },
        payload: body,
      });
      expect(res.statusCode).toBe(400);
      const nested = `{"username":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)},"password":"x"}`;
      const res3 = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers: { 'content-type': 'application/json' },
        payload: nested,
      });
      expect(res3.statusCode).toBe(400);
    }
  });
});
