import { z } from 'zod';
import { isTimeZone } from '@/lib/time/zoned';

const blankToUndefined = (v: unknown) => (v === '' || v === null ? undefined : v);

/**
 * Giving a set to a class. The due time arrives as the teacher's wall clock (`datetime-local`) with their
 * browser's time zone; empty counts ("all questions", "unlimited attempts") arrive as empty strings.
 *
 * @example
 * assignSchema.parse({ setId, classId, mode: 'quiz', dueLocal: '2026-03-27T17:00', timeZone: 'Europe/Paris' })
 */
export const assignSchema = z.object({
  setId: z.uuid('Choose a set.'),
  classId: z.uuid('Choose a class.'),
  mode: z.enum(['quiz', 'flashcards'], 'Choose Quiz or Flashcards.'),
  dueLocal: z.preprocess(blankToUndefined, z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'Give a date and a time.').optional()),
  timeZone: z.preprocess(blankToUndefined, z.string().max(64).refine(isTimeZone, 'Unknown time zone.').optional()),
  questionCount: z.preprocess(blankToUndefined, z.coerce.number('Give a number.').int('Give a whole number.').min(1, 'Ask at least one question.').max(200).optional()),
  attemptsAllowed: z.preprocess(blankToUndefined, z.coerce.number('Give a number.').int('Give a whole number.').min(1, 'Allow at least one attempt.').max(50).optional()),
});
export type AssignInput = z.input<typeof assignSchema>;

export const excuseSchema = z.object({ assignmentId: z.uuid(), studentId: z.uuid(), excused: z.enum(['true', 'false']).transform((v) => v === 'true') });
