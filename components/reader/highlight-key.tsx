import { CalendarDays, Hash } from 'lucide-react';

/** What the marks in the text mean, in one line a reader can skip. */
export function HighlightKey() {
  return (
    <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-stone-700" data-testid="highlight-key">
      <span>
        <span className="bg-sky-100 underline decoration-sky-700 decoration-2 underline-offset-4">Quotations</span> are tinted by speaker and end
        with the speaker’s name
      </span>
      <span className="inline-flex items-center gap-1">
        <span className="rounded-sm border border-dashed border-teal-700 bg-teal-50 px-1">meeting</span>
        <CalendarDays aria-hidden="true" className="size-4 text-teal-800" />
      </span>
      <span className="inline-flex items-center gap-1">
        <span className="rounded-sm border border-violet-700 bg-violet-50 px-1 font-semibold">figure</span>
        <Hash aria-hidden="true" className="size-4 text-violet-800" />
      </span>
      <span>Tap one to see who, when, or what it counts.</span>
    </p>
  );
}
