// Loaded on the first hash or check, not at start: most requests (and a server's first page) need neither.
const argon2 = () => import('@node-rs/argon2');

/** OWASP's argon2id baseline: m = 19 MiB, t = 2, p = 1. */
export const ARGON2_OPTIONS = { algorithm: 2 /* Argon2id */, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

/**
 * Hashes a password with argon2id (PHC string, salt included).
 *
 * @example
 * const stored = await hashPassword('correct horse battery'); // '$argon2id$v=19$m=19456,t=2,p=1$…'
 */
export async function hashPassword(password: string): Promise<string> {
  return (await argon2()).hash(password, ARGON2_OPTIONS);
}

/**
 * Checks a password against a stored hash; a malformed hash counts as a mismatch.
 *
 * @example
 * await verifyPassword(await hashPassword('correct horse battery'), 'correct horse battery') // true
 */
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  const { verify } = await argon2(); // outside the try: a missing addon is an error, not a wrong password
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the same time as a real check when the account does not exist, so response time does not
 * tell an attacker which logins are real.
 *
 * @example
 * await burnPasswordCheck('guess'); // false, after one argon2id verification
 */
export async function burnPasswordCheck(password: string): Promise<false> {
  dummyHash ??= hashPassword('cited-dummy-password-for-timing');
  await verifyPassword(await dummyHash, password);
  return false;
}
