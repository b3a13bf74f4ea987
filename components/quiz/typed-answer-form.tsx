'use client';

type Props = { value: string; unit: string | null; answered: boolean; sending: boolean; error: string | null; onChange: (value: string) => void; onSubmit: () => void };

/** A typed answer: a labelled box and a Check button; Enter checks too. */
export function TypedAnswerForm({ value, unit, answered, sending, error, onChange, onSubmit }: Props) {
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
      className="flex flex-col gap-3"
    >
      <label htmlFor="typed-answer" className="font-semibold">
        Your answer{unit ? ` (${unit})` : ''}
      </label>
      <input
        id="typed-answer"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        disabled={answered || sending}
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        maxLength={300}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'answer-error' : undefined}
        className="min-h-12 rounded-xl border-2 border-stone-300 bg-white px-3 text-lg disabled:bg-stone-100"
      />
      {!answered ? (
        <button type="submit" disabled={sending} className="inline-flex min-h-12 items-center justify-center rounded-full bg-accent-600 px-5 font-semibold text-white hover:bg-accent-700">
          {sending ? 'Checking…' : 'Check'}
        </button>
      ) : null}
    </form>
  );
}
