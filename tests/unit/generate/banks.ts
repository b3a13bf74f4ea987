/** The banks the property tests run over: the real extraction of the five articles, and the hand-built fixture. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { extractLibrary } from '@/lib/extract';
import type { ArticleInput, LibraryFacts } from '@/lib/extract/types';
import { isArticleFile } from '@/lib/cli/review-sample';
import { readArticleFiles, readCuratedPeople } from '@/lib/cli/read-article-files';
import { articles as sampleArticles, factsSample } from '@/tests/fixtures/facts-sample';

export interface BankInput {
  name: string;
  facts: LibraryFacts;
  articles: ArticleInput[];
}

const root = path.join(import.meta.dirname, '../../..');

/** The five project articles through the real extractor, as `npm run generate` sees them. */
export function realLibrary(): BankInput {
  const dir = path.join(root, 'content/articles');
  const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort().map((f) => path.join(dir, f));
  const { articles } = readArticleFiles(files);
  const facts = extractLibrary(articles, { curated: readCuratedPeople(path.join(root, 'content/people.json')) });
  return { name: 'five articles, real extraction', facts, articles };
}

/** The five articles and the 65 openly licensed news articles of the development corpus. */
export function newsLibrary(): BankInput {
  const dirs = [path.join(root, 'content/articles'), path.join(root, 'tests/fixtures/realnews-dev')];
  const files = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.md')).sort().map((f) => path.join(d, f)).filter(isArticleFile));
  const { articles } = readArticleFiles(files);
  const facts = extractLibrary(articles, { curated: readCuratedPeople(path.join(root, 'content/people.json')) });
  return { name: 'five articles and 65 news articles, real extraction', facts, articles };
}

/**
 * The articles of some folders (relative to the repository) through the real extractor, as `npm run generate`
 * sees them, with the files read: the libraries the per-round class tests draw their banks from.
 */
export function folderLibrary(folders: readonly string[]): BankInput & { files: string[] } {
  const files = folders.flatMap((d) => readdirSync(path.join(root, d)).filter((f) => /\.(?:md|txt)$/.test(f)).sort().map((f) => path.join(root, d, f)).filter(isArticleFile));
  const { articles } = readArticleFiles(files);
  const facts = extractLibrary(articles, { curated: readCuratedPeople(path.join(root, 'content/people.json')) });
  return { name: folders.join(' + '), facts, articles, files };
}

export function banks(): BankInput[] {
  return [realLibrary(), { name: 'hand-built fixture', facts: factsSample, articles: sampleArticles }];
}
