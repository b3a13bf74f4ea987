import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { classes, enrollments, users } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';

/** The demo accounts the README lists. They exist only where CITED_DEMO_ACCOUNTS is not '0'. */
export const DEMO_PASSWORD = 'cited-demo-2026';
export const DEMO_TEACHER = { email: 'teacher@cited.test', displayName: 'Ms Rivera (demo teacher)' } as const;
export const DEMO_STUDENTS = [
  { username: 'ana', displayName: 'Ana (demo student)' },
  { username: 'ben', displayName: 'Ben (demo student)' },
] as const;
export const DEMO_CLASS = { name: 'Demo class', joinCode: 'DEMO-2026' } as const;

/**
 * Creates the demo teacher (an administrator, who can invite teachers), students and class unless the demo
 * teacher already exists. Every insert tolerates a concurrent twin (on conflict do nothing), so two
 * processes starting at once are safe. Returns true when it created them.
 */
export async function unsafeEnsureDemoAccounts(db: Db): Promise<boolean> {
  // unsafe: runs at server start, before anyone is signed in.
  const [existing] = await db.select({ id: users.id, isAdmin: users.isAdmin }).from(users).where(eq(users.email, DEMO_TEACHER.email)).limit(1);
  if (existing) {
    // A database made before administrators existed: the demo teacher becomes one.
    if (!existing.isAdmin) await db.update(users).set({ isAdmin: true }).where(eq(users.id, existing.id));
    return false;
  }
  const [teacherHash, ...studentHashes] = await Promise.all([DEMO_TEACHER, ...DEMO_STUDENTS].map(() => hashPassword(DEMO_PASSWORD)));
  return db.transaction(async (tx) => {
    const inserted = await tx
      .insert(users)
      .values({ role: 'teacher', isAdmin: true, email: DEMO_TEACHER.email, displayName: DEMO_TEACHER.displayName, passwordHash: teacherHash! })
      .onConflictDoNothing()
      .returning({ id: users.id });
    const teacherId = inserted[0]?.id;
    if (!teacherId) return false;
    await tx
      .insert(users)
      .values(DEMO_STUDENTS.map((s, i) => ({ role: 'student' as const, username: s.username, displayName: s.displayName, passwordHash: studentHashes[i]! })))
      .onConflictDoNothing();
    const [cls] = await tx
      .insert(classes)
      .values({ teacherId, name: DEMO_CLASS.name, joinCode: DEMO_CLASS.joinCode })
      .onConflictDoNothing()
      .returning({ id: classes.id });
    if (!cls) return true;
    const students = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.role, 'student'), inArray(users.username, DEMO_STUDENTS.map((s) => s.username))));
    if (students.length) await tx.insert(enrollments).values(students.map((s) => ({ classId: cls.id, studentId: s.id }))).onConflictDoNothing();
    return true;
  });
}
