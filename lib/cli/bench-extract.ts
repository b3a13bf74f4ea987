import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractLibrary } from '@/lib/extract';
import { parseArticleFile } from '@/lib/extract/article-file';
import type { ArticleInput } from '@/lib/extract/types';
import { readCuratedPeople } from './read-article-files';

const RUNS = 5;
const TARGET_ARTICLES = 1000;

/**
 * Extracts a library of at least 1,000 articles (the project's articles repeated under new ids)
 * and reports the median time of a few runs and the peak resident memory.
 */
export function benchExtract(dir = 'content/articles'): {
  articles: number;
  seconds: number;
  articlesPerSecond: number;
  peakRssMiB: number;
  /** Median CPU seconds of this process per run: fairer than wall time when the machine is busy. */
  cpuSeconds: number;
} {
  const base = readdirSync(dir).filter((f) => /\.(md|txt)$/.test(f)).sort()
    .map((f) => parseArticleFile(f, readFileSync(path.join(dir, f), 'utf8')));
  if (base.length === 0) throw new Error(`no articles in ${dir}`);
  const library: ArticleInput[] = [];
  for (let i = 0; library.length < TARGET_ARTICLES; i++) {
    for (const a of base) library.push({ ...a, id: `${a.id}-copy${i}` });
  }
  const curated = readCuratedPeople();
  let peak = process.memoryUsage().rss;
  const times: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    extractLibrary(library, { curated });
    const c1 = process.cpuUsage(c0);
    cpu.push((c1.user + c1.system) / 1e6);
    times.push((performance.now() - t0) / 1000);
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
