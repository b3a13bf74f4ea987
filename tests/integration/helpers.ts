import { expect } from 'vitest';
import type { Db } from '@/db/client';
import { resolveCaller, unsafeCreateAccount, type Caller } from '@/db/queries/users';

export const PASSWORD = 'a perfectly fine passphrase';

/**
 * Creates an account (teachers get `<name>@school.test`, students the username `<name>`) and returns it as
 * the data layer sees a signed-in caller. Goes around sign-up's throttle and invitation rules: those have
 * their own tests.
 */
export async function makeCaller(
  db: Db,
  role: 'student' | 'teacher',
  name: string,
  extra: { joinCode?: string; isAdmin?: boolean } = {},
): Promise<Caller> {
  const login = name.toLowerCase();
  const result = await unsafeCreateAccount(db, {
    isAdmin: extra.isAdmin,
    role,
    displayName: name,
    email: role === 'teacher' ? `${login}@school.test` : undefined,
    username: role === 'student' ? login : undefined,
    password: PASSWORD,
    joinCode: extra.joinCode,
  });
  if (!result.ok) throw new Error(`sign-up failed: ${JSON.stringify(result)}`);
  const caller = await resolveCaller(db, { userId: result.user.id, sessionVersion: result.user.sessionVersion });
  expect(caller).not.toBeNull();
  return caller!;
}

/** Ids that must never reach another user's row nor crash the query layer. */
export const FORGED_IDS: unknown[] = [
  'not-a-uuid',
  "' or 1=1 --",
  '00000000-0000-0000-0000-000000000000',
  'b3c1e6a8-5d2f-4f7e-9a51-2d8c3f6e7a90',
  '',
  undefined,
  null,
  42,
  { id: 'x' },
];
