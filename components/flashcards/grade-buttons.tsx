'use client';

import type { StudyCardDto } from '@/db/queries/cards';
import { RATING_LABELS, RATINGS, type Rating } from '@/lib/srs/ratings';
import { formatInterval } from '@/lib/time/format';

const GRADE_STYLES: Record<Rating, string> = {
  1: 'border-red-300 bg-red-50 text-red-900',
  2: 'border-amber-300 bg-amber-50 text-amber-900',
  3: 'border-green-300 bg-green-50 text-green-900',
  4: 'border-sky-300 bg-sky-50 text-sky-900',
};

/** The four grades as buttons, each saying when the card would come back. */
export function GradeButtons({ card, onGrade }: { card: StudyCardDto; onGrade: (rating: Rating) => void }) {
  return (
    <div className="flex flex-col gap-2">
      <p className="text-center text-sm text-stone-600">How well did you know it? Swipe, press 1–4, or tap:</p>
      <div className="grid grid-cols-4 gap-2">
        {RATINGS.map((rating) => (
          <button key={rating} type="button" onClick={() => onGrade(rating)} className={`flex min-h-14 flex-col items-center justify-center rounded-xl border-2 font-semibold ${GRADE_STYLES[rating]}`}>
            {RATING_LABELS[rating]}
            <span className="text-xs font-normal">{formatInterval(new Date(card.previewFrom), new Date(card.dueAfter[rating]))}</span>
          </button>
        ))}
      </div>
    </div>
  );
}
