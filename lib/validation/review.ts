import { z } from 'zod';
import { QUESTION_KINDS } from '@/lib/review/kinds';
import { lineText, longText } from './text';

export const REVIEW_STATUSES = ['new', 'approved', 'edited', 'rejected'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const questionIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,80}$/, 'That question does not exist.');
const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,120}$/);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' || v === 'all' ? undefined : v), schema.optional().catch(undefined));

/**
 * The review tool's filters, from the URL. Anything unknown is dropped rather than an error: a stale link
 * still opens.
 *
 * @example
 * reviewFiltersSchema.parse({ kind: 'where', status: 'new', page: '2' }) // { kind: 'where', status: 'new', page: 2 }
 */
export const reviewFiltersSchema = z.object({
  article: optional(slug),
  kind: optional(z.enum(QUESTION_KINDS)),
  person: optional(z.string().regex(/^[a-z0-9-]{1,80}$/)),
  status: optional(z.enum(REVIEW_STATUSES)),
  flagged: optional(z.literal('1')),
  page: z.coerce.number().int().min(1).max(1000).catch(1).default(1),
});
export type ReviewFilters = z.infer<typeof reviewFiltersSchema>;

/** Ticked questions arrive as `q:<id>` checkboxes (a form field per question keeps them apart). */
export function tickedIds(raw: Record<string, unknown>): string[] {
  return Object.keys(raw)
    .filter((k) => k.startsWith('q:'))
    .map((k) => k.slice(2));
}

/**
 * Approve or reject: one question (a button named `one`, valued "approved:<id>") or every ticked one.
 *
 * @example
 * decideSchema.parse({ one: 'approved:q_1' }) // { decision: 'approved', questionIds: ['q_1'] }
 */
export const decideSchema = z.preprocess(
  (raw) => {
    const form = (raw ?? {}) as Record<string, unknown>;
    if (typeof form.one === 'string' && form.one.includes(':')) {
      const [decision, id] = [form.one.slice(0, form.one.indexOf(':')), form.one.slice(form.one.indexOf(':') + 1)];
      return { decision, questionIds: [id] };
    }
    return { decision: form.decision, questionIds: tickedIds(form) };
  },
  z.object({
    decision: z.enum(['approved', 'rejected', 'clear'], 'Choose Approve or Reject.'),
    questionIds: z.array(questionIdSchema).min(1, 'Tick at least one question first.').max(200, 'Choose at most 200 questions at once.'),
  }),
);
export type DecideInput = z.infer<typeof decideSchema>;

const choice = lineText(0, 300);

/**
 * A teacher's wording of one question. Multiple-choice questions send `choice0`…`choice5` and the index
 * of the right one; typed ones send the answer.
 */
export const editQuestionSchema = z
  .object({
    questionId: questionIdSchema,
    // Emptiness is checked below with the rest, so that the form shows every error at once.
    prompt: longText(0, 600),
    explanation: longText(0, 3000),
    answer: lineText(0, 300).optional(),
    correct: z.coerce.number().int().min(0).max(5).optional(),
    choice0: choice.optional(),
    choice1: choice.optional(),
    choice2: choice.optional(),
    choice3: choice.optional(),
    choice4: choice.optional(),
    choice5: choice.optional(),
    note: longText(0, 500).optional(),
  })
  .transform((v) => {
    const slots = [v.choice0, v.choice1, v.choice2, v.choice3, v.choice4, v.choice5];
    const choices = slots.filter((c): c is string => typeof c === 'string' && c.length > 0);
    const correctText = v.correct === undefined ? undefined : slots[v.correct];
    return { questionId: v.questionId, prompt: v.prompt, explanation: v.explanation, note: v.note || null, answer: v.answer, choices, correctText, hadChoices: slots.some((c) => c !== undefined) };
  })
  .superRefine((v, ctx) => {
    if (!v.prompt) ctx.addIssue({ code: 'custom', path: ['prompt'], message: 'Write the question.' });
    if (v.hadChoices) {
      if (v.choices.length < 2) ctx.addIssue({ code: 'custom', path: ['choice0'], message: 'Give at least two choices.' });
      if (new Set(v.choices.map((c) => c.toLowerCase())).size !== v.choices.length) ctx.addIssue({ code: 'custom', path: ['choice0'], message: 'Two choices say the same thing.' });
      if (!v.correctText) ctx.addIssue({ code: 'custom', path: ['correct'], message: 'Mark the right answer (it cannot be an empty choice).' });
    } else if (!v.answer) {
      ctx.addIssue({ code: 'custom', path: ['answer'], message: 'Give the answer.' });
    }
  });
export type EditQuestionInput = z.input<typeof editQuestionSchema>;
