import path from 'node:path';
import { z } from 'zod';
import { cidrSchema } from '../../contracts/security.ts';
import { UPLOAD_LIMIT_BYTES_DEFAULT } from '../../contracts/files.ts';
import { isTimeZone } from './platform/i18n/time.ts';

const intFrom = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const boolFrom = z.enum(['1', '0', 'true', 'false']).transform((v) => v === '1' || v === 'true');

const envSchema = z.object({
  PORT: intFrom(0, 65535).default(8080),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z.string().min(1).optional(),
  GUOMEN_DATA_DIR: z.string().min(1).default('./var'),
  GUOMEN_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  GUOMEN_LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .default('info'),
  GUOMEN_TLS: boolFrom.default(false),
  GUOMEN_TRUST_PROXY: z.string().default('0'),
  GUOMEN_BODY_LIMIT_BYTES: intFrom(1024, 100 * 1024 * 1024).default(1024 * 1024),
  GUOMEN_UPLOAD_LIMIT_BYTES: intFrom(1024, 1024 * 1024 * 1024).default(UPLOAD_LIMIT_BYTES_DEFAULT),
  GUOMEN_FILE_STORE: z.enum(['disk', 'database']).default('disk'),
  GUOMEN_METRICS_ALLOW: z.string().default('127.0.0.0/8,::1/128'),
  GUOMEN_ADDRESS_THROTTLE_LIMIT: intFrom(1, 10_000).default(20),
  GUOMEN_ADDRESS_THROTTLE_WINDOW_MINUTES: intFrom(1, 1440).default(15),
  GUOMEN_ARGON2_MEMORY_KIB: intFrom(8192, 1024 * 1024).default(19456),
  GUOMEN_ARGON2_TIME_COST: intFrom(1, 10).default(2),
  GUOMEN_CRYPTO: z.enum(['international', 'sm']).default('international'),
  GUOMEN_JOBS: boolFrom.default(true),
  GUOMEN_WEB_DIR: z.string().optional(),
  GUOMEN_VALIDATE_RESPONSES: boolFrom.default(false),
  GUOMEN_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^\s]+$/, 'must be an smtp:// or smtps:// URL')
    .optional(),
  GUOMEN_MAIL_FROM: z.string().min(3).default('国门 Guomen <guomen@localhost>'),
  GUOMEN_PUBLIC_URL: z.url('must be an http(s) URL').optional(),
  GUOMEN_TIME_ZONE: z
    .string()
    .refine(isTimeZone, 'must be an IANA time zone such as Asia/Shanghai')
    .default('Asia/Shanghai'),
});

export type DatabaseConfig =
  { dialect: 'sqlite'; file: string } | { dialect: 'postgres'; url: string; schema?: string };

export type Config = {
  port: number;
  host: string;
  database: DatabaseConfig;
  dataDir: string;
  secret: string | null;
  logLevel: z.infer<typeof envSchema>['GUOMEN_LOG_LEVEL'];
  tls: boolean;
  /**
   * Which hops of X-Forwarded-For to believe: none (false), the last N proxies (a count), or only proxies at
   * these addresses. Never "all": the leftmost entry is whatever the client wrote.
   */
  trustProxy: false | number | string[];
  bodyLimit: number;
  /** Largest attachment an upload may carry (413 past it). */
  uploadLimit: number;
  /** Where uploaded content is kept: under the data directory, or in the (PostgreSQL) database so several instances share it. */
  fileStore: 'disk' | 'database';
  metricsAllow: string[];
  addressThrottle: { limit: number; windowMinutes: number };
  argon2: { memoryCost: number; timeCost: number };
  crypto: 'international' | 'sm';
  jobs: boolean;
  webDir: string | null;
  /** Check every response against its schema (tests); production trusts the presenters and only serialises. */
  validateResponses: boolean;
  /** Where mail goes out; without it, mail waits in the outbox. */
  smtpUrl: string | null;
  mailFrom: string;
  /** The address people reach the product at, for links in mail. */
  publicUrl: string;
  /** The district's time zone: times in exports, mail and the UI, and when daily jobs run. */
  timeZone: string;
};

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    detail: string,
  ) {
    super(`${variable}: ${detail}`);
  }
}

export function parseDatabaseUrl(value: string | undefined, dataDir: string): DatabaseConfig {
  if (!value) return { dialect: 'sqlite', file: path.resolve(dataDir, 'guomen.db') };
  if (/^postgres(ql)?:\/\//.test(value)) {
    try {
      new URL(value);
    } catch {
      throw new ConfigError('DATABASE_URL', 'not a valid postgres:// URL');
    }
    return { dialect: 'postgres', url: value };
  }
  if (value.startsWith('sqlite:')) {
    const file = value.slice('sqlite:'.length).replace(/^\/\//, '');
    if (!file) throw new ConfigError('DATABASE_URL', 'sqlite: URL names no file');
    return { dialect: 'sqlite', file: file === ':memory:' ? file : path.resolve(file) };
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    throw new ConfigError('DATABASE_URL', 'use a file path, a sqlite: URL or a postgres:// URL');
  }
  return { dialect: 'sqlite', file: value === ':memory:' ? value : path.resolve(value) };
}

const MAX_PROXY_HOPS = 5;

/** `0` (default), a hop count such as `1`, or a comma-separated list of proxy addresses and ranges. */
export function parseTrustProxy(value: string): Config['trustProxy'] {
  const text = value.trim();
  if (text === '0' || text === 'false') return false;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    // More proxies than any real chain has would trust what the client itself wrote in the header.
    if (hops > MAX_PROXY_HOPS)
      throw new ConfigError('GUOMEN_TRUST_PROXY', `at most ${MAX_PROXY_HOPS} proxy hops`);
    return hops;
  }
  if (text === 'true') {
    throw new ConfigError(
      'GUOMEN_TRUST_PROXY',
      'trusting every proxy lets a client forge its address: give the number of proxies in front (e.g. 1) or their addresses',
    );
  }
  const list = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const entry of list) {
    if (!cidrSchema.safeParse(entry).success)
      throw new ConfigError(
        'GUOMEN_TRUST_PROXY',
        `"${entry}" is neither a hop count nor a proxy address or range`,
      );
    // A range this wide is not a set of proxies: it would let most of the internet name its own address.
    const [address = '', bits] = entry.split('/');
    const widest = address.includes(':') ? 32 : 8;
    if (bits !== undefined && Number(bits) < widest)
      throw new ConfigError(
        'GUOMEN_TRUST_PROXY',
        `"${entry}" is wider than /${widest}: name the proxies' own addresses or subnet`,
      );
  }
  if (list.length === 0)
    throw new ConfigError('GUOMEN_TRUST_PROXY', 'give a hop count or proxy addresses');
  return list;
}

/** Reads the environment once; a bad value stops start-up with the variable's name. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable means "not set", as shells and service managers often leave them.
  const given = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ''),
  );
  const parsed = envSchema.safeParse(given);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue?.path[0] ?? 'environment');
    throw new ConfigError(variable, issue?.message ?? 'invalid');
  }
  const e = parsed.data;
  const metricsAllow = e.GUOMEN_METRICS_ALLOW.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const cidr of metricsAllow) {
    if (!cidrSchema.safeParse(cidr).success)
      throw new ConfigError('GUOMEN_METRICS_ALLOW', `"${cidr}" is not an address range`);
  }
  const dataDir = path.resolve(e.GUOMEN_DATA_DIR);
  const database = parseDatabaseUrl(e.DATABASE_URL, dataDir);
  // Only several instances need content in the database, and they need PostgreSQL; on SQLite the one
  // process sits beside its data directory, and megabytes of content would hold SQLite's single write lock.
  if (e.GUOMEN_FILE_STORE === 'database' && database.dialect !== 'postgres') {
    throw new ConfigError(
      'GUOMEN_FILE_STORE',
      'database keeps files in PostgreSQL, but DATABASE_URL names SQLite; use disk (the default)',
    );
  }
  return {
    port: e.PORT,
    host: e.HOST,
    database,
    dataDir,
    secret: e.GUOMEN_SECRET ?? null,
    logLevel: e.GUOMEN_LOG_LEVEL,
    tls: e.GUOMEN_TLS,
    trustProxy: parseTrustProxy(e.GUOMEN_TRUST_PROXY),
    bodyLimit: e.GUOMEN_BODY_LIMIT_BYTES,
    uploadLimit: e.GUOMEN_UPLOAD_LIMIT_BYTES,
    fileStore: e.GUOMEN_FILE_STORE,
    metricsAllow,
    addressThrottle: {
      limit: e.GUOMEN_ADDRESS_THROTTLE_LIMIT,
      windowMinutes: e.GUOMEN_ADDRESS_THROTTLE_WINDOW_MINUTES,
    },
    argon2: { memoryCost: e.GUOMEN_ARGON2_MEMORY_KIB, timeCost: e.GUOMEN_ARGON2_TIME_COST },
    crypto: e.GUOMEN_CRYPTO,
    jobs: e.GUOMEN_JOBS,
    webDir: e.GUOMEN_WEB_DIR ?? null,
    validateResponses: e.GUOMEN_VALIDATE_RESPONSES,
    smtpUrl: e.GUOMEN_SMTP_URL ?? null,
    mailFrom: e.GUOMEN_MAIL_FROM,
    publicUrl: e.GUOMEN_PUBLIC_URL ?? `http://${e.HOST}:${e.PORT}`,
    timeZone: e.GUOMEN_TIME_ZONE,
  };
}
