'use client';

import type { AnswerFeedbackDto } from '@/db/queries/answers';

/** `saved`: the choice given offline, kept until the server checks it (marked, but neither right nor wrong yet). */
type Props = { choices: string[]; answered: AnswerFeedbackDto | null; saved?: string | null; disabled: boolean; onPick: (choice: string) => void };

/** The choices as large buttons; once answered, the right one and the one picked are marked. */
export function ChoiceList({ choices, answered, saved = null, disabled, onPick }: Props) {
  return (
    <ul className="flex flex-col gap-2" aria-label="Choices">
      {choices.map((choice) => {
        const isPicked = (answered?.response ?? saved) === choice;
        const isAnswer = answered && answered.answer === choice;
        const style = !answered
          ? saved
            ? isPicked
              ? 'border-accent-600 bg-accent-50 font-semibold'
              : 'border-stone-200 bg-white opacity-70'
            : 'border-stone-300 bg-white hover:border-accent-500 hover:bg-accent-50'
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
              disabled={Boolean(answered) || Boolean(saved) || disabled}
              aria-pressed={answered || saved ? isPicked : undefined}
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
