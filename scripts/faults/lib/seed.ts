/** Accounts for the simulated users, written before the server starts (one password hash shared by all). */
import { users } from '@/db/schema';
import type { Db } from '@/db/client';
import { runBootstrap } from '@/db/bootstrap';
import { hashPassword } from '@/lib/auth/password';

export const FAULT_PASSWORD = 'fault-test-passphrase-2026';

export interface SeededUser {
  id: string;
  login: string;
  role: 'teacher' | 'student';
  index: number;
}

/** Migrates and imports (so the server starts on a database with data present), then adds `count` users. */
export async function seed(db: Db, role: 'teacher' | 'student', count: number): Promise<SeededUser[]> {
  await runBootstrap(db);
  const passwordHash = await hashPassword(FAULT_PASSWORD);
  const run = Date.now().toString(36);
  const rows = Array.from({ length: count }, (_, index) => {
    const login = role === 'teacher' ? `fault-${run}-${index}@cited.test` : `fault${run}${index}`;
    return { role, displayName: `Fault user ${index}`, passwordHash, ...(role === 'teacher' ? { email: login } : { username: login }) };
  });
  const inserted = await db.insert(users).values(rows).returning({ id: users.id, email: users.email, username: users.username });
  return inserted.map((row, index) => ({ id: row.id, login: (row.email ?? row.username)!, role, index }));
}
