import type { MasteryRow } from '@/lib/progress/topics';

/** Mastery as labelled meters: each bar has its numbers in words beside it, so it needs no other alternative. */
export function MasteryList({ title, rows, empty }: { title: string; rows: MasteryRow[]; empty: string }) {
  return (
    <section className="flex flex-col gap-3 rounded-2xl border border-accent-100 bg-white p-4" aria-labelledby={`${title}-heading`.replace(/\W+/g, '-')}>
      <h2 id={`${title}-heading`.replace(/\W+/g, '-')} className="text-lg font-bold">
        {title}
      </h2>
      {rows.length === 0 ? (
        <p className="text-sm text-stone-700">{empty}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {rows.map((row) => {
            const pct = Math.round((row.mastered / Math.max(row.seen, 1)) * 100);
            return (
              <li key={row.key} className="flex flex-col gap-1">
                <div className="flex justify-between gap-3 text-sm">
                  <span className="font-medium">{row.label}</span>
                  <span className="shrink-0 text-stone-700">
                    {row.mastered} of {row.seen} · {pct}%
                  </span>
                </div>
                <div aria-hidden className="h-3 overflow-hidden rounded-full bg-accent-100">
                  <div className="h-full rounded-full bg-accent-600" style={{ width: `${pct}%` }} />
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
