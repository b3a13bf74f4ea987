'use client';

import { useActionState } from 'react';
import { editQuestionAction } from '@/app/(per-request)/review/actions';
import { FormError } from '@/components/form-error';
import { SubmitButton } from '@/components/ui/submit-button';

type Props = {
  questionId: string;
  back: string;
  prompt: string;
  choices: string[];
  answer: string;
  explanation: string;
  note: string | null;
  isNumeric: boolean;
};

const input = 'min-h-11 w-full rounded-md border border-stone-400 bg-white px-3 py-2 text-base';

function Errors({ id, messages }: { id: string; messages?: string[] }) {
  return messages?.length ? (
    <p id={id} className="text-sm text-red-800">
      {messages.join(' ')}
    </p>
  ) : null;
}

/** A teacher's own wording of a question; every error shows at once and what was typed stays. */
export function EditQuestionForm(props: Props) {
  const [state, formAction] = useActionState(editQuestionAction, null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const typed = state && !state.ok ? (state.values ?? {}) : {};
  const value = (name: string, fallback: string) => typed[name] ?? fallback;
  const slots = props.choices.length ? [...props.choices, '', ''].slice(0, Math.max(props.choices.length, Math.min(6, props.choices.length + 1))) : [];
  const correct = Number(typed.correct ?? props.choices.indexOf(props.answer));
  return (
    <form action={formAction} className="flex flex-col gap-4 rounded-lg border border-stone-200 bg-white p-4">
      <input type="hidden" name="questionId" value={props.questionId} />
      <input type="hidden" name="back" value={props.back} />
      <div className="flex flex-col gap-1">
        <label htmlFor="prompt" className="text-sm font-medium">
          Question
        </label>
        <textarea id="prompt" name="prompt" rows={3} defaultValue={value('prompt', props.prompt)} aria-invalid={errors.prompt ? true : undefined} aria-describedby={errors.prompt ? 'prompt-errors' : undefined} className={input} />
        <Errors id="prompt-errors" messages={errors.prompt} />
      </div>
      {slots.length ? (
        <fieldset className="flex flex-col gap-2" aria-describedby={errors.choice0 || errors.correct ? 'choices-errors' : undefined}>
          <legend className="text-sm font-medium">Choices (mark the right one)</legend>
          {slots.map((choice, i) => (
            <div key={i} className="flex items-center gap-2">
              <input type="radio" id={`correct-${i}`} name="correct" value={i} defaultChecked={correct === i} className="size-5 shrink-0 accent-stone-900" aria-label={`Choice ${i + 1} is the right answer`} />
              <label htmlFor={`choice-${i}`} className="sr-only">
                Choice {i + 1}
              </label>
              <input id={`choice-${i}`} name={`choice${i}`} defaultValue={value(`choice${i}`, choice)} className={input} />
            </div>
          ))}
          <Errors id="choices-errors" messages={[...(errors.choice0 ?? []), ...(errors.correct ?? [])]} />
        </fieldset>
      ) : (
        <div className="flex flex-col gap-1">
          <label htmlFor="answer" className="text-sm font-medium">
            {props.isNumeric ? 'Answer (a number)' : 'Answer'}
          </label>
          <input id="answer" name="answer" defaultValue={value('answer', props.answer)} inputMode={props.isNumeric ? 'decimal' : undefined} aria-invalid={errors.answer ? true : undefined} aria-describedby={errors.answer ? 'answer-errors' : undefined} className={input} />
          <Errors id="answer-errors" messages={errors.answer} />
        </div>
      )}
      <div className="flex flex-col gap-1">
        <label htmlFor="explanation" className="text-sm font-medium">
          Explanation (shown after answering)
        </label>
        <textarea id="explanation" name="explanation" rows={4} defaultValue={value('explanation', props.explanation)} className={input} />
        <Errors id="explanation-errors" messages={errors.explanation} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="note" className="text-sm font-medium">
          Note to yourself (optional)
        </label>
        <input id="note" name="note" defaultValue={value('note', props.note ?? '')} className={input} />
      </div>
      <FormError message={state && !state.ok ? state.error : null} />
      <SubmitButton className="self-start">Save and approve</SubmitButton>
    </form>
  );
}
