import { and, asc, isNull, type SQL } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { articles, conflicts } from '@/db/schema';
import { articleLabels, articleStandings, copyLinks, type ArticleStanding, type CopyLink } from '@/lib/reader/disagreements';
import type { Caller } from './caller';
import { articleVisibleTo } from './visibility';

/** Readable and still in the library: a retired article opens from a learner's history but is not listed. */
function listedFor(db: Db, caller: Caller): SQL {
  return and(articleVisibleTo(db, caller), isNull(articles.retiredAt))!;
}

/** An article as other pages name and link it. */
export interface ArticleRef {
  id: string;
  slug: string;
  title: string;
  /** The headline, told apart from another article's identical one ("… (copy)", "… (original)"). */
  label: string;
}

type ConflictRow = typeof conflicts.$inferSelect;

/** What the caller's library looks like as a whole: its articles, its disagreements, and who copies whom. */
export interface LibraryView {
  refs: ArticleRef[];
  refOf: Map<string, ArticleRef>;
  /** Disagreements the caller may see, with only the claims in articles they read. */
  conflicts: ConflictRow[];
  standings: Map<string, ArticleStanding>;
  copies: CopyLink[];
}

/** The order disagreements are listed in: the ones that change who, when and how many first. */
const KIND_ORDER: ConflictRow['kind'][] = ['speaker', 'date', 'title', 'value', 'status', 'place', 'wording', 'name'];

/**
 * The caller's library: listed articles (or every visible one with `includeRetired`, for a learner's
 * history), the disagreements between them (two claims in articles they read, or one against the
 * curated list), how each article stands in them, and which copies which.
 */
export async function getLibraryView(db: Db, caller: Caller, options: { includeRetired?: boolean } = {}): Promise<LibraryView> {
  const rows = await db
    .select({ id: articles.id, slug: articles.slug, title: articles.title, duplicateOf: articles.duplicateOf })
    .from(articles)
    .where(options.includeRetired ? articleVisibleTo(db, caller) : listedFor(db, caller))
    .orderBy(asc(articles.id));
  const visible = new Set(rows.map((r) => r.id));
  const all = rows.length ? await db.select().from(conflicts) : [];
  const shown = all.flatMap((c) => {
    const claims = c.claims.filter((claim) => visible.has(claim.article));
    return claims.length >= 2 || (claims.length === 1 && c.reference) ? [{ ...c, claims }] : [];
  });
  shown.sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.about.localeCompare(b.about));
  const standings = articleStandings(shown);
  const copies = copyLinks(rows, standings);
  const labels = articleLabels(rows, copies);
  const refs = rows.map((r) => ({ id: r.id, slug: r.slug, title: r.title, label: labels.get(r.id) ?? r.title }));
  return { refs, refOf: new Map(refs.map((r) => [r.id, r])), conflicts: shown, standings, copies };
}

/** The person each participant name is, matched by name or alias. */
export function participantsOf(names: readonly string[], persons: readonly { id: string; name: string; aliases: string[] }[]) {
  return names.map((name) => ({ name, personId: persons.find((p) => p.name === name || p.aliases.includes(name))?.id ?? null }));
}
