import { asc, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { meetings, people } from '@/db/schema';
import { shownDate } from '@/lib/reader/dates';
import type { Range } from '@/lib/reader/paragraphs';
import { buildTimeline, type TimelineEvent } from '@/lib/reader/timeline';
import type { Caller } from './caller';
import { getLibraryView, participantsOf } from './library';
import { questionsAboutFacts, type QuestionsAboutDto } from './questions-about';

export interface TimelineReportDto {
  id: string;
  what: string;
  place: string | null;
  whenText: string | null;
  /** Only a date this article anchors. */
  date: string | null;
  participants: { name: string; personId: string | null }[];
  slug: string;
  label: string;
  range: Range;
}

export interface TimelineEntryDto extends Omit<TimelineEvent, 'reports'> {
  reports: TimelineReportDto[];
  questions: QuestionsAboutDto;
}

/**
 * The meetings of the caller's library in the order they happened, each with the reports that give it
 * and the questions about it (counts for students; prompts, never answers, for teachers).
 */
export async function getTimeline(db: Db, caller: Caller): Promise<TimelineEntryDto[]> {
  const { refs, refOf } = await getLibraryView(db, caller);
  if (refs.length === 0) return [];
  const [rows, persons] = await Promise.all([
    db.select().from(meetings).where(inArray(meetings.articleId, refs.map((r) => r.id))).orderBy(asc(meetings.articleId), asc(meetings.sentenceStart)),
    db.select({ id: people.id, name: people.name, aliases: people.aliases }).from(people),
  ]);
  const rowOf = new Map(rows.map((m) => [m.id, m]));
  const events = buildTimeline(
    rows.map((m) => ({ id: m.id, articleId: m.articleId, what: m.what, place: m.place, whenText: m.whenText, date: m.date, order: m.order, supportedBy: m.supportedBy, start: m.sentenceStart })),
    refs.map((r) => r.id),
  );
  const questionsOf = await questionsAboutFacts(db, caller, refs, events.map((e) => e.reports.map((r) => r.id)));
  return events.map((event, index) => ({
    ...event,
    reports: event.reports.map((report) => {
      const row = rowOf.get(report.id)!;
      return {
        id: row.id,
        what: row.what,
        place: row.place,
        whenText: row.whenText,
        date: shownDate(row.date, row.whenText),
        participants: participantsOf(row.participants, persons),
        slug: refOf.get(row.articleId)!.slug,
        label: refOf.get(row.articleId)!.label,
        range: { start: row.sentenceStart, end: row.sentenceEnd },
      };
    }),
    questions: questionsOf[index]!,
  }));
}
