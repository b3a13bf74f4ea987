import { KIND_LABELS, QUESTION_KINDS } from '@/lib/review/kinds';
import type { ReviewFilters as Filters } from '@/lib/validation/review';

type Props = {
  path: string;
  filters: Filters;
  articles: { slug: string; title: string; questionCount: number }[];
  people: { id: string; name: string }[];
  flaggedCount: number;
  /** Extra fields the page keeps across filtering (the set being built). */
  keep?: Record<string, string>;
};

const selectClass = 'min-h-11 w-full rounded-md border border-stone-400 bg-white px-2 py-2 text-base';

/** The review tool's filters: a plain GET form, so every filtered view is a link a teacher can keep. */
export function ReviewFilters({ path, filters, articles, people, flaggedCount, keep = {} }: Props) {
  return (
    <form method="get" action={path} className="grid grid-cols-1 gap-3 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-2" aria-label="Filter questions">
      {Object.entries(keep).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="flex flex-col gap-1 sm:col-span-2">
        <label htmlFor="f-article" className="text-sm font-medium">
          Article
        </label>
        <select id="f-article" name="article" defaultValue={filters.article ?? ''} className={selectClass}>
          <option value="">All articles</option>
          {articles.map((a) => (
            <option key={a.slug} value={a.slug}>
              {a.title} ({a.questionCount})
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="f-kind" className="text-sm font-medium">
          Kind
        </label>
        <select id="f-kind" name="kind" defaultValue={filters.kind ?? ''} className={selectClass}>
          <option value="">All kinds</option>
          {QUESTION_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="f-person" className="text-sm font-medium">
          Person
        </label>
        <select id="f-person" name="person" defaultValue={filters.person ?? ''} className={selectClass}>
          <option value="">Anyone</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="f-status" className="text-sm font-medium">
          Status
        </label>
        <select id="f-status" name="status" defaultValue={filters.status ?? ''} className={selectClass}>
          <option value="">Any status</option>
          <option value="new">New (not reviewed)</option>
          <option value="approved">Approved (edited too)</option>
          <option value="edited">Edited</option>
          <option value="rejected">Rejected</option>
        </select>
      </div>
      <label htmlFor="f-flagged" className="inline-flex min-h-11 items-center gap-2 self-end text-sm">
        <input id="f-flagged" type="checkbox" name="flagged" value="1" defaultChecked={filters.flagged === '1'} className="size-5 accent-stone-900" />
        Only “check this question” ({flaggedCount})
      </label>
      <button type="submit" className="min-h-11 rounded-md bg-stone-900 px-4 py-2 text-sm font-medium text-white hover:bg-stone-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-stone-900 sm:col-span-2 sm:justify-self-start">
        Show questions
      </button>
    </form>
  );
}
