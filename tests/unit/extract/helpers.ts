import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { extractLibrary, parseArticleFile, type ArticleInput, type CuratedPerson, type LibraryFacts } from '@/lib/extract';

const root = path.resolve(import.meta.dirname, '../../..');

export function loadArticles(): ArticleInput[] {
  const dir = path.join(root, 'content/articles');
  return readdirSync(dir).filter((f) => f.endsWith('.md')).sort().map((f) => parseArticleFile(f, readFileSync(path.join(dir, f), 'utf8')));
}

export function loadCurated(): CuratedPerson[] {
  return JSON.parse(readFileSync(path.join(root, 'content/people.json'), 'utf8')) as CuratedPerson[];
}

let cached: LibraryFacts | null = null;
/** The five articles extracted once, with the curated spelling list. */
export function libraryFacts(): LibraryFacts {
  cached ??= extractLibrary(loadArticles(), { curated: loadCurated() });
  return cached;
}

/** Extracts one invented article. */
export function one(body: string, title = 'Test article') {
  const lib = extractLibrary([{ id: 't', title, body, bodyStart: 0 }]);
  return { lib, article: lib.articles[0]! };
}

export const goldPath = path.join(root, 'tests/fixtures/gold-quotes.json');
