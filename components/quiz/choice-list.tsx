'use client';

import type { AnswerFeedbackDto } from '@/db/queries/answers';

type Props = { choices: string[]; answered: AnswerFeedbackDto | null; disabled: boolean; onPick: (choice: string) => void };

/** The choices as large buttons; once answered, the right one and the one picked are marked. */
export function ChoiceList({ choices, answered, disabled, onPick }: Props) {
  return (
    <ul className="flex flex-col gap-2" aria-label="Choices">
      {choices.map((choice) => {
        const isPicked = answered?.response === choice;
        const isAnswer = answered && answered.answer === choice;
        const style = !answered
          ? 'border-stone-300 bg-white hover:border-accent-500 hover:bg-accent-50'
          : isAnswer
            ? 'border-correct bg-green-50 font-semibold'
            : isPicked
              ? 'border-incorrect bg-red-50'
              : 'border-stone-200 bg-white opacity-70';
        return (
          <li key={choice}>
            <button
              type="button"
              onClick={() => onPick(choice)}
              disabled={Boolean(answered) || disabled}
              aria-pressed={answered ? isPicked : undefined}
              className={`w-full min-h-12 rounded-xl border-2 px-4 py-3 text-left leading-snug break-words ${style}`}
            >
              {choice}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
