import { z } from 'zod';
import { lineText } from './text';
import { questionIdSchema, tickedIds } from './review';

export const setTitle = lineText(1, 120, 'Name the set.');

/**
 * A new set from the ticked questions (`q:<id>` checkboxes), in the order they were listed.
 *
 * @example
 * createSetSchema.parse({ title: 'Week 1', 'q:q_1': 'on' }) // { title: 'Week 1', questionIds: ['q_1'] }
 */
export const createSetSchema = z.preprocess(
  (raw) => ({ title: (raw as Record<string, unknown>)?.title, questionIds: tickedIds((raw ?? {}) as Record<string, unknown>) }),
  z.object({
    title: setTitle,
    questionIds: z.array(questionIdSchema).min(1, 'Tick at least one question for the set.').max(200, 'A set holds at most 200 questions.'),
  }),
);

export const renameSetSchema = z.object({ setId: z.uuid(), title: setTitle });
export const moveItemSchema = z.object({ setId: z.uuid(), questionId: questionIdSchema, move: z.enum(['up', 'down', 'remove']) });
export const setIdSchema = z.object({ setId: z.uuid() });
export const articleSetSchema = z.object({ articleSlug: z.string().regex(/^[a-z0-9][a-z0-9-]{0,120}$/) });
