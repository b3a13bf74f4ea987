import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractLibrary } from '@/lib/extract';
import { parseArticleFile } from '@/lib/extract/article-file';
import type { ArticleFacts, ArticleInput } from '@/lib/extract/types';
import { readCuratedPeople } from './read-article-files';

const RUNS = 5;
const TARGET_ARTICLES = 1000;

/**
 * Extracts a library of at least 1,000 articles (the project's articles repeated under new ids)
 * and reports the median time of a few runs and the peak resident memory.
 *
 * Honest by construction: every copy gets its own id and its own copy of the body text (nothing
 * can be shared by string identity), each run extracts the whole library including the
 * cross-article step, and each run must find in every copy the quotes, meetings and figures its
 * original yields alone, so an extractor that skipped repeated articles fails instead of looking fast.
 */
export function benchExtract(dir = 'content/articles'): {
  articles: number;
  seconds: number;
  articlesPerSecond: number;
  peakRssMiB: number;
  /**
   * Median CPU seconds of this process per run: fairer than wall time when the machine is busy.
   * All threads count (V8 collects garbage on helper threads too), so it can exceed wall time.
   */
  cpuSeconds: number;
} {
  const base = readdirSync(dir).filter((f) => /\.(md|txt)$/.test(f)).sort()
    .map((f) => parseArticleFile(f, readFileSync(path.join(dir, f), 'utf8')));
  if (base.length === 0) throw new Error(`no articles in ${dir}`);
  const curated = readCuratedPeople();
  // What each article yields by itself (untimed): the count every copy must reproduce.
  const perArticle = new Map(extractLibrary(base, { curated }).articles.map((a) => [a.id, factCount(a)]));
  const library: ArticleInput[] = [];
  let expected = 0;
  for (let i = 0; library.length < TARGET_ARTICLES; i++) {
    // Buffer round trip: the same text in a string of its own, as if read from another file.
    for (const a of base) {
      library.push({ ...a, id: `${a.id}-copy${i}`, body: Buffer.from(a.body, 'utf8').toString('utf8') });
      expected += perArticle.get(a.id) ?? 0;
    }
  }
  let peak = process.memoryUsage().rss;
  const times: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const facts = extractLibrary(library, { curated });
    const c1 = process.cpuUsage(c0);
    times.push((performance.now() - t0) / 1000);
    const found = facts.articles.reduce((n, a) => n + factCount(a), 0);
    if (facts.articles.length !== library.length || found !== expected) {
      throw new Error(`run ${r + 1}: ${found} facts in ${facts.articles.length} articles, expected ${expected} in ${library.length}`);
    }
    cpu.push((c1.user + c1.system) / 1e6);
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const seconds = times[Math.floor(times.length / 2)] as number;
  return {
    articles: library.length,
    seconds: Math.round(seconds * 1000) / 1000,
    articlesPerSecond: Math.round(library.length / seconds),
    peakRssMiB: Math.round(peak / 1048576),
    cpuSeconds: Math.round((cpu[Math.floor(cpu.length / 2)] as number) * 1000) / 1000,
  };
}

/** Quotes, meetings and figures found in one article. */
function factCount(a: ArticleFacts): number {
  return a.quotes.length + a.meetings.length + a.figures.length;
}
