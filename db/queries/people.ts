import { and, asc, eq, inArray, isNotNull, ne } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { articles, meetings, people, questions, quotes } from '@/db/schema';
import { namesWritten } from '@/lib/reader/anchors';
import { shownDate } from '@/lib/reader/dates';
import type { Range } from '@/lib/reader/paragraphs';
import { shortName } from '@/lib/reader/speakers';
import { personIdSchema, peopleSearchSchema } from '@/lib/validation/reader';
import type { Caller } from './caller';
import { getLibraryView, type ArticleRef } from './library';
import { questionsAboutTag, type QuestionsAboutDto } from './questions-about';

export interface PersonSummaryDto {
  id: string;
  name: string;
  shortName: string;
  role: string | null;
  quoteCount: number;
  articleCount: number;
}

export interface PersonQuoteDto {
  id: string;
  text: string;
  slug: string;
  label: string;
  /** The sentence to link to: the quotation's own words and the sentence around them. */
  range: Range;
  isFragment: boolean;
  /** Disagreements about this quotation (another speaker, other wording). */
  disputes: { id: string; about: string }[];
}

export interface PersonDto extends PersonSummaryDto {
  affiliation: string | null;
  /** Each name the articles use for them, where it is written, and whether a disagreement calls it a misspelling. */
  names: { name: string; places: { slug: string; label: string; range: Range }[]; disputedBy: string | null }[];
  quotes: PersonQuoteDto[];
  meetings: { id: string; what: string; place: string | null; whenText: string | null; date: string | null; slug: string; label: string; range: Range }[];
  /** Disagreements about the person themself: how the name is spelled, which title they hold. */
  disputes: { id: string; about: string }[];
  questions: QuestionsAboutDto;
}

const fold = (text: string) => text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** Who a library talks about: speakers of its quotations, people at its meetings, and people its questions ask about. */
async function peopleInView(db: Db, refs: ArticleRef[]) {
  const ids = refs.map((r) => r.id);
  if (ids.length === 0) return { persons: [], quoteRows: [], meetingRows: [], questionTags: [] };
  const [persons, quoteRows, meetingRows, questionTags] = await Promise.all([
    db.select().from(people).orderBy(asc(people.name)),
    db.select({ id: quotes.id, speakerId: quotes.speakerId, articleId: quotes.articleId }).from(quotes).where(and(inArray(quotes.articleId, ids), isNotNull(quotes.speakerId))),
    db.select({ participants: meetings.participants, articleId: meetings.articleId }).from(meetings).where(inArray(meetings.articleId, ids)),
    db.select({ tags: questions.tags }).from(questions).where(and(inArray(questions.articleId, ids), ne(questions.status, 'retired'))),
  ]);
  return { persons, quoteRows, meetingRows, questionTags };
}

/**
 * Who's who: every person the caller's library quotes, meets or asks about, by surname, with how often
 * they are quoted. `query` filters by name, alias or role (case and accents aside).
 */
export async function listPeople(db: Db, caller: Caller, query?: unknown): Promise<PersonSummaryDto[]> {
  return peopleOf(db, (await getLibraryView(db, caller)).refs, query);
}

async function peopleOf(db: Db, refs: ArticleRef[], query?: unknown): Promise<PersonSummaryDto[]> {
  const { persons, quoteRows, meetingRows, questionTags } = await peopleInView(db, refs);
  const search = fold(peopleSearchSchema.safeParse(query ?? '').data ?? '');
  const tagged = new Set(questionTags.flatMap((q) => q.tags).filter((t) => t.startsWith('person:')).map((t) => t.slice(7)));
  return persons
    .map((p) => {
      const own = quoteRows.filter((q) => q.speakerId === p.id);
      const met = meetingRows.filter((m) => m.participants.some((n) => n === p.name || p.aliases.includes(n)));
      return {
        id: p.id,
        name: p.name,
        shortName: shortName(p.name, p.aliases),
        role: p.role,
        quoteCount: own.length,
        articleCount: new Set([...own, ...met].map((x) => x.articleId)).size,
        seen: own.length > 0 || met.length > 0 || tagged.has(p.id),
        haystack: fold([p.name, ...p.aliases, p.role ?? ''].join(' ')),
      };
    })
    .filter((p) => p.seen && (!search || p.haystack.includes(search)))
    .sort((a, b) => a.shortName.localeCompare(b.shortName) || a.name.localeCompare(b.name))
    .map(({ seen, haystack, ...dto }) => (void seen, void haystack, dto));
}

/** One person's page, or null when the id is malformed or the caller's library never mentions them. */
export async function getPerson(db: Db, caller: Caller, id: unknown): Promise<PersonDto | null> {
  const parsed = personIdSchema.safeParse(id);
  if (!parsed.success) return null;
  const { refs, refOf, conflicts: shown } = await getLibraryView(db, caller);
  const summary = (await peopleOf(db, refs)).find((p) => p.id === parsed.data);
  if (!summary) return null;
  const ids = refs.map((r) => r.id);
  const [[person], quoteRows, meetingRows, bodies] = await Promise.all([
    db.select().from(people).where(eq(people.id, parsed.data)),
    db.select().from(quotes).where(and(eq(quotes.speakerId, parsed.data), inArray(quotes.articleId, ids))).orderBy(asc(quotes.articleId), asc(quotes.start)),
    db.select().from(meetings).where(inArray(meetings.articleId, ids)).orderBy(asc(meetings.articleId), asc(meetings.sentenceStart)),
    db.select({ id: articles.id, body: articles.body }).from(articles).where(inArray(articles.id, ids)),
  ]);
  if (!person) return null;
  const aboutThem = shown.filter((c) => (c.kind === 'name' || c.kind === 'title') && (c.reference === person.name || c.about.includes(person.name)));
  const misspelledAs = new Map(aboutThem.filter((c) => c.kind === 'name').flatMap((c) => c.claims.filter((claim) => claim.says !== person.name).map((claim) => [claim.says, c.id] as const)));
  const written = namesWritten([person.name, ...person.aliases], bodies);
  const link = (articleId: string, range: Range) => ({ slug: refOf.get(articleId)!.slug, label: refOf.get(articleId)!.label, range });
  return {
    ...summary,
    affiliation: person.affiliation,
    names: [person.name, ...person.aliases]
      .map((name) => ({ name, places: written.filter((w) => w.name === name).map((w) => link(w.articleId, { start: w.start, end: w.end })), disputedBy: misspelledAs.get(name) ?? null }))
      .filter((n) => n.places.length > 0),
    quotes: quoteRows.map((q) => ({
      id: q.id,
      text: q.text,
      ...link(q.articleId, { start: Math.min(q.start, q.sentenceStart), end: Math.max(q.end, q.sentenceEnd) }),
      isFragment: q.isFragment,
      disputes: shown.filter((c) => q.conflictIds.includes(c.id)).map((c) => ({ id: c.id, about: c.about })),
    })),
    meetings: meetingRows
      .filter((m) => m.participants.some((n) => n === person.name || person.aliases.includes(n)))
      .map((m) => ({ id: m.id, what: m.what, place: m.place, whenText: m.whenText, date: shownDate(m.date, m.whenText), ...link(m.articleId, { start: m.sentenceStart, end: m.sentenceEnd }) })),
    disputes: aboutThem.map((c) => ({ id: c.id, about: c.about })),
    questions: await questionsAboutTag(db, caller, refs, `person:${person.id}`),
  };
}
