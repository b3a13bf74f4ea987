import Link from 'next/link';
import type { TimelineEntryDto } from '@/db/queries/timeline';
import { citeHref } from '@/lib/reader/cite';
import { formatDate } from '@/lib/reader/dates';
import { Participants } from './participants';
import { QuestionsAbout } from './practice-links';

const placeName = (place: string | null) => (place === 'virtual' ? 'Online' : place);

/** One event: when (or "date not given"), what and where, and each report of it with its sentence. */
export function TimelineEntry({ entry, level = 2 }: { entry: TimelineEntryDto; level?: 2 | 3 }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const named = entry.reports.find((r) => r.place) ?? entry.reports[0]!;
  const place = placeName(named.place);
  return (
    <li id={`event-${entry.key}`} className="relative flex flex-col gap-2 border-l-4 border-teal-700 pb-6 pl-4" data-testid="timeline-entry">
      <p className="text-sm font-semibold text-teal-900">
        {entry.date ? <time dateTime={entry.date}>{formatDate(entry.date)}</time> : 'Date not given'}
        {entry.placedBy === 'sequence' ? <span className="font-normal text-stone-700"> · placed after the step before it, as the article orders them</span> : null}
        {entry.datesDisagree ? <span className="font-normal text-red-800"> · the reports give different dates</span> : null}
      </p>
      <Heading className="text-lg leading-snug font-semibold">
        {named.what}
        {place ? `, ${place}` : ''}
      </Heading>
      <ul className="flex flex-col gap-2">
        {entry.reports.map((r) => (
          <li key={r.id} id={r.id} className="scroll-mt-24 rounded-md border border-stone-200 bg-white p-3 text-sm">
            <p className="font-medium">{r.label}</p>
            <p className="text-stone-700">
              {r.what}
              {r.place ? `, ${placeName(r.place)}` : ''} · {r.whenText ? `“${r.whenText}”` : 'no time given'}
              {r.date ? ` (${formatDate(r.date)})` : ''}
            </p>
            {r.participants.length ? <Participants participants={r.participants} /> : null}
            <Link prefetch={false} href={citeHref(r.slug, r.range, `/timeline#${r.id}`)} className="inline-flex min-h-11 items-center font-medium underline underline-offset-2">
              Read the sentence
            </Link>
          </li>
        ))}
      </ul>
      <details className="text-sm">
        <summary className="min-h-11 cursor-pointer content-center font-medium">Questions about this meeting ({entry.questions.count})</summary>
        <QuestionsAbout questions={entry.questions} subject="this meeting" />
      </details>
    </li>
  );
}
