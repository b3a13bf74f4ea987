/** A disagreement between reports, as far as marking the library needs it. */
export interface ConflictSides {
  id: string;
  claims: { article: string; says: string }[];
  /** What a curated list gives for the disputed thing, when it gives one. */
  reference: string | null;
}

export interface ArticleStanding {
  /** Disagreements the article takes part in. */
  conflicts: number;
  /** Of those, the ones where its claim is not what the other reports (or the curated list) say. */
  outvoted: number;
  /** The article that disagrees with the others: outvoted often, and far more than any report it disputes. */
  disagreesWithOthers: boolean;
}

const norm = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The articles whose claim in one conflict stands alone: against the curated list, or not the majority. */
function outvotedIn(conflict: ConflictSides): Set<string> {
  if (conflict.reference) {
    const reference = norm(conflict.reference);
    return new Set(conflict.claims.filter((c) => norm(c.says) !== reference).map((c) => c.article));
  }
  const articlesBySays = new Map<string, Set<string>>();
  for (const c of conflict.claims) articlesBySays.set(norm(c.says), (articlesBySays.get(norm(c.says)) ?? new Set()).add(c.article));
  const sizes = [...articlesBySays.values()].map((s) => s.size);
  const top = Math.max(...sizes);
  // A tie has no majority: every side stands alone.
  const majority = sizes.filter((n) => n === top).length === 1 ? [...articlesBySays.values()].find((s) => s.size === top)! : new Set<string>();
  return new Set(conflict.claims.map((c) => c.article).filter((a) => !majority.has(a)));
}

const MIN_OUTVOTED = 3;

/**
 * How each article stands in the library's disagreements. An article "disagrees with the others" when it
 * is outvoted in at least three disagreements and at least twice as often as every report it disputes:
 * one garbled copy among faithful reports, not two reports that simply differ.
 *
 * @example
 * articleStandings([{ id: 'c1', claims: [{ article: 'a', says: 'Blinken' }, { article: 'b', says: 'Putin' }], reference: null }])
 * // Map { 'a' => { conflicts: 1, outvoted: 1, disagreesWithOthers: false }, 'b' => { … } }
 */
export function articleStandings(conflicts: readonly ConflictSides[]): Map<string, ArticleStanding> {
  const standings = new Map<string, ArticleStanding>();
  const disputes = new Map<string, Set<string>>();
  for (const conflict of conflicts) {
    const articles = new Set(conflict.claims.map((c) => c.article));
    const outvoted = outvotedIn(conflict);
    for (const article of articles) {
      const s = standings.get(article) ?? { conflicts: 0, outvoted: 0, disagreesWithOthers: false };
      standings.set(article, { ...s, conflicts: s.conflicts + 1, outvoted: s.outvoted + (outvoted.has(article) ? 1 : 0) });
      for (const other of articles) if (other !== article) disputes.set(article, (disputes.get(article) ?? new Set()).add(other));
    }
  }
  for (const [article, s] of standings) {
    const rivals = [...(disputes.get(article) ?? [])].map((other) => standings.get(other)?.outvoted ?? 0);
    s.disagreesWithOthers = s.outvoted >= MIN_OUTVOTED && rivals.every((n) => s.outvoted >= 2 * n);
  }
  return standings;
}

export interface CopyLink {
  copy: string;
  original: string;
  /** 'recorded': the library stores it (articles.duplicateOf); 'inferred': same headline, and the copy is the one that disagrees. */
  basis: 'recorded' | 'inferred';
}

/**
 * Which article is a copy of which. The library's own record comes first; without one, two articles with
 * the same headline that dispute each other are the same story, and the one that disagrees with the other
 * reports is the copy.
 */
export function copyLinks(
  articles: readonly { id: string; title: string; duplicateOf: string | null }[],
  standings: ReadonlyMap<string, ArticleStanding>,
): CopyLink[] {
  const links: CopyLink[] = articles
    .filter((a) => a.duplicateOf && articles.some((o) => o.id === a.duplicateOf))
    .map((a) => ({ copy: a.id, original: a.duplicateOf!, basis: 'recorded' }));
  const linked = new Set(links.flatMap((l) => [l.copy, l.original]));
  for (const copy of articles) {
    if (linked.has(copy.id) || !standings.get(copy.id)?.disagreesWithOthers) continue;
    const original = articles.find((o) => o.id !== copy.id && !linked.has(o.id) && norm(o.title) === norm(copy.title) && !standings.get(o.id)?.disagreesWithOthers);
    if (!original) continue;
    links.push({ copy: copy.id, original: original.id, basis: 'inferred' });
    linked.add(copy.id).add(original.id);
  }
  return links;
}

/**
 * Headlines a reader can tell apart: where two articles share one, the copy and the original say so, and
 * any other twin gets a number.
 *
 * @example
 * articleLabels([{ id: 'a', title: 'T' }, { id: 'b', title: 'T' }], [{ copy: 'b', original: 'a', basis: 'inferred' }])
 * // Map { 'a' => 'T (original)', 'b' => 'T (copy)' }
 */
export function articleLabels(articles: readonly { id: string; title: string }[], links: readonly CopyLink[]): Map<string, string> {
  const labels = new Map<string, string>();
  for (const article of articles) {
    const twins = articles.filter((o) => norm(o.title) === norm(article.title));
    if (twins.length === 1) labels.set(article.id, article.title);
    else if (links.some((l) => l.copy === article.id)) labels.set(article.id, `${article.title} (copy)`);
    else if (links.some((l) => l.original === article.id)) labels.set(article.id, `${article.title} (original)`);
    else labels.set(article.id, `${article.title} (${twins.indexOf(article) + 1})`);
  }
  return labels;
}
