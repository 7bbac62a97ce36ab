import { hash, verify, type Algorithm } from '@node-rs/argon2';

/** Argon2id with OWASP's minimum profile (19 MiB, 2 passes); `Algorithm` is a const enum, hence the literal. */
const OPTIONS = { algorithm: 2 as Algorithm, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/** Spends the same time on an unknown username as on a known one, so timing does not reveal accounts. */
export async function burnVerifyTime(password: string): Promise<void> {
  dummyHash ??= hashPassword('tongban-dummy-password');
  await verifyPassword(await dummyHash, password);
}
