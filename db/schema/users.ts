import { sql } from 'drizzle-orm';
import { bigserial, boolean, check, index, integer, jsonb, pgTable, real, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // Stored lower-cased so that uniqueness is case-insensitive without an extension.
    email: text('email').unique(),
    username: text('username').unique(),
    displayName: text('display_name').notNull(),
    role: text('role', { enum: ['student', 'teacher'] }).notNull(),
    /** Administrators are teachers who may also invite teachers and change site settings. */
    isAdmin: boolean('is_admin').notNull().default(false),
    passwordHash: text('password_hash').notNull(),
    // Carried in the JWT; bumping it refuses every token issued before (sign out, password change).
    sessionVersion: integer('session_version').notNull().default(1),
    /** IANA zone ("Europe/Paris") from the browser: "due today", streaks and due dates are shown in it. */
    timeZone: text('time_zone').notNull().default('UTC'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('users_role_check', sql`${t.role} in ('student', 'teacher')`),
    check('users_login_check', sql`${t.email} is not null or ${t.username} is not null`),
  ],
);

/**
 * Sign-in, sign-up and password-check attempts, keyed by the login as typed (so unknown accounts throttle
 * exactly like real ones) and address. `userId` is set when the login names an account, so the rows go
 * with the account when it is deleted.
 */
export const authAttempts = pgTable(
  'auth_attempts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    kind: text('kind', { enum: ['signin', 'signup', 'password-change'] }).notNull().default('signin'),
    login: text('login').notNull(),
    ip: text('ip').notNull(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    succeeded: boolean('succeeded').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('auth_attempts_login_ip_idx').on(t.login, t.ip, t.createdAt),
    index('auth_attempts_ip_idx').on(t.ip, t.createdAt),
    index('auth_attempts_user_idx').on(t.userId, t.createdAt),
    index('auth_attempts_created_idx').on(t.createdAt),
  ],
);

/** A browser that has signed in to an account before: it passes an address throttle that blocks strangers. */
export const knownDevices = pgTable(
  'known_devices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** sha256 of the random token in the device cookie; the token itself is never stored. */
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('known_devices_user_idx').on(t.userId)],
);

/** Single-use links that make a teacher (or administrator) account. */
export const invitations = pgTable(
  'invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** sha256 of the token in the link; the token is shown once, to the inviter. */
    tokenHash: text('token_hash').notNull().unique(),
    role: text('role', { enum: ['teacher', 'admin'] }).notNull().default('teacher'),
    /** Optional: the address the inviter meant it for (shown on the sign-up page, not enforced). */
    email: text('email'),
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    usedBy: uuid('used_by').references(() => users.id, { onDelete: 'set null' }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [check('invitations_role_check', sql`${t.role} in ('teacher', 'admin')`)],
);

/**
 * Site-wide settings and start-up bookkeeping, one row per key: `setting.openTeacherSignUp` (boolean),
 * `meta.migrationsHash`, `meta.contentHash`…
 */
export const appSettings = pgTable('app_settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
});

/**
 * Mail the app would send (sign-up notices, invitations). Without a mail transport configured it stays
 * here, where an administrator can read it; rows addressed to a deleted account are deleted with it.
 */
export const emailOutbox = pgTable(
  'email_outbox',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [index('email_outbox_to_idx').on(t.toAddress)],
);

/** A student's study preferences and their own fitted FSRS parameters. */
export const studySettings = pgTable(
  'study_settings',
  {
    userId: uuid('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    desiredRetention: real('desired_retention').notNull().default(0.9),
    newCardsPerDay: integer('new_cards_per_day').notNull().default(20),
    /** FSRS weights fitted on this student's own review log (null: the defaults). */
    fsrsWeights: jsonb('fsrs_weights').$type<number[]>(),
    weightsFittedAt: timestamp('weights_fitted_at', { withTimezone: true }),
    /** How many reviews the fitted weights were trained on. */
    weightsReviewCount: integer('weights_review_count'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('study_settings_retention_check', sql`${t.desiredRetention} >= 0.7 and ${t.desiredRetention} <= 0.99`),
    check('study_settings_new_cards_check', sql`${t.newCardsPerDay} >= 0 and ${t.newCardsPerDay} <= 500`),
  ],
);

/**
 * Results of state-changing form submissions, keyed by a one-time key the form carries: a resubmission
 * after a lost response returns the stored result instead of acting twice.
 */
export const actionReceipts = pgTable(
  'action_receipts',
  {
    key: uuid('key').primaryKey(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    action: text('action').notNull(),
    result: jsonb('result'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('action_receipts_created_idx').on(t.createdAt)],
);

export type UserRow = typeof users.$inferSelect;
export type NewUserRow = typeof users.$inferInsert;
