import { z } from 'zod';
import { markSecret, safeText, secretText } from './text';

/** Passwords seen first in breach corpora; a short list keeps the check offline and instant. */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  '123456789012', '1234567890', '12345678910', '0123456789', '1111111111', '0000000000', '1234512345',
  'password', 'password1', 'password12', 'password123', 'password1234', 'passw0rd123', 'p@ssw0rd123',
  'qwertyuiop', 'qwerty1234', 'qwerty12345', 'qwerty123456', '1q2w3e4r5t', '1qaz2wsx3edc', 'zaq12wsxcde',
  'iloveyou12', 'iloveyou123', 'letmein123', 'welcome123', 'welcome1234', 'abc1234567', 'abcdefghij',
  'football12', 'football123', 'baseball123', 'basketball', 'starwars123', 'sunshine123', 'princess123',
  'monkey1234', 'dragon1234', 'superman123', 'batman1234', 'trustno1234', 'changeme123', 'administrator',
  'admin12345', 'admin123456', 'teacher123', 'student123', 'school1234', 'homework123', 'cited12345',
]);

export const PASSWORD_MIN_LENGTH = 10;

/** A new password: 10–200 characters, not on the common-passwords list, never echoed. */
export const newPasswordSchema = markSecret(
  secretText({ max: 200, min: PASSWORD_MIN_LENGTH, tooShort: `Use at least ${PASSWORD_MIN_LENGTH} characters.` }).refine(
    (p) => !COMMON_PASSWORDS.has(p.toLowerCase()),
    'This password is too common; choose another.',
  ),
);

const email = safeText({ max: 254 }).trim().toLowerCase().pipe(z.email('Enter a valid email address.').max(254));
const username = safeText({ max: 254 })
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{2,31}$/, 'Use 3–32 letters, digits, dots, dashes or underscores.');
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

/**
 * Sign-up form. Teachers need an email; students need an email or a username (many are under 13).
 * The password may not equal the login.
 *
 * @example
 * signUpSchema.safeParse({ role: 'student', username: 'ana', displayName: 'Ana', password: 'correct horse battery' }).success // true
 */
export const signUpSchema = z
  .object({
    role: z.enum(['student', 'teacher'], 'Choose student or teacher.'),
    displayName: safeText({ max: 80 }).trim().min(1, 'Enter your name.'),
    email: optional(email),
    username: optional(username),
    password: newPasswordSchema,
    joinCode: optional(safeText({ max: 64 }).trim().toUpperCase().regex(/^[A-Z0-9-]{4,16}$/, 'That class code is not valid.')),
  })
  .superRefine((v, ctx) => {
    if (v.role === 'teacher' && !v.email) ctx.addIssue({ code: 'custom', path: ['email'], message: 'Teachers sign up with an email address.' });
    if (v.role === 'student' && !v.email && !v.username)
      ctx.addIssue({ code: 'custom', path: ['username'], message: 'Enter a username or an email address.' });
    const p = v.password.toLowerCase();
    if ((v.email && p === v.email) || (v.username && p === v.username) || (v.email && p === v.email.split('@')[0]))
      ctx.addIssue({ code: 'custom', path: ['password'], message: 'Your password must not be your username or email.' });
  });
export type SignUpInput = z.input<typeof signUpSchema>;
export type SignUpData = z.output<typeof signUpSchema>;

/**
 * Sign-in form: one box for email or username.
 *
 * @example
 * signInSchema.parse({ login: ' Ana ', password: 'x' }).login // 'ana'
 */
export const signInSchema = z.object({
  login: safeText({ max: 254 }).trim().toLowerCase().min(1, 'Enter your email or username.'),
  password: secretText({ max: 200 }),
});
export type SignInInput = z.infer<typeof signInSchema>;

/**
 * Password change: the new one follows the sign-up policy.
 *
 * @example
 * changePasswordSchema.safeParse({ current: 'old', next: 'short' }).success // false
 */
export const changePasswordSchema = z.object({
  current: secretText({ max: 200, tooShort: 'Enter your current password.' }),
  next: newPasswordSchema,
});
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

/**
 * The fields of the sign-up form as typed (one box for email or username), for what a failed submit may
 * show again: each capped at its own length, the password never.
 */
export const signUpFormFields = z.object({
  role: safeText({ max: 10 }),
  displayName: safeText({ max: 80 }),
  login: safeText({ max: 254 }),
  password: secretText({ max: 200 }),
  classCode: safeText({ max: 64 }),
});

/** First message per field, the shape forms display. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? 'form');
    out[key] ??= issue.message;
  }
  return out;
}
