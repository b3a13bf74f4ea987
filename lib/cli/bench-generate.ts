/**
 * Generation speed on a library of ≥1,000 articles: the five project articles, or those and the
 * unseen news fixtures, repeated under new ids. Extraction is timed separately (and reported by bench-extract); this reports generation only.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { extractLibrary } from '@/lib/extract';
import type { ArticleInput } from '@/lib/extract/types';
import { generateBank } from '@/lib/generate';
import { readArticleFiles, readCuratedPeople } from './read-article-files';

const TARGET_ARTICLES = 1000;
const RUNS = 3;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/** The five project articles, and 12 unseen news stories in other domains (denser in money and figures). */
export const LIBRARIES = {
  project: ['content/articles'],
  mixed: ['content/articles', 'tests/fixtures/unseen'],
} as const;

/** The articles of `dirs` repeated under new ids until the library has `count` articles. */
export function repeatedLibrary(dirs: readonly string[], count = TARGET_ARTICLES): ArticleInput[] {
  const base = dirs.flatMap((d) => {
    const dir = path.join(process.cwd(), d);
    return readArticleFiles(readdirSync(dir).filter((f) => /\.(md|txt)$/.test(f)).sort().map((f) => path.join(dir, f))).articles;
  });
  return Array.from({ length: count }, (_, i) => {
    const a = base[i % base.length] as ArticleInput;
    return { ...a, id: `${a.id}-copy${String(Math.floor(i / base.length)).padStart(4, '0')}` };
  });
}

export function benchGenerate(dirs: readonly string[] = LIBRARIES.project): { articles: number; seconds: number; questions: number; extractSeconds: number } {
  const articles = repeatedLibrary(dirs);
  const t0 = performance.now();
  const facts = extractLibrary(articles, { curated: readCuratedPeople() });
  const extractSeconds = (performance.now() - t0) / 1000;
  const times: number[] = [];
  let questions = 0;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    questions = generateBank(facts, articles).questions.length;
    times.push((performance.now() - start) / 1000);
  }
  return { articles: articles.length, seconds: median(times), questions, extractSeconds };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = benchGenerate();
  console.table([{ articles: r.articles, 'extract s (once)': r.extractSeconds.toFixed(3), 'generate s (median)': r.seconds.toFixed(3), questions: r.questions, target: '< 5 s' }]);
}
