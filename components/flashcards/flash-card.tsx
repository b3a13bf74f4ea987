'use client';

import { useRef, useState, type PointerEvent } from 'react';
import type { StudyCardDto } from '@/db/queries/cards';
import type { Rating } from '@/lib/srs/ratings';
import { gradeForSwipe } from '@/lib/srs/swipe';
import { CitationQuote } from '@/components/quiz/citation-quote';


type Props = { card: StudyCardDto; flipped: boolean; onFlip: () => void; onSwipe: (rating: Rating) => void };

/** The card: tap (or Space) flips it; once flipped, a swipe grades it. */
export function FlashCard({ card, flipped, onFlip, onSwipe }: Props) {
  const start = useRef<{ x: number; y: number; id: number } | null>(null);
  const [drag, setDrag] = useState({ dx: 0, dy: 0 });

  function down(event: PointerEvent) {
    start.current = { x: event.clientX, y: event.clientY, id: event.pointerId };
  }
  function move(event: PointerEvent) {
    if (!start.current || start.current.id !== event.pointerId || !flipped) return;
    setDrag({ dx: event.clientX - start.current.x, dy: event.clientY - start.current.y });
  }
  function up(event: PointerEvent) {
    const began = start.current;
    start.current = null;
    setDrag({ dx: 0, dy: 0 });
    if (!began || began.id !== event.pointerId) return;
    const rating = flipped ? gradeForSwipe(event.clientX - began.x, event.clientY - began.y) : null;
    if (rating) onSwipe(rating);
  }

  return (
    <div
      data-testid="flashcard"
      data-flipped={flipped}
      onPointerDown={down}
      onPointerMove={move}
      onPointerUp={up}
      onPointerCancel={() => {
        start.current = null;
        setDrag({ dx: 0, dy: 0 });
      }}
      style={{ transform: `translate(${drag.dx}px, ${drag.dy}px) rotate(${drag.dx / 30}deg)`, touchAction: flipped ? 'none' : 'pan-y' }}
      className="relative min-h-72 rounded-3xl border-2 border-accent-200 bg-white p-5 shadow-lg shadow-accent-100 transition-transform select-none"
    >
      <button type="button" onClick={onFlip} aria-expanded={flipped} className="absolute inset-0 rounded-3xl" aria-label={flipped ? 'Card showing its answer' : 'Show the answer'} />
      <div className="pointer-events-none relative flex flex-col gap-3">
        <p className="text-xs font-semibold tracking-wide text-accent-700 uppercase">{card.isNew ? 'New card' : 'Review'}</p>
        <p className="text-xl leading-snug font-bold" data-testid="card-front">
          {card.front}
        </p>
        {card.choices.length && !flipped ? (
          <ul className="flex flex-col gap-1 text-sm text-stone-700">
            {card.choices.map((choice) => (
              <li key={choice}>· {choice}</li>
            ))}
          </ul>
        ) : null}
        {flipped ? (
          <div className="flex flex-col gap-3 border-t border-accent-100 pt-3" data-testid="card-back">
            <p className="text-2xl font-extrabold text-accent-800">{card.answer}</p>
            {card.backSentence ? <p className="text-stone-800">{card.backSentence}</p> : null}
          </div>
        ) : (
          <p className="text-sm text-stone-500">Tap the card or press Space to see the answer.</p>
        )}
      </div>
      {flipped ? (
        <div className="relative mt-3 flex flex-col gap-2">
          {card.citations.map((citation) => (
            <CitationQuote key={`${citation.articleSlug}:${citation.start}`} citation={citation} />
          ))}
        </div>
      ) : null}
    </div>
  );
}
