// npm run bench:queue — the work queue at district scale on SQLite: 2,000 port officers and 200,000 open tasks.
// (a) A user's home as the queue serves it (the first page of "mine" and the four counts), server time per
// request, p50 and p99, against the home summary for the same users in the same run. (b) Opening a campaign
// over 10,000 ports, which opens one task per port, and closing it, which cancels those the ports never
// submitted: 10,000 tasks opened and closed, against the same opening and closing with the queue left out.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { taskListQuerySchema } from '../contracts/index.ts';
import type { Actor } from '../server/src/platform/access/actor.ts';
import { sessionRepository } from '../server/src/platform/auth/session.repository.ts';
import type { AppContext } from '../server/src/platform/context.ts';
import { newId } from '../server/src/platform/db/ids.ts';
import type { WorkQueue } from '../server/src/platform/work/work-queue.ts';
import { homeService } from '../server/src/modules/home/home.service.ts';
import { campaignsService } from '../server/src/modules/standards/campaigns.service.ts';
import { catalogsService } from '../server/src/modules/standards/catalogs.service.ts';
import { contextFor, populateDistrict } from './fixtures/district.ts';

const PORTS = Number(process.env.BENCH_PORTS ?? 2_000);
const CAMPAIGN_PORTS = Number(process.env.BENCH_CAMPAIGN_PORTS ?? 10_000);
const TASKS_PER_PORT = 100;
const SAMPLES = 400;
const KINDS = ['assessment.fill', 'finding.plan', 'finding.submit', 'certification.renew'] as const;
const PERMISSION = {
  'assessment.fill': 'assessment.fill',
  'finding.plan': 'finding.write',
  'finding.submit': 'finding.write',
  'certification.renew': 'facility.write',
} as const;

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;

async function actorFor(ctx: AppContext, userId: string): Promise<Actor> {
  const user = await ctx.db
    .selectFrom('users')
    .select(['id', 'username', 'displayName', 'orgUnitId'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    orgUnitId: user.orgUnitId,
    grants: await sessionRepository.activeGrants(ctx.db, user.id),
    address: null,
    sessionId: 'bench',
  };
}

/** One port officer per port, and 100 open tasks per port: a quarter of them the officer's own. */
async function populateQueue(ctx: AppContext): Promise<string[]> {
  const ports = await ctx.db
    .selectFrom('ports')
    .select(['ports.id', 'ports.orgUnitId'])
    .orderBy('ports.id')
    .limit(PORTS)
    .execute();
  const hash = await ctx.passwords.hash('Bench@2026-officer');
  const now = Date.now();
  const users: string[] = [];
  for (let i = 0; i < ports.length; i += 200) {
    const chunk = ports.slice(i, i + 200);
    const rows = chunk.map((p, j) => ({
      id: newId(),
      username: `bench.officer.${i + j}`,
      displayName: `Officer ${i + j}`,
      orgUnitId: p.orgUnitId,
      passwordHash: hash,
      passwordChangedAt: now,
      mustChangePassword: 0,
      status: 'active',
      statusReason: null,
      failedLogins: 0,
      lockedUntil: null,
      mfaSecret: null,
      mfaEnabled: 0,
      version: 1,
      createdAt: now,
      createdBy: null,
      updatedAt: now,
      updatedBy: null,
    }));
    await ctx.db.insertInto('users').values(rows).execute();
    await ctx.db
      .insertInto('grants')
      .values(
        rows.map((u) => ({
          id: newId(),
          userId: u.id,
          role: 'port_officer',
          orgUnitId: u.orgUnitId,
          workingGroup: null,
          createdAt: now,
          createdBy: null,
          revokedAt: null,
          revokedBy: null,
          revokeReason: null,
        })),
      )
      .execute();
    users.push(...rows.map((u) => u.id));
  }
  for (let i = 0; i < ports.length; i += 10) {
    const tasks = ports.slice(i, i + 10).flatMap((p, j) =>
      Array.from({ length: TASKS_PER_PORT }, (_, k) => {
        const kind = KINDS[k % KINDS.length] ?? 'assessment.fill';
        const personal = k % 4 === 2;
        const userId = personal ? (users[i + j] ?? null) : null;
        return {
          id: newId(),
          kind,
          subjectType: 'bench',
          subjectId: newId(),
          subjectKey: '',
          assigneeUserId: userId,
          permission: PERMISSION[kind],
          workingGroup: null,
          assigneeKey: userId ? `user:${userId}` : `perm:${PERMISSION[kind]}:`,
          unitId: p.orgUnitId,
          titleZh: `基准待办 ${k}`,
          titleEn: `Bench task ${k}`,
          link: '/',
          dueDate: `2027-0${1 + (k % 9)}-1${k % 10}`,
          openedAt: now,
          closedAt: null,
          closeReason: null,
        };
      }),
    );
    for (let k = 0; k < tasks.length; k += 500)
      await ctx.db
        .insertInto('tasks')
        .values(tasks.slice(k, k + 500))
        .execute();
  }
  return users;
}

async function serverTimes(actors: Actor[], work: (a: Actor) => Promise<unknown>) {
  const times: number[] = [];
  for (const a of actors) {
    const t0 = performance.now();
    await work(a);
    times.push(performance.now() - t0);
  }
  return times.sort((x, y) => x - y);
}

async function openCampaign(ctx: AppContext, office: Actor, code: string, portIds: string[]) {
  const catalog = (await catalogsService.list(ctx, office, { page: 1, pageSize: 10, sort: 'code' }))
    .items[0];
  const versionId = catalog?.versions.find((v) => v.status === 'published')?.id ?? '';
  const campaign = await campaignsService.create(ctx, office, {
    code,
    nameZh: `基准评估${code}`,
    nameEn: `Bench campaign ${code}`,
    kind: 'annual',
    catalogVersionId: versionId,
    deadline: '2027-12-31',
    portIds,
  });
  const t0 = performance.now();
  const opened = await campaignsService.open(ctx, office, campaign.id, campaign.version);
  const t1 = performance.now();
  await campaignsService.close(ctx, office, campaign.id, opened.version);
  return { open: t1 - t0, openAndClose: performance.now() - t0 };
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guomen-bench-queue-'));
  try {
    const ctx = contextFor({ dialect: 'sqlite', file: path.join(dir, 'bench.db') }, dir);
    process.stdout.write(
      `seeding ${PORTS} ports, ${PORTS} officers, ${PORTS * TASKS_PER_PORT} tasks…\n`,
    );
    await populateDistrict(ctx, { ports: Math.max(PORTS, CAMPAIGN_PORTS), facilities: 0 });
    const users = await populateQueue(ctx);
    const open = await ctx.db
      .selectFrom('tasks')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('closedAt', 'is', null)
      .executeTakeFirstOrThrow();
    process.stdout.write(`open tasks: ${Number(open.n)}\n`);

    const step = Math.max(1, Math.floor(users.length / SAMPLES));
    const actors: Actor[] = [];
    for (let i = 0; i < users.length && actors.length < SAMPLES; i += step)
      actors.push(await actorFor(ctx, users[i] ?? ''));
    const query = taskListQuerySchema.parse({ view: 'mine', pageSize: 10 });
    const home = async (a: Actor) =>
      Promise.all([ctx.work.list(ctx.db, a, query), ctx.work.counts(ctx.db, a)]);
    await serverTimes(actors.slice(0, 20), home);
    const queue = await serverTimes(actors, home);
    const summary = await serverTimes(actors, (a) => homeService.summary(ctx, a));
    const mine = await ctx.work.counts(ctx.db, actors[0] as Actor);
    process.stdout.write(
      `\n(a) home, ${actors.length} port officers, each with ${mine.mine} tasks of ${Number(open.n)} open\n` +
        `    queue page + counts   p50 ${pct(queue, 50).toFixed(2)} ms   p99 ${pct(queue, 99).toFixed(2)} ms   target p99 <= 20 ms: ${pct(queue, 99) <= 20 ? 'ok' : 'MISSED'}\n` +
        `    home summary (baseline) p50 ${pct(summary, 50).toFixed(2)} ms   p99 ${pct(summary, 99).toFixed(2)} ms\n`,
    );

    const officeUser = await ctx.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'office')
      .executeTakeFirstOrThrow();
    const office = await actorFor(ctx, officeUser.id);
    const portIds = (
      await ctx.db.selectFrom('ports').select('id').orderBy('id').limit(CAMPAIGN_PORTS).execute()
    ).map((r) => r.id);
    // The same opening with the queue left out: a context whose queue opens nothing.
    const quiet: WorkQueue = {
      ...ctx.work,
      openMany: async () => {},
      open: async () => {},
      closeMany: async () => 0,
      close: async () => 0,
    };
    const without = { ...ctx, work: quiet };
    const runs: {
      with: { open: number; openAndClose: number };
      without: { open: number; openAndClose: number };
    }[] = [];
    for (let r = 0; r < 3; r++) {
      runs.push({
        without: await openCampaign(without, office, `BENCH-Q${r}`, portIds),
        with: await openCampaign(ctx, office, `BENCH-W${r}`, portIds),
      });
    }
    const med = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
    const withMs = med(runs.map((r) => r.with.open));
    const withoutMs = med(runs.map((r) => r.without.open));
    const added = (withMs / withoutMs - 1) * 100;
    const cycleWith = med(runs.map((r) => r.with.openAndClose));
    const cycleWithout = med(runs.map((r) => r.without.openAndClose));
    const cycleAdded = (cycleWith / cycleWithout - 1) * 100;
    const cancelled = await ctx.db
      .selectFrom('tasks')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('kind', '=', 'assessment.fill')
      .where('closeReason', '=', 'cancelled')
      .executeTakeFirstOrThrow();
    const opened = await ctx.db
      .selectFrom('tasks')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('kind', '=', 'assessment.fill')
      .where('subjectType', '=', 'assessment')
      .executeTakeFirstOrThrow();
    process.stdout.write(
      `\n(b) a campaign over ${portIds.length} ports (3 runs each, median): ${Number(opened.n) / 3} tasks opened and ${Number(cancelled.n) / 3} closed per run\n` +
        `    opening           with the queue ${withMs.toFixed(0)} ms   without (baseline) ${withoutMs.toFixed(0)} ms   added ${added.toFixed(1)}%   target <= 20%: ${added <= 20 ? 'ok' : 'MISSED'}\n` +
        `    opening + closing with the queue ${cycleWith.toFixed(0)} ms   without (baseline) ${cycleWithout.toFixed(0)} ms   added ${cycleAdded.toFixed(1)}%   target <= 20%: ${cycleAdded <= 20 ? 'ok' : 'MISSED'}\n`,
    );
    await ctx.database.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
