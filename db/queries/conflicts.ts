import { inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { articles, conflicts, figures, meetings, quotes } from '@/db/schema';
import type { ArticleStanding } from '@/lib/reader/disagreements';
import type { Range } from '@/lib/reader/paragraphs';
import { sentenceAround } from '@/lib/reader/sentences';
import { conflictIdSchema } from '@/lib/validation/reader';
import type { Caller } from './caller';
import { getLibraryView, type ArticleRef, type LibraryView } from './library';

type Kind = (typeof conflicts.$inferSelect)['kind'];
type NamedArticle = Pick<ArticleRef, 'slug' | 'label'>;

export interface ConflictSummaryDto {
  id: string;
  kind: Kind;
  about: string;
  reference: string | null;
  /** The reports that take part. */
  articles: NamedArticle[];
}

export interface ConflictClaimDto extends NamedArticle {
  says: string;
  /** The sentence the claim is in, as the article writes it, and where it is. */
  sentence: string;
  range: Range;
  /** The claim's own words inside `sentence` (offsets into it), to emphasise. */
  words: Range;
  /** When the report is a copy of another here, or the original of one. */
  copyRole: 'copy' | 'original' | null;
}

export interface ConflictDto extends Omit<ConflictSummaryDto, 'articles'> {
  claims: ConflictClaimDto[];
  /** Copies among the reports here, and how that is known. */
  copies: { copy: NamedArticle; original: NamedArticle; basis: 'recorded' | 'inferred' }[];
}

export interface ArticleStandingDto extends ArticleStanding {
  article: NamedArticle;
  copyOf: NamedArticle | null;
  originalOf: NamedArticle[];
}

const named = (ref: ArticleRef): NamedArticle => ({ slug: ref.slug, label: ref.label });

/** Where the reports disagree, for the caller's library; with `articleSlug`, only those one article takes part in. */
export async function listConflicts(db: Db, caller: Caller, articleSlug?: unknown): Promise<ConflictSummaryDto[]> {
  return conflictsIn(await getLibraryView(db, caller), articleSlug);
}

/** The disagreements page's two lists from one load of the caller's library (each alone loads it again). */
export async function getConflictsOverview(
  db: Db,
  caller: Caller,
  articleSlug?: unknown,
): Promise<{ conflicts: ConflictSummaryDto[]; standings: Map<string, ArticleStandingDto> }> {
  const view = await getLibraryView(db, caller);
  return { conflicts: conflictsIn(view, articleSlug), standings: standingsIn(view) };
}

function conflictsIn(view: LibraryView, articleSlug: unknown): ConflictSummaryDto[] {
  const only = typeof articleSlug === 'string' ? view.refs.find((r) => r.slug === articleSlug)?.id : undefined;
  if (articleSlug !== undefined && !only) return [];
  return view.conflicts
    .filter((c) => !only || c.claims.some((claim) => claim.article === only))
    .map((c) => ({
      id: c.id,
      kind: c.kind,
      about: c.about,
      reference: c.reference,
      articles: [...new Set(c.claims.map((claim) => claim.article))].map((id) => named(view.refOf.get(id)!)),
    }));
}

/** How each article of the caller's library stands in its disagreements, and which are copies of which. */
export async function getLibraryStandings(db: Db, caller: Caller, options: { includeRetired?: boolean } = {}): Promise<Map<string, ArticleStandingDto>> {
  return standingsIn(await getLibraryView(db, caller, options));
}

/** The standings of a library view already loaded. */
export function standingsIn(view: LibraryView): Map<string, ArticleStandingDto> {
  const name = (id: string) => named(view.refOf.get(id)!);
  return new Map(
    view.refs.map((ref) => {
      const copy = view.copies.find((l) => l.copy === ref.id);
      const standing = view.standings.get(ref.id) ?? { conflicts: 0, outvoted: 0, disagreesWithOthers: false };
      return [ref.id, { ...standing, article: named(ref), copyOf: copy ? name(copy.original) : null, originalOf: view.copies.filter((l) => l.original === ref.id).map((l) => name(l.copy)) }];
    }),
  );
}

/** One disagreement with each report's sentence, or null for a malformed id or one the caller may not see. */
export async function getConflict(db: Db, caller: Caller, id: unknown): Promise<ConflictDto | null> {
  const parsed = conflictIdSchema.safeParse(id);
  if (!parsed.success) return null;
  const view = await getLibraryView(db, caller);
  const conflict = view.conflicts.find((c) => c.id === parsed.data);
  if (!conflict) return null;
  const articleIds = [...new Set(conflict.claims.map((c) => c.article))];
  const [bodies, sentences] = await Promise.all([
    db.select({ id: articles.id, body: articles.body }).from(articles).where(inArray(articles.id, articleIds)),
    factSentences(db, conflict.claims.flatMap((c) => (c.factId ? [c.factId] : []))),
  ]);
  const copies = view.copies.filter((l) => articleIds.includes(l.copy) && articleIds.includes(l.original));
  return {
    id: conflict.id,
    kind: conflict.kind,
    about: conflict.about,
    reference: conflict.reference,
    claims: conflict.claims.map((claim) => {
      const body = bodies.find((b) => b.id === claim.article)?.body ?? '';
      const sentence = (claim.factId && sentences.get(claim.factId)) || sentenceAround(body, claim.start, claim.end);
      const range = { start: Math.min(sentence.start, claim.start), end: Math.max(sentence.end, claim.end) };
      return {
        ...named(view.refOf.get(claim.article)!),
        says: claim.says,
        sentence: body.slice(range.start, range.end),
        range,
        words: { start: claim.start - range.start, end: claim.end - range.start },
        copyRole: copies.some((l) => l.copy === claim.article) ? 'copy' : copies.some((l) => l.original === claim.article) ? 'original' : null,
      };
    }),
    copies: copies.map((l) => ({ copy: named(view.refOf.get(l.copy)!), original: named(view.refOf.get(l.original)!), basis: l.basis })),
  };
}

/** The sentence each fact was cited from, by fact id, whichever kind it is. */
async function factSentences(db: Db, ids: string[]): Promise<Map<string, Range>> {
  if (ids.length === 0) return new Map();
  const rows = await Promise.all(
    [quotes, meetings, figures].map((table) => db.select({ id: table.id, start: table.sentenceStart, end: table.sentenceEnd }).from(table).where(inArray(table.id, ids))),
  );
  return new Map(rows.flat().map((r) => [r.id, { start: r.start, end: r.end }]));
}
