import { and, eq, inArray, ne, or } from 'drizzle-orm';
import type { Db } from '@/db/client';
import {
  actionReceipts,
  answers,
  attemptQuestions,
  attempts,
  authAttempts,
  cards,
  classes,
  emailOutbox,
  enrollments,
  excusals,
  knownDevices,
  reviewLogs,
  studySettings,
  users,
} from '@/db/schema';
import { isUuid, type Caller } from './caller';
import { unsafeDeleteOutboxFor } from './outbox';
import { unsafeDeleteAttemptsNaming } from './throttle';
import { checkCurrentPassword, type RequestContext } from './users';
import { isActiveEnrollment } from './visibility';

/**
 * Everything Cited holds about the caller, as one JSON-ready object: the account (never the password hash),
 * classes, quiz attempts and answers, flashcards and their reviews, settings, devices and sign-in records.
 */
export async function exportMyData(db: Db, caller: Caller) {
  const [me] = await db
    .select({ id: users.id, email: users.email, username: users.username, displayName: users.displayName, role: users.role, timeZone: users.timeZone, createdAt: users.createdAt })
    .from(users)
    .where(eq(users.id, caller.id))
    .limit(1);
  if (!me) return null;
  const logins = [me.email, me.username].filter((l): l is string => Boolean(l));
  const myAttempts = await db.select().from(attempts).where(eq(attempts.studentId, me.id));
  const attemptIds = myAttempts.map((a) => a.id);
  const [classList, myAnswers, asked, myCards, myReviews, settings, devices, signIns, mail, excused] = await Promise.all([
    db
      .select({ className: classes.name, joinedAt: enrollments.joinedAt, leftAt: enrollments.removedAt, how: enrollments.removedReason })
      .from(enrollments)
      .innerJoin(classes, eq(classes.id, enrollments.classId))
      .where(eq(enrollments.studentId, me.id)),
    attemptIds.length ? db.select().from(answers).where(inArray(answers.attemptId, attemptIds)) : [],
    attemptIds.length ? db.select().from(attemptQuestions).where(inArray(attemptQuestions.attemptId, attemptIds)) : [],
    db.select().from(cards).where(eq(cards.studentId, me.id)),
    db.select().from(reviewLogs).where(eq(reviewLogs.studentId, me.id)),
    db.select().from(studySettings).where(eq(studySettings.userId, me.id)),
    db.select({ createdAt: knownDevices.createdAt, lastSeenAt: knownDevices.lastSeenAt }).from(knownDevices).where(eq(knownDevices.userId, me.id)),
    db
      .select({ kind: authAttempts.kind, login: authAttempts.login, ip: authAttempts.ip, succeeded: authAttempts.succeeded, at: authAttempts.createdAt })
      .from(authAttempts)
      .where(or(eq(authAttempts.userId, me.id), logins.length ? inArray(authAttempts.login, logins) : undefined)),
    me.email ? db.select({ subject: emailOutbox.subject, body: emailOutbox.body, createdAt: emailOutbox.createdAt }).from(emailOutbox).where(eq(emailOutbox.toAddress, me.email)) : [],
    db.select({ assignmentId: excusals.assignmentId, at: excusals.createdAt }).from(excusals).where(eq(excusals.studentId, me.id)),
  ]);
  return {
    exportedAt: new Date().toISOString(),
    account: me,
    classes: classList,
    attempts: myAttempts.map((a) => ({ ...a, questions: asked.filter((q) => q.attemptId === a.id), answers: myAnswers.filter((x) => x.attemptId === a.id) })),
    flashcards: myCards,
    reviews: myReviews,
    studySettings: settings[0] ?? null,
    excusedFrom: excused,
    devices,
    signInRecords: signIns,
    mail,
  };
}

/**
 * Deletes a user and every row that refers to them, including rows keyed only by their login or address
 * (failed sign-ins, queued mail). Unsafe: the caller must have checked who may do this.
 */
export async function unsafeDeleteUser(db: Db, userId: string): Promise<boolean> {
  // unsafe: the callers below check the password or the teacher's right first.
  return db.transaction(async (tx) => {
    const [user] = await tx.select({ email: users.email, username: users.username }).from(users).where(eq(users.id, userId)).for('update').limit(1);
    if (!user) return false;
    await unsafeDeleteAttemptsNaming(tx, { id: userId, email: user.email, username: user.username });
    if (user.email) await unsafeDeleteOutboxFor(tx, user.email);
    // The rest goes with the user row through ON DELETE CASCADE (attempts → answers, cards → reviews, …);
    // the explicit deletes keep that true even if a foreign key changes.
    await tx.delete(reviewLogs).where(eq(reviewLogs.studentId, userId));
    await tx.delete(cards).where(eq(cards.studentId, userId));
    await tx.delete(attempts).where(eq(attempts.studentId, userId));
    await tx.delete(actionReceipts).where(eq(actionReceipts.userId, userId));
    await tx.delete(users).where(eq(users.id, userId));
    return true;
  });
}

/** A user deletes their own account, after typing their password. */
export async function deleteMyAccount(
  db: Db,
  caller: Caller,
  password: unknown,
  context: RequestContext = { ip: 'unknown', now: new Date() },
): Promise<{ ok: true } | { ok: false; error: string }> {
  const [me] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, caller.id)).limit(1);
  if (!me) return { ok: false, error: 'Your account no longer exists.' };
  if (typeof password !== 'string') return { ok: false, error: 'That is not your password.' };
  // Throttled like a sign-in: a stolen session cannot guess its way to deleting the account.
  const check = await checkCurrentPassword(db, caller, me.hash, password, context);
  if (!check.ok) return { ok: false, error: check.retryAfterSeconds ? check.error : 'That is not your password.' };
  if (caller.role === 'teacher') {
    const owned = await db.$count(classes, eq(classes.teacherId, caller.id));
    if (owned) return { ok: false, error: 'You still have classes. Delete or hand them over first: a class’s results belong to its students too.' };
  }
  await unsafeDeleteUser(db, caller.id);
  return { ok: true };
}

/**
 * A teacher removes a student they manage from Cited altogether. Only a student in one of the caller's
 * classes, and in no other teacher's class (that teacher's records are not the caller's to erase).
 */
export async function removeStudentFromCited(db: Db, caller: Caller, studentId: unknown): Promise<{ ok: true } | { ok: false; error: string } | null> {
  if (caller.role !== 'teacher' || !isUuid(studentId)) return null;
  const memberships = await db
    .select({ teacherId: classes.teacherId, removedAt: enrollments.removedAt })
    .from(enrollments)
    .innerJoin(classes, eq(classes.id, enrollments.classId))
    .innerJoin(users, and(eq(users.id, enrollments.studentId), eq(users.role, 'student')))
    .where(eq(enrollments.studentId, studentId));
  if (!memberships.some((m) => m.teacherId === caller.id)) return null;
  const elsewhere = await db
    .select({ one: enrollments.classId })
    .from(enrollments)
    .innerJoin(classes, eq(classes.id, enrollments.classId))
    .where(and(eq(enrollments.studentId, studentId), ne(classes.teacherId, caller.id), isActiveEnrollment))
    .limit(1);
  if (elsewhere.length) return { ok: false, error: 'This student is also in another teacher’s class. Remove them from your class instead, or ask them to delete their account.' };
  await unsafeDeleteUser(db, studentId);
  return { ok: true };
}
