'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { Undo2 } from 'lucide-react';
import type { StudyCardDto } from '@/db/queries/cards';
import { RATING_LABELS, type Rating } from '@/lib/srs/ratings';
import type { SrsParams } from '@/lib/srs/scheduler';
import { todaysQueue } from '@/lib/sync/study-cards';
import { dayKeyOf, endOfDay } from '@/lib/time/zones';
import { clientNow, newClientId } from '@/components/ui/client-id';
import { allEvents } from '@/components/offline/offline-store';
import { enqueue, withdraw } from '@/components/offline/sync-engine';
import { FlashCard } from './flash-card';
import { GradeButtons } from './grade-buttons';
import { SessionDone } from './session-done';
import { localReviewsOf } from './local-reviews';
import { useStudyKeys } from './use-study-keys';

type Props = {
  /** Today's cards and those due over the next days (a saved copy of this page may be opened days later). */
  cards: StudyCardDto[];
  params: SrsParams;
  timeZone: string;
  renderedAt: string;
  /** When the student's day that holds `renderedAt` ends, worked out on the server. */
  dayEnd: string;
};
type Done = { reviewId: string; card: StudyCardDto };
type Scheduler = typeof import('@/lib/sync/study-queue');

// The scheduler (ts-fsrs) is not needed to show the first card, only to grade it: it loads after the
// page has painted, as its own file, which the service worker keeps for offline study (sw/precache.ts).
const loadScheduler = () => import('@/lib/sync/study-queue');

/**
 * The end of the student's day at `now`. While `now` falls in the day the page was rendered, the server's
 * answer (`dayEnd`) is used: working it out here takes Intl, whose first use costs a phone tens of ms
 * while the page hydrates. A copy opened offline on a later day works it out.
 */
function endOfToday(now: Date, timeZone: string, day: { renderedAt: string; dayEnd: string }): Date {
  const end = new Date(day.dayEnd);
  if (now.getTime() >= Date.parse(day.renderedAt) && now < end) return end;
  return endOfDay(dayKeyOf(now, timeZone), timeZone);
}

/**
 * Today's cards, one at a time, scheduled here: a grade moves on at once, a card still due today (a
 * lapse, a learning step) comes back at the end, and the review joins this device's queue under an id
 * made here, to reach the server now or when the connection returns. Opened from a saved copy (offline),
 * the reviews made here since are laid over the cards first, so nothing comes back that was done.
 */
export function StudySession({ cards, params, timeZone, renderedAt, dayEnd }: Props) {
  const [queue, setQueue] = useState(() => todaysQueue(cards, new Date(dayEnd)));
  const [ready, setReady] = useState(false);
  const [loadFailed, setLoadFailed] = useState(false);
  const scheduler = useRef<Scheduler | null>(null);
  const [flipped, setFlipped] = useState(false);
  const [history, setHistory] = useState<Done[]>([]);
  const [status, setStatus] = useState<string>('');
  const shownAt = useRef(0);
  // A swipe ends in a click on the card underneath; it must not flip the next card.
  const gradedAt = useRef(0);
  const current = queue[0];
  const flip = useCallback(() => {
    if (clientNow().ms - gradedAt.current > 400) setFlipped((f) => !f);
  }, []);

  useEffect(() => {
    let cancelled = false;
    const events = allEvents().catch(() => null);
    loadScheduler()
      .then(async (loaded) => {
        scheduler.current = loaded;
        const saved = await events;
        if (cancelled) return;
        if (saved) {
          const now = new Date();
          setQueue(todaysQueue(loaded.projectCards(cards, localReviewsOf(saved), now, params), endOfToday(now, timeZone, { renderedAt, dayEnd })));
        }
        setReady(true);
      })
      .catch(() => !cancelled && setLoadFailed(true));
    return () => {
      cancelled = true;
    };
  }, [cards, params, timeZone, renderedAt, dayEnd]);

  useEffect(() => {
    shownAt.current = clientNow().ms;
  }, [current?.cardId, queue.length]);

  const grade = useCallback(
    (rating: Rating, bySwipe = false) => {
      if (!current || !flipped || !ready || !scheduler.current) return;
      const reviewId = newClientId();
      const clock = clientNow();
      if (bySwipe) gradedAt.current = clock.ms;
      const next = scheduler.current.gradeCard(current, rating, new Date(clock.iso), params);
      const comesBack = Date.parse(next.srs.due) <= endOfToday(new Date(clock.ms), timeZone, { renderedAt, dayEnd }).getTime();
      setQueue((q) => [...q.slice(1), ...(comesBack ? [next] : [])]);
      setFlipped(false);
      setStatus(`${RATING_LABELS[rating]}. ${queue.length - (comesBack ? 0 : 1)} left.`);
      setHistory((h) => [...h, { reviewId, card: current }]);
      void enqueue({
        key: reviewId,
        stream: 'reviews',
        // `from`: the card as graded here, so the server can check and write it in one statement.
        body: { type: 'review', id: reviewId, cardId: current.cardId, rating, reviewedAt: clock.iso, durationMs: Math.max(0, clock.ms - shownAt.current), from: current.srs },
        label: `Flashcard “${current.front.slice(0, 80)}”`,
      });
    },
    [current, flipped, ready, params, timeZone, renderedAt, dayEnd, queue.length],
  );

  const undo = useCallback(() => {
    const last = history.at(-1);
    if (!last) return;
    setHistory((h) => h.slice(0, -1));
    setQueue((q) => [last.card, ...q.filter((c) => c.cardId !== last.card.cardId)]);
    setFlipped(false);
    setStatus('Last grade undone.');
    // Not sent yet: take it back. Already on its way or held: the server marks it undone.
    void withdraw(last.reviewId).then((gone) => {
      if (!gone) void enqueue({ key: `undo:${last.reviewId}`, stream: 'reviews', body: { type: 'undo', id: last.reviewId, undoneAt: clientNow().iso } });
    });
  }, [history]);

  useStudyKeys({ hasCard: Boolean(current), flipped, setFlipped, grade, undo });

  return (
    <div className="flex flex-col gap-4" data-testid="study-session" data-ready={ready ? 'true' : 'false'}>
      <div className="flex items-center justify-between gap-2">
        <p className="text-sm font-semibold text-stone-700" data-testid="cards-left">
          {queue.length} {queue.length === 1 ? 'card' : 'cards'} left
        </p>
        <button
          type="button"
          onClick={undo}
          disabled={history.length === 0}
          className="inline-flex min-h-11 items-center gap-1.5 rounded-full border border-stone-300 bg-white px-4 text-sm font-semibold disabled:opacity-40"
        >
          <Undo2 aria-hidden className="size-4" /> Undo
        </button>
      </div>
      <p className="sr-only" role="status" aria-live="polite">
        {status}
      </p>
      {loadFailed ? (
        <p role="alert" className="rounded-2xl bg-amber-50 p-3 text-sm text-amber-900">
          Grading could not load. Check your connection and reload this page.
        </p>
      ) : null}
      {current ? (
        <>
          <FlashCard key={`${current.cardId}:${history.length}`} card={current} flipped={flipped} onFlip={flip} onSwipe={(rating) => grade(rating, true)} />
          {flipped ? (
            <GradeButtons card={current} onGrade={grade} />
          ) : (
            <button type="button" onClick={() => setFlipped(true)} className="inline-flex min-h-12 items-center justify-center rounded-full bg-accent-600 px-5 font-semibold text-white hover:bg-accent-700">
              Show answer
            </button>
          )}
        </>
      ) : (
        <SessionDone reviewed={history.length} />
      )}
    </div>
  );
}
