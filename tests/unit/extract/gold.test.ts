import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { goldPath, libraryFacts, loadArticles } from './helpers';

interface GoldQuote { snippet: string; speaker: string; anonymous?: boolean; mustNotContain?: string }
const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as {
  articles: Record<string, GoldQuote[]>;
  fragments: Record<string, GoldQuote[]>;
};

const squash = (s: string) => s.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ');
const sameSpeaker = (got: string | null, want: GoldQuote) =>
  got !== null && (want.anonymous ? squash(got).includes(squash(want.speaker).replace(/^an? /, '')) : got === want.speaker);

describe('quotations on the five articles, against the hand-annotated gold file', () => {
  const lib = libraryFacts();
  const quotesOf = (id: string) => lib.articles.find((a) => a.id === id)?.quotes ?? [];

  it('finds every gold quotation with the right speaker (recall 100%)', () => {
    let hits = 0;
    let total = 0;
    const misses: string[] = [];
    for (const [id, list] of Object.entries(gold.articles)) {
      for (const g of list) {
        total++;
        const q = quotesOf(id).find((x) => squash(x.text).includes(squash(g.snippet)));
        if (q && sameSpeaker(q.speaker, g) && !(g.mustNotContain && q.text.includes(g.mustNotContain))) hits++;
        else misses.push(`${id}: “${g.snippet}” → ${q ? q.speaker : 'not found'}`);
      }
    }
    const extracted = lib.articles.flatMap((a) => a.quotes.filter((q) => !q.isFragment)).length;
    console.log(`gold quotes: recall ${hits}/${total}; non-fragment quotes extracted: ${extracted}; precision (extracted quotes that match a gold quote): ${
      lib.articles.flatMap((a) => a.quotes.filter((q) => !q.isFragment).filter((q) => (gold.articles[a.id] ?? []).some((g) => squash(q.text).includes(squash(g.snippet)) || squash(g.snippet).includes(squash(q.text))))).length}/${extracted}`);
    expect(misses).toEqual([]);
  });

  it('gives no quotation, fragment or not, a speaker that contradicts the gold file', () => {
    const wrong: string[] = [];
    for (const source of [gold.articles, gold.fragments]) {
      for (const [id, list] of Object.entries(source)) {
        for (const q of quotesOf(id)) {
          const g = list.find((x) => squash(q.text).includes(squash(x.snippet)));
          if (g && q.speaker !== null && !sameSpeaker(q.speaker, g)) wrong.push(`${id}: “${q.text.slice(0, 50)}” → ${q.speaker}, gold ${g.speaker}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('offsets point at the quoted words in the body', () => {
    const bodies = new Map(loadArticles().map((a) => [a.id, a.body]));
    for (const a of lib.articles) {
      for (const q of a.quotes) {
        const slice = bodies.get(a.id)?.slice(q.start, q.end) ?? '';
        expect(squash(slice)).toContain(squash(q.text).split(' ').slice(0, 3).join(' '));
      }
    }
  });
});
