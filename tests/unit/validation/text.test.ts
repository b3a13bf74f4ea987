import { readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { changePasswordSchema, signInSchema, signUpSchema } from '@/lib/validation/auth';
import { echoableValues, hasNoControlCharacters, safeText, secretText } from '@/lib/validation/text';

const controlCharacter = fc.oneof(
  fc.integer({ min: 0, max: 0x1f }),
  fc.integer({ min: 0x7f, max: 0x9f }),
  fc.constantFrom(0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069),
).map((code) => String.fromCharCode(code));

describe('safeText', () => {
  it('refuses a control character anywhere in otherwise good text, with a message that says so', () => {
    const schema = safeText({ max: 200 });
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), controlCharacter, fc.string({ maxLength: 40 }), (before, control, after) => {
        const result = schema.safeParse(`${before}${control}${after}`);
        expect(result.success).toBe(false);
        expect(result.error?.issues.map((i) => i.message)).toContain('Remove the invisible control characters from this text.');
      }),
    );
  });

  it('keeps line breaks and tabs in multi-line text, and accepts any printable text', () => {
    expect(safeText({ max: 100, multiline: true }).safeParse('line one\n\tline two\r\n').success).toBe(true);
    expect(safeText({ max: 100 }).safeParse('line one\nline two').success).toBe(false);
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 50 }).filter((s) => hasNoControlCharacters(s)), (text) => safeText({ max: 1000 }).safeParse(text).success));
  });
});

// Every schema in lib/validation, the ones added later included.
async function everyObjectSchema(): Promise<Array<[string, z.ZodObject]>> {
  const dir = path.join(import.meta.dirname, '../../../lib/validation');
  const found: Array<[string, z.ZodObject]> = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const mod = (await import(path.join(dir, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) if (value instanceof z.ZodObject) found.push([`${file}:${name}`, value]);
  }
  return found;
}

describe('every text field of every schema', () => {
  it('refuses a NUL and a right-to-left override where text is expected', async () => {
    const schemas = await everyObjectSchema();
    expect(schemas.length).toBeGreaterThanOrEqual(5);
    for (const [name, schema] of schemas) {
      for (const field of Object.keys(schema.shape)) {
        for (const bad of ['Ms\u0000Ng', 'Ms\u202eNg']) {
          const result = schema.safeParse({ [field]: bad });
          // Text is refused for this field (a field that wants no text refuses it too: an enum, a number),
          // or dropped, as URL filters do so that a stale link still opens: never kept.
          const refused = result.error?.issues.some((issue) => issue.path[0] === field) ?? false;
          const dropped = result.success && !JSON.stringify((result.data as Record<string, unknown>)[field] ?? null).includes(JSON.stringify(bad).slice(1, -1));
          expect(refused || dropped, `${name}.${field} accepted ${JSON.stringify(bad)}`).toBe(true);
        }
      }
    }
  });
});

describe('echoableValues', () => {
  it('never gives back a secret field, whatever its name, and caps the rest', () => {
    expect(echoableValues([['current', 'old secret'], ['next', 'new secret']], changePasswordSchema)).toEqual({});
    expect(echoableValues([['login', 'x'.repeat(100_000)], ['password', 'p']], signInSchema)).toEqual({ login: 'x'.repeat(254) });
    expect(echoableValues([['displayName', 'Ana'], ['password', 'hunter2 hunter2'], ['$ACTION_KEY', 'k1'], ['api_token', 't']], signUpSchema)).toEqual({ displayName: 'Ana' });
    const pin = z.object({ pin: secretText({ max: 8 }) });
    expect(echoableValues([['pin', '1234']], pin)).toEqual({});
    expect(echoableValues([['note', 'y'.repeat(5000)]]).note).toHaveLength(1000);
    expect(Object.keys(echoableValues(Array.from({ length: 80 }, (_, i): [string, string] => [`f${i}`, 'v'])))).toHaveLength(50);
  });
});
