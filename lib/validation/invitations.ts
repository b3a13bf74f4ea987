import { z } from 'zod';
import { newPasswordSchema } from './auth';
import { safeText } from './text';

const email = safeText({ max: 254 }).trim().toLowerCase().pipe(z.email('Enter a valid email address.').max(254));
const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

/**
 * An administrator's invitation: teacher or administrator, optionally the address it is meant for and a note.
 *
 * @example
 * createInvitationSchema.parse({ role: 'teacher', email: '', note: 'History dept.' }) // { role: 'teacher', note: 'History dept.' }
 */
export const createInvitationSchema = z.object({
  role: z.enum(['teacher', 'admin'], 'Choose teacher or administrator.'),
  email: z.preprocess(blankToUndefined, email.optional()),
  note: z.preprocess(blankToUndefined, safeText({ max: 200 }).trim().optional()),
});
export type CreateInvitationInput = z.input<typeof createInvitationSchema>;

/**
 * The account an invitation creates: a teacher's name, email and password (not the email itself).
 *
 * @example
 * acceptInvitationSchema.safeParse({ displayName: 'Mr Okafor', email: 'okafor@school.test', password: 'a long passphrase' }).success // true
 */
export const acceptInvitationSchema = z
  .object({
    displayName: safeText({ max: 80 }).trim().min(1, 'Enter your name.'),
    email,
    password: newPasswordSchema,
  })
  .superRefine((v, ctx) => {
    const p = v.password.toLowerCase();
    if (p === v.email || p === v.email.split('@')[0]) ctx.addIssue({ code: 'custom', path: ['password'], message: 'Your password must not be your email.' });
  });
export type AcceptInvitationInput = z.input<typeof acceptInvitationSchema>;

/** The administrators' revoke button: which invitation. */
export const revokeInvitationSchema = z.object({ id: safeText({ max: 64 }).trim().pipe(z.uuid('That invitation was not found.')) });

/** The administrators' switch for open teacher sign-up. */
export const openTeacherSignUpSchema = z.object({ isOpen: z.enum(['on', 'off'], 'Choose on or off.') });
