import type { Metadata } from 'next';
import { requireCaller } from '@/app/_lib/caller';
import { getDb } from '@/db/client';
import { getTimeline } from '@/db/queries/timeline';
import { ExploreLinks } from '@/components/reader/explore-links';
import { TimelineEntry } from '@/components/reader/timeline-entry';

export const metadata: Metadata = { title: 'Timeline' };

/** The meetings the library reports, in the order they happened; those no article dates come last, and say so. */
export default async function TimelinePage() {
  const caller = await requireCaller();
  const entries = await getTimeline(await getDb(), caller);
  const placed = entries.filter((e) => e.placedBy !== 'none');
  const undated = entries.filter((e) => e.placedBy === 'none');
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">Timeline</h1>
      <ExploreLinks current="/timeline" />
      <p className="text-stone-700">
        The meetings the articles report, in the order they happened. A date appears only where an article gives one; otherwise it says “date not
        given”.
      </p>
      {entries.length === 0 ? <p>No meetings yet: none of the articles in your library reports one.</p> : null}
      {placed.length ? (
        <ol className="flex flex-col" aria-label="In order">
          {placed.map((entry) => (
            <TimelineEntry key={entry.key} entry={entry} />
          ))}
        </ol>
      ) : null}
      {undated.length ? (
        <section aria-labelledby="undated" className="flex flex-col gap-2">
          <h2 id="undated" className="text-xl font-semibold">
            Date not given
          </h2>
          <p className="text-sm text-stone-700">No article says when these happened, nor what they came after.</p>
          <ul className="flex flex-col">
            {undated.map((entry) => (
              <TimelineEntry key={entry.key} entry={entry} level={3} />
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
