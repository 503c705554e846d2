import { hash, verify } from '@node-rs/argon2';

export type PasswordHasher = {
  hash(password: string): Promise<string>;
  verify(hashed: string, password: string): Promise<boolean>;
  params: { algorithm: 'argon2id'; memoryCost: number; timeCost: number; parallelism: number };
};

/** argon2id (the library's default algorithm) with the configured cost. */
export function createPasswordHasher(options: {
  memoryCost: number;
  timeCost: number;
}): PasswordHasher {
  const params = {
    algorithm: 'argon2id' as const,
    memoryCost: options.memoryCost,
    timeCost: options.timeCost,
    parallelism: 1,
  };
  return {
    params,
    hash: (password) =>
      hash(password, { memoryCost: params.memoryCost, timeCost: params.timeCost, parallelism: 1 }),
    verify: async (hashed, password) => {
      try {
        return await verify(hashed, password);
      } catch {
        return false;
      }
    },
  };
}

/** A hash of a password nobody knows, so an unknown username costs as much as a wrong password. */
let decoy: Promise<string> | null = null;
export const decoyHash = (hasher: PasswordHasher): Promise<string> =>
  (decoy ??= hasher.hash(`decoy-${Math.random()}`));
