import { describe, expect, it } from 'vitest';
import { fieldErrorsOf, signUpSchema } from '@/lib/validation/auth';

const errorsFor = (input: Record<string, unknown>) => {
  const result = signUpSchema.safeParse(input);
  return result.success ? {} : fieldErrorsOf(result.error);
};

describe('signUpSchema', () => {
  it('accepts a student with only a username, normalising case and spaces', () => {
    const result = signUpSchema.parse({ role: 'student', displayName: ' Ana ', username: ' Ana_7 ', email: '', password: 'a long passphrase' });
    expect(result).toMatchObject({ username: 'ana_7', displayName: 'Ana', email: undefined });
  });

  it('explains each refusal on its own field', () => {
    expect(errorsFor({ role: 'teacher', displayName: 'T', password: 'a long passphrase' })).toEqual({ email: 'Teachers sign up with an email address.' });
    expect(errorsFor({ role: 'student', displayName: 'S', username: 'sam', password: 'tiny' })).toEqual({ password: 'Use at least 10 characters.' });
    expect(errorsFor({ role: 'student', displayName: 'S', username: 'sam', password: 'QWERTYUIOP' })).toEqual({ password: 'This password is too common; choose another.' });
    expect(errorsFor({ role: 'teacher', displayName: 'T', email: 'longname@school.test', password: 'longname@school.test' })).toEqual({
      password: 'Your password must not be your username or email.',
    });
    expect(errorsFor({ role: 'student', displayName: 'S', email: 'not-an-email', password: 'a long passphrase' })).toMatchObject({ email: 'Enter a valid email address.' });
  });
});
