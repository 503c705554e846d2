import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.ts';
import { createDatabase, type Database, type Db, type Tx } from './db/database.ts';
import { createCrypto, randomToken, type Crypto } from './crypto/crypto.ts';
import { createAuditWriter, type AuditWriter } from './audit/audit.ts';
import { createSecurityPolicyStore, type SecurityPolicyStore } from './auth/security-policy.ts';
import { createPasswordHasher, type PasswordHasher } from './auth/passwords.ts';
import { createSessionCache, type SessionCache } from './auth/session-cache.ts';
import type { CachedSession } from './auth/session.repository.ts';
import { createDiskFileStore, type FileStore } from './files/store.ts';
import { createFactsBus, type FactsBus } from './facts-bus.ts';

/** What services get: the database, the clock and the shared platform services; nothing framework-specific. */
export type AppContext = {
  config: Config;
  database: Database;
  db: Db;
  crypto: Crypto;
  audit: AuditWriter;
  policy: SecurityPolicyStore;
  passwords: PasswordHasher;
  clock: () => number;
  sessions: SessionCache<CachedSession>;
  files: FileStore;
  facts: FactsBus;
};

/** GUOMEN_SECRET, or a random one kept in the data directory so a single-node install needs no setup. */
export function resolveSecret(config: Config): string {
  if (config.secret) return config.secret;
  const file = path.join(config.dataDir, 'secret.key');
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    fs.mkdirSync(config.dataDir, { recursive: true });
    const secret = randomToken(48);
    fs.writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
    return fs.readFileSync(file, 'utf8').trim();
  }
}

export function createContext(config: Config, options: { clock?: () => number; database?: Database } = {}): AppContext {
  const clock = options.clock ?? Date.now;
  const database = options.database ?? createDatabase(config.database);
  const crypto = createCrypto(config.crypto, resolveSecret(config));
  return {
    config,
    database,
    db: database.db,
    crypto,
    audit: createAuditWriter(config.crypto, database.dialect, clock),
    policy: createSecurityPolicyStore(database.db, clock),
    passwords: createPasswordHasher(config.argon2),
    clock,
    sessions: createSessionCache<CachedSession>(),
    files: createDiskFileStore(config.dataDir, config.crypto),
    facts: createFactsBus(),
  };
}

/** Runs a unit of work atomically; once it commits, cached sessions are dropped so the change is seen at once. */
export async function inTransaction<T>(ctx: AppContext, work: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await ctx.db.transaction().execute(work);
  } finally {
    ctx.sessions.clear();
  }
}
