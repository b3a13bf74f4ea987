import { z } from 'zod';

// C0 and C1 controls, DEL, and the bidirectional overrides that make a name display as something else.
// PostgreSQL refuses NUL in text outright; the others corrupt logs, CSV exports and what a teacher sees.
const CONTROL_SINGLE_LINE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
// Pasted articles and notes keep their line breaks and tabs.
const CONTROL_MULTILINE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

export const CONTROL_CHARACTER_MESSAGE = 'Remove the invisible control characters from this text.';

/**
 * Whether a string is free of control characters (line breaks and tabs allowed when `multiline`).
 *
 * @example
 * hasNoControlCharacters('Ms Ng') // true
 * hasNoControlCharacters('Ms\u0000Ng') // false
 * hasNoControlCharacters('line one\nline two', { multiline: true }) // true
 */
export function hasNoControlCharacters(value: string, options: { multiline?: boolean } = {}): boolean {
  return !(options.multiline ? CONTROL_MULTILINE : CONTROL_SINGLE_LINE).test(value);
}

/**
 * A string schema that refuses control characters and anything longer than `max`: the base of every text
 * field a person types (names, class names, notes). Chain `.trim()`, `.min()` or `.regex()` after it.
 *
 * @example
 * safeText({ max: 80 }).trim().min(1).parse('  History 9 ') // 'History 9'
 * safeText({ max: 80 }).safeParse('History\u00009').success // false
 */
export function safeText(options: { max: number; multiline?: boolean; tooLong?: string }) {
  return z
    .string()
    .max(options.max, options.tooLong ?? `Use at most ${options.max.toLocaleString('en')} characters.`)
    .refine((value) => hasNoControlCharacters(value, options), CONTROL_CHARACTER_MESSAGE);
}

/** Schemas whose values must never be sent back to the browser or written to a log. */
export const secretFields = z.registry<{ secret: true }>();

/**
 * A password-like field: refuses control characters (nobody types them) and is registered as secret, so
 * a failed form never echoes it back (see `echoableValues`).
 *
 * @example
 * const schema = z.object({ current: secretText({ max: 200 }) });
 * secretFields.has(schema.shape.current) // true
 */
export function secretText(options: { max: number; min?: number; tooShort?: string }) {
  return markSecret(safeText({ max: options.max }).min(options.min ?? 1, options.tooShort ?? 'Enter your password.'));
}

/**
 * Registers a finished schema as secret. Every zod method returns a new schema, so call this last.
 *
 * @example
 * const pin = markSecret(z.string().regex(/^\d{4}$/));
 * secretFields.has(pin) // true
 */
export function markSecret<T extends z.ZodType>(schema: T): T {
  secretFields.add(schema, { secret: true });
  return schema;
}

// Names that are secret whatever schema carries them (Next's own fields included).
const SECRET_NAME = /password|passphrase|secret|token|^\$ACTION|^\d+_\$ACTION/i;
const DEFAULT_ECHO_LIMIT = 1000;
const MAX_ECHOED_FIELDS = 50;

/**
 * What a failed form may show again: the text fields the person typed, minus every secret field (by
 * schema and by name), each cut to the field's own maximum length (or 1,000 characters), at most 50 fields.
 * A 100 KB login comes back as its first 254 characters, a password never.
 *
 * @example
 * const schema = z.object({ login: safeText({ max: 254 }), password: secretText({ max: 200 }) });
 * echoableValues([['login', 'ana'], ['password', 'hunter2 hunter2']], schema) // { login: 'ana' }
 */
export function echoableValues(entries: Iterable<[string, unknown]>, schema?: z.ZodType): Record<string, string> {
  const shape = objectShape(schema);
  const values: Record<string, string> = {};
  let count = 0;
  for (const [name, value] of entries) {
    if (typeof value !== 'string' || SECRET_NAME.test(name) || name in values) continue;
    const field = shape?.[name];
    if (field && secretFields.has(field)) continue;
    if (++count > MAX_ECHOED_FIELDS) break;
    values[name] = value.slice(0, maxLengthOf(field) ?? DEFAULT_ECHO_LIMIT);
  }
  return values;
}

function objectShape(schema: z.ZodType | undefined): Record<string, z.ZodType> | undefined {
  let current: unknown = schema;
  // z.object(...).superRefine(...) stays a ZodObject in zod 4; pipes and effects keep it in `in`.
  for (let depth = 0; depth < 5 && current; depth++) {
    if (current instanceof z.ZodObject) return current.shape as Record<string, z.ZodType>;
    current = (current as { in?: unknown }).in;
  }
  return undefined;
}

function maxLengthOf(field: z.ZodType | undefined): number | undefined {
  const max = (field as { maxLength?: unknown } | undefined)?.maxLength;
  return typeof max === 'number' && Number.isFinite(max) ? max : undefined;
}

/**
 * One line of text a person typed: trimmed, between `min` and `max` characters, no control characters
 * or line breaks.
 *
 * @example
 * lineText(1, 80, 'Name the class.').safeParse('  Period 3 ').data // 'Period 3'
 */
export function lineText(min: number, max: number, emptyMessage = 'This cannot be empty.') {
  return safeText({ max: max * 4 }).trim().min(min, emptyMessage).max(max, `Use at most ${max} characters.`);
}

/**
 * Several lines of text (an explanation, a note), line breaks allowed.
 *
 * @example
 * longText(0, 2000).safeParse('a\nb').success // true
 */
export function longText(min: number, max: number, emptyMessage = 'This cannot be empty.') {
  return safeText({ max: max * 4, multiline: true }).trim().min(min, emptyMessage).max(max, `Use at most ${max} characters.`);
}
