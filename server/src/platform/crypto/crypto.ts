import {
  type Hash,
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  randomBytes,
  timingSafeEqual,
  hkdfSync,
} from 'node:crypto';

/**
 * Every algorithm the product uses, in one place, so a deployment that must pass a commercial
 * cryptography assessment (密评, GB/T 39786) switches to SM3/SM4 by configuration.
 * `international`: SHA-256, HMAC-SHA-256, AES-256-GCM. `sm`: SM3, HMAC-SM3, SM4-CTR + HMAC-SM3 (encrypt-then-MAC).
 */
export type CryptoSuite = 'international' | 'sm';

export type Crypto = {
  suite: CryptoSuite;
  digest(data: string | Buffer): string;
  mac(data: string | Buffer): string;
  macEquals(data: string | Buffer, mac: string): boolean;
  encrypt(plaintext: string): string;
  decrypt(sealed: string): string;
};

const hashName = (suite: CryptoSuite) => (suite === 'sm' ? 'sm3' : 'sha256');

/** The digest algorithm's name as stored beside a hash (`sha256:…`, `sm3:…`). */
export const digestName = hashName;

/** An incremental digest, for content too large to hold at once (uploaded files). */
export const createDigest = (suite: CryptoSuite): Hash => createHash(hashName(suite));

export function digestWith(suite: CryptoSuite, data: string | Buffer): string {
  return createHash(hashName(suite)).update(data).digest('hex');
}

export function createCrypto(suite: CryptoSuite, secret: string): Crypto {
  const hash = hashName(suite);
  const derive = (label: string) => Buffer.from(hkdfSync(hash, secret, 'guomen', label, 32));
  const macKey = derive('mac');
  const encKey = derive('enc');
  const encMacKey = derive('enc-mac');

  const mac = (data: string | Buffer) => createHmac(hash, macKey).update(data).digest('hex');

  const encrypt = (plaintext: string): string => {
    if (suite === 'international') {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', encKey, iv);
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return [
        'a1',
        iv.toString('base64url'),
        body.toString('base64url'),
        cipher.getAuthTag().toString('base64url'),
      ].join('.');
    }
    const iv = randomBytes(16);
    const cipher = createCipheriv('sm4-ctr', encKey.subarray(0, 16), iv);
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    const tag = createHmac('sm3', encMacKey).update(iv).update(body).digest();
    return [
      's1',
      iv.toString('base64url'),
      body.toString('base64url'),
      tag.toString('base64url'),
    ].join('.');
  };

  const decrypt = (sealed: string): string => {
    const [kind, ivText, bodyText, tagText] = sealed.split('.');
    if (!ivText || !bodyText || tagText === undefined) throw new Error('sealed value is malformed');
    const iv = Buffer.from(ivText, 'base64url');
    const body = Buffer.from(bodyText, 'base64url');
    const tag = Buffer.from(tagText, 'base64url');
    if (kind === 'a1') {
      const decipher = createDecipheriv('aes-256-gcm', encKey, iv);
      decipher.setAuthTag(tag);
      return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
    }
    if (kind === 's1') {
      const expected = createHmac('sm3', encMacKey).update(iv).update(body).digest();
      if (expected.length !== tag.length || !timingSafeEqual(expected, tag))
        throw new Error('sealed value failed its integrity check');
      const decipher = createDecipheriv('sm4-ctr', encKey.subarray(0, 16), iv);
      return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
    }
    throw new Error(`unknown sealing scheme ${kind}`);
  };

  return {
    suite,
    digest: (data) => digestWith(suite, data),
    mac,
    macEquals: (data, expected) => {
      const actual = Buffer.from(mac(data), 'hex');
      const wanted = Buffer.from(expected, 'hex');
      return actual.length === wanted.length && timingSafeEqual(actual, wanted);
    },
    encrypt,
    decrypt,
  };
}

/** Random token for session ids, CSRF tokens and recovery codes. */
export const randomToken = (bytes = 32): string => randomBytes(bytes).toString('base64url');
