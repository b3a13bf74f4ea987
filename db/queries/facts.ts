import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { articles, figures, meetings, people, quotes } from '@/db/schema';
import { phraseIn } from '@/lib/reader/anchors';
import { counterpart, type Comparable } from '@/lib/reader/counterparts';
import { shownDate } from '@/lib/reader/dates';
import type { Range } from '@/lib/reader/paragraphs';
import { shortName } from '@/lib/reader/speakers';
import type { Caller } from './caller';
import { standingsIn, type ArticleStandingDto } from './conflicts';
import { getLibraryView, participantsOf, type LibraryView } from './library';
import { articleVisibleTo } from './visibility';

/** A sentence of another report, to link to. `range` is null when only the article is known. */
export interface ReportLink {
  slug: string;
  label: string;
  range: Range | null;
}

/** A disagreement a fact takes part in, with what each report says. */
export interface DisputeDto {
  conflictId: string;
  about: string;
  claims: (ReportLink & { says: string; isHere: boolean })[];
}

export interface PersonRefDto {
  id: string;
  name: string;
  shortName: string;
  role: string | null;
}

interface FactDto {
  id: string;
  sentence: Range;
  /** Other reports that give the same fact. */
  echoes: ReportLink[];
  disputes: DisputeDto[];
}

export interface ReaderQuoteDto extends FactDto {
  range: Range;
  /** The person, when the speaker is a known one. */
  person: PersonRefDto | null;
  /** The speaker as written when no person is known ("an administration official"), or null. */
  speaker: string | null;
  isFragment: boolean;
}

export interface ReaderMeetingDto extends FactDto {
  /** The words marked in the text (the meeting's name or place), or null when the sentence names neither. */
  range: Range | null;
  what: string;
  place: string | null;
  whenText: string | null;
  /** Only a date the article anchors and its weekday agrees with. */
  date: string | null;
  participants: { name: string; personId: string | null }[];
}

export interface ReaderFigureDto extends FactDto {
  range: Range;
  raw: string;
  unit: string;
  about: string;
  qualifier: string | null;
  claimant: string | null;
  status: string | null;
}

export interface ReaderFactsDto {
  /** How the article stands against the other reports (the header's note). */
  standing: ArticleStandingDto | null;
  quotes: ReaderQuoteDto[];
  meetings: ReaderMeetingDto[];
  figures: ReaderFigureDto[];
}

type QuoteRow = typeof quotes.$inferSelect;
type MeetingRow = typeof meetings.$inferSelect;
type FigureRow = typeof figures.$inferSelect;
type FactRow = QuoteRow | MeetingRow | FigureRow;
type Candidate<R> = Comparable & { row: R };

const comparableQuote = (q: QuoteRow): Candidate<QuoteRow> => ({ id: q.id, articleId: q.articleId, supportedBy: q.supportedBy, words: q.text, key: q.speakerId, row: q });
const comparableMeeting = (m: MeetingRow): Candidate<MeetingRow> => ({ id: m.id, articleId: m.articleId, supportedBy: m.supportedBy, words: `${m.what} ${m.place ?? ''}`, key: m.place?.toLowerCase() ?? null, row: m });
const comparableFigure = (f: FigureRow): Candidate<FigureRow> => ({ id: f.id, articleId: f.articleId, supportedBy: f.supportedBy, words: f.about, key: `${f.value} ${f.unit}`, row: f });

/**
 * Everything the reader marks in one article: its quotations (with speaker and role), meetings and
 * figures, each with the other reports that give the same fact and the disagreements it is part of.
 * Null when the caller may not read the article. No questions and no answers: only the article's facts.
 */
export async function getReaderFacts(db: Db, caller: Caller, articleId: string): Promise<ReaderFactsDto | null> {
  const [article] = await db.select({ body: articles.body }).from(articles).where(and(eq(articles.id, articleId), articleVisibleTo(db, caller))).limit(1);
  if (!article) return null;
  const [ownQuotes, ownMeetings, ownFigures, persons, view] = await Promise.all([
    db.select({ q: quotes, p: { id: people.id, name: people.name, role: people.role, aliases: people.aliases } }).from(quotes).leftJoin(people, eq(people.id, quotes.speakerId)).where(eq(quotes.articleId, articleId)).orderBy(asc(quotes.start)),
    db.select().from(meetings).where(eq(meetings.articleId, articleId)).orderBy(asc(meetings.sentenceStart)),
    db.select().from(figures).where(eq(figures.articleId, articleId)).orderBy(asc(figures.valueStart)),
    db.select({ id: people.id, name: people.name, aliases: people.aliases }).from(people),
    getLibraryView(db, caller, { includeRetired: true }),
  ]);
  const own: FactRow[] = [...ownQuotes.map((r) => r.q), ...ownMeetings, ...ownFigures];
  const links = await loadLinks(db, view, own, articleId);
  const base = (f: FactRow) => ({ id: f.id, sentence: { start: f.sentenceStart, end: f.sentenceEnd }, disputes: links.disputesOf(f) });
  return {
    standing: standingsIn(view).get(articleId) ?? null,
    quotes: ownQuotes.map(({ q, p }) => ({
      ...base(q),
      echoes: links.echoesOf(q, comparableQuote(q), links.others.quotes.map(comparableQuote)),
      range: { start: q.start, end: q.end },
      person: p ? { id: p.id, name: p.name, role: p.role, shortName: shortName(p.name, p.aliases) } : null,
      speaker: p ? null : q.speaker,
      isFragment: q.isFragment,
    })),
    meetings: ownMeetings.map((m) => ({
      ...base(m),
      echoes: links.echoesOf(m, comparableMeeting(m), links.others.meetings.map(comparableMeeting)),
      range: phraseIn(article.body, { start: m.sentenceStart, end: m.sentenceEnd }, [m.what, m.place, m.whenText]),
      what: m.what,
      place: m.place,
      whenText: m.whenText,
      date: shownDate(m.date, m.whenText),
      participants: participantsOf(m.participants, persons),
    })),
    figures: ownFigures.map((f) => ({
      ...base(f),
      echoes: links.echoesOf(f, comparableFigure(f), links.others.figures.map(comparableFigure)),
      range: { start: f.valueStart, end: f.valueEnd },
      raw: f.raw,
      unit: f.unit,
      about: f.about,
      qualifier: f.qualifier,
      claimant: f.claimant,
      status: f.status,
    })),
  };
}

/** The other reports' facts that the article's facts point at, loaded once, and the links made from them. */
async function loadLinks(db: Db, view: LibraryView, own: FactRow[], articleId: string) {
  const ownIds = new Set(own.flatMap((f) => f.conflictIds));
  const disputes = view.conflicts.filter((c) => ownIds.has(c.id));
  const related = [...new Set([...own.flatMap((f) => f.supportedBy), ...disputes.flatMap((c) => c.claims.map((claim) => claim.article))])].filter(
    (id) => id !== articleId && view.refOf.has(id),
  );
  const others = await loadFacts(db, related);
  const sentenceOf = new Map([...own, ...others.quotes, ...others.meetings, ...others.figures].map((f) => [f.id, { start: f.sentenceStart, end: f.sentenceEnd }]));
  const link = (article: string, range: Range | null): ReportLink | null => {
    const ref = view.refOf.get(article);
    return ref ? { slug: ref.slug, label: ref.label, range } : null;
  };
  return {
    others,
    /** A disagreement needs two claims the caller may read (the library view has already dropped the others). */
    disputesOf(f: FactRow): DisputeDto[] {
      return disputes
        .filter((c) => f.conflictIds.includes(c.id) && c.claims.length >= 2)
        .map((c) => ({
          conflictId: c.id,
          about: c.about,
          claims: c.claims.flatMap((claim) => {
            const target = link(claim.article, (claim.factId && sentenceOf.get(claim.factId)) || { start: claim.start, end: claim.end });
            return target ? [{ ...target, says: claim.says, isHere: claim.factId === f.id }] : [];
          }),
        }));
    },
    echoesOf<R extends FactRow>(f: FactRow, self: Comparable, candidates: Candidate<R>[]): ReportLink[] {
      return f.supportedBy
        .filter((id) => id !== articleId)
        .flatMap((id) => {
          const match = counterpart(self, candidates.filter((c) => c.articleId === id));
          const target = link(id, match ? { start: match.row.sentenceStart, end: match.row.sentenceEnd } : null);
          return target ? [target] : [];
        });
    },
  };
}

async function loadFacts(db: Db, articleIds: string[]) {
  if (articleIds.length === 0) return { quotes: [] as QuoteRow[], meetings: [] as MeetingRow[], figures: [] as FigureRow[] };
  const [q, m, f] = await Promise.all([
    db.select().from(quotes).where(inArray(quotes.articleId, articleIds)),
    db.select().from(meetings).where(inArray(meetings.articleId, articleIds)),
    db.select().from(figures).where(inArray(figures.articleId, articleIds)),
  ]);
  return { quotes: q, meetings: m, figures: f };
}
