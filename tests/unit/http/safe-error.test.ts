import { describe, expect, it } from 'vitest';
import { describeError } from '@/lib/http/safe-error';

describe('describeError', () => {
  it('drops the parameters drizzle appends to a failed query, password hashes included', () => {
    const cause = Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), { code: '22021' });
    const failed = new Error('Failed query: insert into "users" ("password_hash") values ($1)\nparams: $argon2id$v=19$m=19456,t=2,p=1$salt$hash', { cause });
    const line = describeError(failed);
    expect(line).toBe('Error: Failed query: insert into "users" ("password_hash") values ($1) (cause: Error [22021]: invalid byte sequence for encoding "UTF8": 0x00)');
    expect(line).not.toContain('argon2');
  });

  it('keeps to one short line whatever is thrown', () => {
    expect(describeError('plain text')).toBe('plain text');
    expect(describeError({ secret: 'x' })).toBe('non-error value thrown');
    expect(describeError(new Error('x'.repeat(1000))).length).toBeLessThan(320);
  });
});
