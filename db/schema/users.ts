import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uuid, bigserial, boolean } from 'drizzle-orm/pg-core';

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // Stored lower-cased so that uniqueness is case-insensitive without an extension.
    email: text('email').unique(),
    username: text('username').unique(),
    displayName: text('display_name').notNull(),
    role: text('role', { enum: ['student', 'teacher'] }).notNull(),
    passwordHash: text('password_hash').notNull(),
    // Carried in the JWT; bumping it refuses every token issued before (sign out everywhere, password change).
    sessionVersion: integer('session_version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('users_role_check', sql`${t.role} in ('student', 'teacher')`),
    check('users_login_check', sql`${t.email} is not null or ${t.username} is not null`),
  ],
);

/** Failed sign-ins, keyed by the login as typed (so unknown accounts throttle exactly like real ones) and address. */
export const authAttempts = pgTable(
  'auth_attempts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    login: text('login').notNull(),
    ip: text('ip').notNull(),
    succeeded: boolean('succeeded').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('auth_attempts_login_ip_idx').on(t.login, t.ip, t.createdAt),
    index('auth_attempts_ip_idx').on(t.ip, t.createdAt),
  ],
);

export type UserRow = typeof users.$inferSelect;
export type NewUserRow = typeof users.$inferInsert;
