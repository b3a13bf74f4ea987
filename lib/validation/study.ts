import { z } from 'zod';
import { isTimeZone } from '@/lib/time/zones';
import { lineText } from './text';

/** Text a student typed: trimmed, one line, no control characters, short. */
const typedText = (max: number) => lineText(1, max, 'Type an answer.');

const clientId = z.uuid();
/** Generated ids look like "q_8d56551237001aa8"; anything else cannot name a question. */
export const questionIdSchema = z.string().regex(/^[a-z0-9_-]{1,80}$/i);
const clientTime = z.iso.datetime({ offset: true }).transform((s) => new Date(s));

/** One answer as the quiz (or an offline queue) sends it. */
export const answerEventSchema = z.object({
  id: clientId,
  attemptId: clientId,
  questionId: questionIdSchema,
  response: typedText(300),
  /** When the student answered, by the device's clock. */
  answeredAt: clientTime,
  timeMs: z.number().int().min(0).max(86_400_000).optional(),
});
export type AnswerEvent = z.output<typeof answerEventSchema>;

/** `POST /api/answers`: one or more answers, each answered on its own. */
export const answerBatchSchema = z.object({ answers: z.array(z.unknown()).min(1).max(200) });

const count = z.number().int().min(0).max(1_000_000);
const srsNumber = z.number().min(0).max(1e9);

/**
 * A card's FSRS state as the device saw it when the student graded it. Only a claim: the server applies the
 * review to it in one statement that writes nothing unless the card row holds exactly this state.
 */
export const cardStateClaimSchema = z.object({
  due: clientTime,
  stability: srsNumber,
  difficulty: srsNumber,
  elapsedDays: count,
  scheduledDays: count,
  learningSteps: count,
  reps: count,
  lapses: count,
  state: z.number().int().min(0).max(3),
  lastReview: clientTime.nullable(),
});

export const reviewEventSchema = z.object({
  type: z.literal('review').default('review'),
  id: clientId,
  cardId: clientId,
  rating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  reviewedAt: clientTime,
  durationMs: z.number().int().min(0).max(86_400_000).optional(),
  /** The card as graded on the device; optional (older queued events lack it). */
  from: cardStateClaimSchema.optional(),
});
export const undoEventSchema = z.object({ type: z.literal('undo'), id: clientId, undoneAt: clientTime.optional() });
export type ReviewEvent = z.output<typeof reviewEventSchema>;
export type UndoEvent = z.output<typeof undoEventSchema>;

/** `POST /api/reviews`: reviews and undos, in the order they happened. */
export const reviewBatchSchema = z.object({ events: z.array(z.unknown()).min(1).max(500) });

export const startAttemptSchema = z.discriminatedUnion('source', [
  z.object({ source: z.literal('assignment'), attemptId: clientId, assignmentId: clientId }),
  z.object({ source: z.literal('article'), attemptId: clientId, articleSlug: z.string().regex(/^[a-z0-9][a-z0-9-]{0,120}$/) }),
  z.object({ source: z.literal('retry'), attemptId: clientId, retryOf: clientId }),
]);
export type StartAttemptInput = z.output<typeof startAttemptSchema>;

export const studySettingsSchema = z.object({
  desiredRetention: z.coerce
    .number('Choose how much you want to remember.')
    .min(0.7, 'Choose at least 70%.')
    .max(0.99, 'Choose at most 99%.'),
  newCardsPerDay: z.coerce.number('Type a number of new cards.').int('Type a whole number.').min(0, 'Type 0 or more.').max(500, 'Type at most 500.'),
});

export const timeZoneSchema = z.object({ timeZone: z.string().max(64).refine(isTimeZone, 'Unknown time zone.') });

// Phones go offline for a while; an event older than this is a broken clock, not a late sync.
const MAX_AGE_MS = 60 * 86_400_000;

/**
 * The time to record for an event stamped by the client: in the future (a clock running ahead) is the
 * server's now; far in the past is refused (null), since no offline queue is that old.
 *
 * @example
 * sanityCheckedTime(new Date(now.getTime() + 60_000), now) // now
 */
export function sanityCheckedTime(clientTime: Date, now: Date): Date | null {
  // A clock ahead of ours (slightly, or wildly) cannot be trusted about the future: record our now.
  if (clientTime.getTime() > now.getTime()) return now;
  if (now.getTime() - clientTime.getTime() > MAX_AGE_MS) return null;
  return clientTime;
}
