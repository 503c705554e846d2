import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.ts';
import { dayIn } from './dates.ts';
import { createDatabase, type Database, type Db, type Tx } from './db/database.ts';
import { createCrypto, randomToken, type Crypto } from './crypto/crypto.ts';
import {
  createAuditWriter,
  createChainKeys,
  type AuditWriter,
  type ChainKeys,
} from './audit/audit.ts';
import { createSecurityPolicyStore, type SecurityPolicyStore } from './auth/security-policy.ts';
import { createPasswordHasher, type PasswordHasher } from './auth/passwords.ts';
import { createGrantCache, type GrantCache } from './auth/grant-cache.ts';
import type { ActorGrant } from './access/actor.ts';
import { createFileStore, type FileStore } from './files/store.ts';
import { createFactsBus, type FactsBus } from './facts-bus.ts';
import { createWorkQueue, type WorkQueue } from './work/work-queue.ts';
import { createNotifier, type Notifier } from './notify/notifier.ts';
import { migrateToLatest } from './db/migrator.ts';
import { prepareDeployment, secretFingerprint, SECRET_FILE } from './deployment.ts';

/** What services get: the database, the clock and the shared platform services; nothing framework-specific. */
export type AppContext = {
  config: Config;
  database: Database;
  db: Db;
  crypto: Crypto;
  audit: AuditWriter;
  /** The audit trail's keys, derived from the deployment secret. */
  chainKeys: ChainKeys;
  /** Names the deployment secret without revealing it; the database records it (see deployment.ts). */
  secretFingerprint: string;
  policy: SecurityPolicyStore;
  passwords: PasswordHasher;
  clock: () => number;
  /** Today in the district's time zone ('YYYY-MM-DD'): the day deadlines and expiries are judged on. */
  today: () => string;
  /** Grants per user under the current grants epoch (see grant-cache.ts). */
  grants: GrantCache<ActorGrant[]>;
  files: FileStore;
  facts: FactsBus;
  /** The work queue every module opens and closes tasks in (see work/work-queue.ts). */
  work: WorkQueue;
  /** Tells people in the product and by mail (see notify/notifier.ts). */
  notify: Notifier;
};

/** GUOMEN_SECRET, or a random one kept in the data directory so a single-node install needs no setup. */
export function resolveSecret(config: Config): string {
  if (config.secret) return config.secret;
  const file = path.join(config.dataDir, SECRET_FILE);
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    fs.mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
    const secret = randomToken(48);
    fs.writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
    return fs.readFileSync(file, 'utf8').trim();
  }
}

export function createContext(
  config: Config,
  options: { clock?: () => number; database?: Database } = {},
): AppContext {
  const clock = options.clock ?? Date.now;
  const today = () => dayIn(clock(), config.timeZone);
  const database = options.database ?? createDatabase(config.database);
  const secret = resolveSecret(config);
  const crypto = createCrypto(config.crypto, secret);
  const chainKeys = createChainKeys(config.crypto, secret);
  return {
    config,
    database,
    db: database.db,
    crypto,
    audit: createAuditWriter({
      keys: chainKeys,
      db: database.db,
      dialect: database.dialect,
      dataDir: config.dataDir,
      clock,
    }),
    chainKeys,
    secretFingerprint: secretFingerprint(secret),
    policy: createSecurityPolicyStore(database.db, clock),
    passwords: createPasswordHasher(config.argon2),
    clock,
    today,
    grants: createGrantCache<ActorGrant[]>(),
    files: createFileStore(config, database.db),
    facts: createFactsBus(),
    work: createWorkQueue(clock, today),
    notify: createNotifier({ clock, publicUrl: config.publicUrl }),
  };
}

/** Migrates, then checks the database belongs to this secret; what every server, command and test app runs first. */
export async function prepareContext(ctx: AppContext): Promise<void> {
  await migrateToLatest(ctx.db);
  await prepareDeployment(ctx.db, {
    fingerprint: ctx.secretFingerprint,
    keys: ctx.chainKeys,
    dataDir: ctx.config.dataDir,
    now: ctx.clock(),
  });
}

/** Runs a unit of work atomically; once it commits, the audit checkpoint moves to the rows it appended. */
export async function inTransaction<T>(ctx: AppContext, work: (tx: Tx) => Promise<T>): Promise<T> {
  let used: Tx | null = null;
  const result = await ctx.db.transaction().execute((tx) => {
    used = tx;
    return work(tx);
  });
  if (used) {
    ctx.audit.committed(used);
    ctx.notify.committed(used);
  }
  return result;
}
