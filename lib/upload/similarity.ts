/**
 * Near-copy detection between articles. A machine rewrite of a story swaps many words but keeps a good share
 * of its word pairs ("Secretary of State", "the United States"): the share of the shorter text's word pairs
 * that the other text also has separates a rewrite (about 0.4 for the library's 003 and 004) from other
 * stories on the same topic (0.15 or less).
 */

/** At or above this share of shared word pairs, an article is treated as a copy of the other. */
export const NEAR_COPY_THRESHOLD = 0.3;

/** The set of adjacent word pairs of a text, lower-cased, accents and punctuation dropped. */
export function wordPairs(text: string): Set<string> {
  const words = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9\s]/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 2);
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) pairs.add(`${words[i]} ${words[i + 1]}`);
  return pairs;
}

/**
 * How much of the shorter text the other contains, 0–1.
 *
 * @example
 * pairContainment(wordPairs('the talks began in geneva on monday'), wordPairs('talks began in geneva on monday morning')) // 1
 */
export function pairContainment(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const pair of small) if (large.has(pair)) shared++;
  return shared / small.size;
}

export interface NearCopy {
  id: string;
  similarity: number;
}

/**
 * The library article a text most resembles, when it is a near-copy; null otherwise.
 *
 * @example
 * findNearCopy('text…', [{ id: '003', body: 'text…' }]) // { id: '003', similarity: 1 }
 */
export function findNearCopy(body: string, library: readonly { id: string; body: string }[]): NearCopy | null {
  const pairs = wordPairs(body);
  let best: NearCopy | null = null;
  for (const article of library) {
    const similarity = pairContainment(pairs, wordPairs(article.body));
    if (similarity >= NEAR_COPY_THRESHOLD && (!best || similarity > best.similarity)) best = { id: article.id, similarity };
  }
  return best;
}

/**
 * For a library in the order its articles arrived, which article each later near-copy copies: the first
 * one of a pair is the original.
 *
 * @example
 * markNearCopies([{ id: '003', body: s }, { id: '004', body: s }]) // Map { '004' => { id: '003', similarity: 1 } }
 */
export function markNearCopies(articles: readonly { id: string; body: string }[]): Map<string, NearCopy> {
  const pairs = articles.map((a) => wordPairs(a.body));
  const copies = new Map<string, NearCopy>();
  articles.forEach((article, i) => {
    for (let j = 0; j < i; j++) {
      if (copies.has(articles[j]!.id)) continue;
      const similarity = pairContainment(pairs[i]!, pairs[j]!);
      const current = copies.get(article.id);
      if (similarity >= NEAR_COPY_THRESHOLD && (!current || similarity > current.similarity)) copies.set(article.id, { id: articles[j]!.id, similarity });
    }
  });
  return copies;
}
