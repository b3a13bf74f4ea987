import { z } from 'zod';

// Tab, line feed and carriage return are the only control characters a person types.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const CONTROL_OR_BREAK = /[\u0000-\u001F\u007F-\u009F]/;

/**
 * One line of text a person typed: trimmed, between `min` and `max` characters, no control characters.
 *
 * @example
 * lineText(1, 80, 'Name the class.').safeParse('  Period 3 ').data // 'Period 3'
 */
export function lineText(min: number, max: number, emptyMessage = 'This cannot be empty.') {
  return z
    .string()
    .trim()
    .min(min, emptyMessage)
    .max(max, `Use at most ${max} characters.`)
    .refine((v) => !CONTROL_OR_BREAK.test(v), 'Remove the control characters or line breaks.');
}

/**
 * Several lines of text (an explanation, a note), line breaks allowed.
 *
 * @example
 * longText(0, 2000).safeParse('a\nb').success // true
 */
export function longText(min: number, max: number, emptyMessage = 'This cannot be empty.') {
  return z
    .string()
    .trim()
    .min(min, emptyMessage)
    .max(max, `Use at most ${max} characters.`)
    .refine((v) => !CONTROL.test(v), 'Remove the control characters.');
}

/** A uuid from a form or a URL; anything else fails to parse (and reads as "not found"). */
export const uuidField = z.uuid();
