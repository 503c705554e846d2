// The chain's keys and the canonical form of a row, apart from the writer and the verifier: both
// hash rows the same way, and the deployment check needs the keys without either of them.
import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import type { AuditLogTable } from '../db/schema.ts';
import { digestWith, type CryptoSuite } from '../crypto/crypto.ts';

/** The previous hash of the chain's first row. */
export const GENESIS_HASH = 'genesis';

/** A row as hashed: every stored column but its own hash. */
export type ChainedFields = Omit<AuditLogTable, 'hash'>;

const canonical = (row: ChainedFields): string =>
  JSON.stringify([
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
    row.prevHash,
  ]);

const hashName = (suite: CryptoSuite) => (suite === 'sm' ? 'sm3' : 'sha256');

/**
 * The keys of the audit trail, derived from the deployment secret: the chain is an HMAC (HMAC-SM3 under
 * `GUOMEN_CRYPTO=sm`), so someone who can write the database but does not hold the secret cannot re-hash an
 * edited row. Each hash names its algorithm, so rows written before a switch of suite still verify.
 */
export type ChainKeys = {
  suite: CryptoSuite;
  hash(row: ChainedFields): string;
  /** Whether a stored hash is the right one for its row, in whichever suite it names. */
  valid(row: ChainedFields, hash: string, legacyThrough: number): boolean;
  /** A MAC naming its suite (`sha256:…`), for checkpoints and the legacy boundary. */
  sign(text: string): string;
  signatureValid(text: string, signature: string): boolean;
};

export function createChainKeys(suite: CryptoSuite, secret: string): ChainKeys {
  const keys = new Map<CryptoSuite, Buffer>();
  const keyOf = (s: CryptoSuite) => {
    let key = keys.get(s);
    if (!key) {
      key = Buffer.from(hkdfSync(hashName(s), secret, 'guomen', 'audit-chain', 32));
      keys.set(s, key);
    }
    return key;
  };
  const hmac = (s: CryptoSuite, text: string) =>
    createHmac(hashName(s), keyOf(s)).update(text).digest('hex');
  const equal = (a: string, b: string) =>
    a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
  const suiteNamed = (name: string): CryptoSuite | null =>
    name === 'sm3' ? 'sm' : name === 'sha256' ? 'international' : null;
  return {
    suite,
    hash: (row) => `hmac-${hashName(suite)}:${hmac(suite, canonical(row))}`,
    valid(row, hash, legacyThrough) {
      const [scheme = '', value = ''] = hash.split(':', 2);
      if (scheme.startsWith('hmac-')) {
        const s = suiteNamed(scheme.slice('hmac-'.length));
        return s !== null && equal(hmac(s, canonical(row)), value);
      }
      // Unkeyed rows come only from before the chain was keyed, up to the boundary signed then.
      const s = suiteNamed(scheme);
      return s !== null && row.seq <= legacyThrough && equal(digestWith(s, canonical(row)), value);
    },
    sign: (text) => `${hashName(suite)}:${hmac(suite, text)}`,
    signatureValid(text, signature) {
      const [scheme = '', value = ''] = signature.split(':', 2);
      const s = suiteNamed(scheme);
      return s !== null && equal(hmac(s, text), value);
    },
  };
}
