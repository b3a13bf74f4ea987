'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { Undo2 } from 'lucide-react';
import type { StudyCardDto } from '@/db/queries/cards';
import type { ReviewResult } from '@/db/queries/reviews';
import { RATING_LABELS, type Rating } from '@/lib/srs/ratings';
import { clientNow, newClientId } from '@/components/ui/client-id';
import { FlashCard } from './flash-card';
import { GradeButtons } from './grade-buttons';
import { SessionDone } from './session-done';
import { useStudyKeys } from './use-study-keys';

type Props = { cards: StudyCardDto[]; endOfToday: string };
type Done = { reviewId: string; card: StudyCardDto; undone: boolean };


async function post(events: object[]): Promise<ReviewResult[]> {
  const response = await fetch('/api/reviews', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ events }) });
  if (!response.ok) throw new Error('not saved');
  return ((await response.json()) as { results: ReviewResult[] }).results;
}

/**
 * Today's cards, one at a time. A grade moves on at once; the review is sent in the background, in order,
 * under an id made here. A card still due today (a lapse, a learning step) comes back at the end.
 */
export function StudySession({ cards, endOfToday }: Props) {
  const [queue, setQueue] = useState(cards);
  const [flipped, setFlipped] = useState(false);
  const [history, setHistory] = useState<Done[]>([]);
  const [status, setStatus] = useState<string>('');
  const [failed, setFailed] = useState(false);
  // Grades sent but not yet answered: one of them may bring its card back today.
  const [pending, setPending] = useState(0);
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const shownAt = useRef(0);
  // A swipe ends in a click on the card underneath; it must not flip the next card.
  const gradedAt = useRef(0);
  const current = queue[0];
  const flip = useCallback(() => {
    if (clientNow().ms - gradedAt.current > 400) setFlipped((f) => !f);
  }, []);

  useEffect(() => {
    shownAt.current = clientNow().ms;
  }, [current?.cardId, queue.length]);

  /** Sends events one batch after another, so an undo never overtakes the review it undoes. */
  const send = useCallback((events: object[]) => {
    const next = chain.current.then(() => post(events)).catch(() => {
      setFailed(true);
      return [] as ReviewResult[];
    });
    chain.current = next;
    return next;
  }, []);

  const grade = useCallback(
    (rating: Rating, bySwipe = false) => {
      if (!current || !flipped) return;
      const reviewId = newClientId();
      const card = current;
      const clock = clientNow();
      if (bySwipe) gradedAt.current = clock.ms;
      setQueue((q) => q.slice(1));
      setFlipped(false);
      setStatus(`${RATING_LABELS[rating]}. ${queue.length - 1} left.`);
      const entry: Done = { reviewId, card, undone: false };
      setHistory((h) => [...h, entry]);
      setPending((p) => p + 1);
      void send([{ type: 'review', id: reviewId, cardId: card.cardId, rating, reviewedAt: clock.iso, durationMs: clock.ms - shownAt.current }]).then((results) => {
        const result = results[0];
        // An undo tapped before this answer came back wins: the card is already at the front again.
        if (result?.ok && !entry.undone && new Date(result.card.due) < new Date(endOfToday)) {
          // Still due today: it comes back after the others, with the grade labels it now has.
          setQueue((q) => [...q, { ...card, isNew: false, dueAfter: result.card.dueAfter, previewFrom: result.card.previewFrom }]);
        }
        setPending((p) => p - 1);
      });
    },
    [current, flipped, queue.length, send, endOfToday],
  );

  const undo = useCallback(() => {
    const last = history.at(-1);
    if (!last) return;
    last.undone = true;
    setHistory((h) => h.slice(0, -1));
    setQueue((q) => [last.card, ...q.filter((c) => c.cardId !== last.card.cardId)]);
    setFlipped(false);
    setStatus('Last grade undone.');
    void send([{ type: 'undo', id: last.reviewId }]);
  }, [history, send]);

  useStudyKeys({ hasCard: Boolean(current), flipped, setFlipped, grade, undo });

  return (
    <div className="flex flex-col gap-4">
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
      {failed ? (
        <p className="rounded-xl bg-red-50 p-3 text-sm text-incorrect" role="status">
          Some grades could not be saved. Check your connection and reload this page.
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
        pending > 0 ? (
          <p className="rounded-3xl bg-white p-6 text-center text-stone-700" role="status">
            Saving your last grades…
          </p>
        ) : (
          <SessionDone reviewed={history.length} />
        )
      )}
    </div>
  );
}
