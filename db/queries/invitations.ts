import { createHash, randomBytes } from 'node:crypto';
import { and, desc, eq, gt, isNull, lt, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '@/db/client';
import { invitations, users } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import { acceptInvitationSchema, createInvitationSchema, type AcceptInvitationInput, type CreateInvitationInput } from '@/lib/validation/invitations';
import { fieldErrorsOf } from '@/lib/validation/auth';
import { isUuid, type Caller } from './caller';
import { isUniqueViolation, userColumns, type UserDto } from './users';

/** How long an invitation link works. */
export const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;
/** Used, revoked and expired invitations are kept this long for the administrators' list, then deleted. */
export const INVITATION_RETENTION_MS = 30 * 24 * 60 * 60 * 1000;

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export type InvitationStatus = 'pending' | 'used' | 'expired' | 'revoked';

export interface InvitationDto {
  id: string;
  role: 'teacher' | 'admin';
  email: string | null;
  note: string | null;
  createdByName: string | null;
  createdAt: Date;
  expiresAt: Date;
  status: InvitationStatus;
  usedByName: string | null;
}

/**
 * Makes a single-use invitation link. The token is returned once, here, for the administrator to pass on;
 * only its hash is stored. Null unless the caller is an administrator.
 */
export async function createInvitation(
  db: Db,
  caller: Caller,
  input: CreateInvitationInput,
  now: Date = new Date(),
): Promise<{ ok: true; data: { id: string; token: string; expiresAt: Date } } | { ok: false; error: string; fieldErrors?: Record<string, string> } | null> {
  if (!caller.isAdmin) return null;
  const parsed = createInvitationSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: 'Please fix the highlighted fields.', fieldErrors: fieldErrorsOf(parsed.error) };
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + INVITATION_LIFETIME_MS);
  const [row] = await db
    .insert(invitations)
    .values({ tokenHash: hashToken(token), role: parsed.data.role, email: parsed.data.email ?? null, note: parsed.data.note ?? null, createdBy: caller.id, createdAt: now, expiresAt })
    .returning({ id: invitations.id });
  return { ok: true, data: { id: row!.id, token, expiresAt } };
}

function statusOf(row: { usedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, now: Date): InvitationStatus {
  if (row.usedAt) return 'used';
  if (row.revokedAt) return 'revoked';
  return row.expiresAt <= now ? 'expired' : 'pending';
}

/** Every invitation, newest first, with who made and used it; null unless the caller is an administrator. */
export async function listInvitations(db: Db, caller: Caller, now: Date = new Date()): Promise<InvitationDto[] | null> {
  if (!caller.isAdmin) return null;
  const creator = alias(users, 'creator');
  const usedBy = alias(users, 'used_by_user');
  const rows = await db
    .select({
      id: invitations.id,
      role: invitations.role,
      email: invitations.email,
      note: invitations.note,
      createdByName: creator.displayName,
      createdAt: invitations.createdAt,
      expiresAt: invitations.expiresAt,
      usedAt: invitations.usedAt,
      revokedAt: invitations.revokedAt,
      usedByName: usedBy.displayName,
    })
    .from(invitations)
    .leftJoin(creator, eq(creator.id, invitations.createdBy))
    .leftJoin(usedBy, eq(usedBy.id, invitations.usedBy))
    .orderBy(desc(invitations.createdAt))
    .limit(200);
  return rows.map(({ usedAt, revokedAt, ...row }) => ({ ...row, status: statusOf({ usedAt, revokedAt, expiresAt: row.expiresAt }, now) }));
}

/** Revokes a pending invitation; null when it is not the caller's to revoke (not an admin, unknown id, no longer pending). */
export async function revokeInvitation(db: Db, caller: Caller, invitationId: unknown, now: Date = new Date()): Promise<{ id: string } | null> {
  if (!caller.isAdmin || !isUuid(invitationId)) return null;
  const [row] = await db
    .update(invitations)
    .set({ revokedAt: now })
    .where(and(eq(invitations.id, invitationId), isNull(invitations.usedAt), isNull(invitations.revokedAt)))
    .returning({ id: invitations.id });
  return row ?? null;
}

/**
 * What the invitation page shows before sign-up, or null when the link is unknown, used, revoked or
 * expired (all the same to the visitor). The token is the credential: no caller.
 */
export async function findOpenInvitation(db: Db, token: unknown, now: Date = new Date()): Promise<{ role: 'teacher' | 'admin'; email: string | null; invitedBy: string | null; expiresAt: Date } | null> {
  if (typeof token !== 'string' || !TOKEN_SHAPE.test(token)) return null;
  const [row] = await db
    .select({ role: invitations.role, email: invitations.email, invitedBy: users.displayName, expiresAt: invitations.expiresAt })
    .from(invitations)
    .leftJoin(users, eq(users.id, invitations.createdBy))
    .where(and(eq(invitations.tokenHash, hashToken(token)), isNull(invitations.usedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, now)))
    .limit(1);
  return row ?? null;
}

export type AcceptOutcome =
  | { ok: true; user: UserDto }
  | { ok: false; error: string; fieldErrors?: Record<string, string>; isLinkDead?: boolean };

/**
 * Creates the teacher (or administrator) account an invitation was for, and uses the invitation up in the
 * same transaction: of two simultaneous uses of one link, the second finds it used. A taken email leaves
 * the invitation unused.
 */
export async function acceptInvitation(db: Db, token: unknown, input: AcceptInvitationInput | Record<string, unknown>, now: Date = new Date()): Promise<AcceptOutcome> {
  const dead = { ok: false as const, error: 'This invitation link has been used, withdrawn or has expired. Ask for a new one.', isLinkDead: true };
  if (typeof token !== 'string' || !TOKEN_SHAPE.test(token)) return dead;
  const parsed = acceptInvitationSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: 'Please fix the highlighted fields.', fieldErrors: fieldErrorsOf(parsed.error) };
  const v = parsed.data;
  const passwordHash = await hashPassword(v.password);
  try {
    return await db.transaction(async (tx) => {
      const [invitation] = await tx
        .update(invitations)
        .set({ usedAt: now })
        .where(and(eq(invitations.tokenHash, hashToken(token)), isNull(invitations.usedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, now)))
        .returning({ id: invitations.id, role: invitations.role });
      if (!invitation) return dead;
      const [user] = await tx
        .insert(users)
        .values({ role: 'teacher', isAdmin: invitation.role === 'admin', displayName: v.displayName, email: v.email, passwordHash })
        .returning(userColumns);
      await tx.update(invitations).set({ usedBy: user!.id }).where(eq(invitations.id, invitation.id));
      return { ok: true as const, user: user! };
    });
  } catch (error) {
    if (isUniqueViolation(error))
      return { ok: false, error: 'Please fix the highlighted fields.', fieldErrors: { email: 'An account with this email already exists. Sign in with it, or use another address.' } };
    throw error;
  }
}

/** Deletes invitations that stopped working more than the retention period ago. */
export async function unsafePruneInvitations(db: Db, now: Date): Promise<number> {
  // unsafe: housekeeping with no caller.
  const before = new Date(now.getTime() - INVITATION_RETENTION_MS);
  const deleted = await db
    .delete(invitations)
    .where(or(lt(invitations.expiresAt, before), lt(invitations.usedAt, before), lt(invitations.revokedAt, before)))
    .returning({ id: invitations.id });
  return deleted.length;
}
