import { after } from 'next/server';
import { getDb } from '@/db/client';
import { submitClaimedReview, submitReview, undoReview, type ReviewResult } from '@/db/queries/reviews';
import { fitMyWeights, reviewsBeforeFit } from '@/db/queries/study-settings';
import { resolveCaller, type Caller } from '@/db/queries/users';
import { readSessionAndCard } from '@/db/queries/review-write';
import { fitWeights } from '@/lib/srs/fit';
import { FitSchedule, MIN_REVIEWS_BETWEEN_LOOKS } from '@/lib/srs/fit-schedule';
import { reviewsUntilFit } from '@/lib/srs/training';
import { reviewBatchSchema, reviewEventSchema } from '@/lib/validation/study';
import { databaseUnavailableResponse } from '@/app/_lib/route-errors';
import { json, readClaimedJson, sessionEnded } from '../_lib/json-route';

// When this process looks at each student's log again (lib/srs/fit-schedule): a look and a fit cost as much
// as the log is long, so they come once per many reviews, never every few.
const fitSchedule = new FitSchedule();

async function fitIfDue(caller: Caller): Promise<void> {
  let lookAgainAfter = MIN_REVIEWS_BETWEEN_LOOKS;
  try {
    const db = getDb();
    const { reviews, until } = await reviewsBeforeFit(db, caller);
    lookAgainAfter = until;
    if (until > 0) return;
    // Fitted, or a log that cannot teach yet (no card reviewed on two days): either way, wait as long as a refit would.
    await fitMyWeights(db, caller, (items) => fitWeights(items));
    lookAgainAfter = reviewsUntilFit(reviews, reviews);
  } catch (error) {
    console.error('[cited] fitting FSRS weights failed:', error instanceof Error ? error.message : error);
  } finally {
    fitSchedule.lookAgainAfter(caller.id, lookAgainAfter);
  }
}

/**
 * `POST /api/reviews` with `{ events: [{ type: 'review', id, cardId, rating, reviewedAt, durationMs?, from? } |
 * { type: 'undo', id }] }`, in the order they happened. Each event is answered on its own with the card's
 * new schedule: `{ results: [...], held: [ids] }`. Replaying a batch is harmless. Once a student has a few
 * hundred reviews, their own FSRS weights are fitted after the response.
 */
export function POST(request: Request): Promise<Response> {
  // A database outage is a 503 with Retry-After, so the offline queue keeps the events and sends them again.
  return submitReviews(request).catch(databaseUnavailableResponse);
}

async function submitReviews(request: Request): Promise<Response> {
  const read = await readClaimedJson(request);
  if (!read.ok) return read.response;
  const batch = reviewBatchSchema.safeParse(read.body);
  if (!batch.success) return json({ error: 'Send { events: [...] } with 1 to 500 reviews or undos.' }, 400);
  const db = getDb();
  const now = new Date();
  const events = batch.data.events;
  // One review, as a phone sends each grade, with the card as the phone graded it: one statement checks
  // the session and the card and writes (submitClaimedReview). Anything it cannot settle takes the usual path.
  if (events.length === 1) {
    const claimed = await submitClaimedReview(db, read.claims, events[0], now);
    if (claimed) return answered(claimed.caller, [claimed.result]);
  }
  // Otherwise the session is checked in the statement that reads the first card.
  const single = events.length === 1 ? reviewEventSchema.safeParse(events[0]) : null;
  let caller: Caller;
  let firstRead: Parameters<typeof submitReview>[4];
  if (single?.success) {
    const joined = await readSessionAndCard(db, read.claims, single.data.cardId, single.data.id);
    if (!joined) return sessionEnded();
    caller = joined.caller;
    firstRead = { cardId: single.data.cardId, logId: single.data.id, read: joined.read };
  } else {
    const resolved = await resolveCaller(db, read.claims);
    if (!resolved) return sessionEnded();
    caller = resolved;
  }
  const results: ReviewResult[] = [];
  for (const event of events) {
    const isUndo = (event as { type?: unknown })?.type === 'undo';
    if (isUndo) {
      results.push(await undoReview(db, caller, event, now));
      continue;
    }
    // A replayed offline queue: each review in one statement while the device's claims hold.
    const claimed = events.length > 1 ? await submitClaimedReview(db, read.claims, event, now) : null;
    results.push(claimed ? claimed.result : await submitReview(db, caller, event, now, firstRead));
  }
  return answered(caller, results);
}

function answered(caller: Caller, results: ReviewResult[]): Response {
  const held = results.flatMap((r) => (r.ok && r.id ? [r.id] : []));
  const stored = results.filter((r) => r.ok && r.status === 'stored').length;
  if (stored && fitSchedule.isLookDue(caller.id, stored)) after(() => fitIfDue(caller));
  return json({ results, held });
}
