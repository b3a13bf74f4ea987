import { readFileSync, statSync } from 'node:fs';
import { parseArticleFile } from '@/lib/extract/article-file';
import type { ArticleInput } from '@/lib/extract/types';

/** Largest file the CLIs read; anything bigger is not an article. */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

export interface ReadResult {
  articles: ArticleInput[];
  /** Files that could not be read, with a readable reason (already worded for stderr). */
  errors: { file: string; message: string }[];
  /** Ids of files that were read but are empty. */
  empty: { file: string; id: string }[];
}

/**
 * Reads article files from disk for the command-line tools: never throws; unreadable, binary
 * and empty files come back as errors with a message for stderr.
 */
export function readArticleFiles(files: string[]): ReadResult {
  const result: ReadResult = { articles: [], errors: [], empty: [] };
  for (const file of files) {
    try {
      const size = statSync(file).size;
      if (size > MAX_FILE_BYTES) throw new Error(`${file}: too large (${size} bytes) to be an article`);
      const text = readFileSync(file, 'utf8');
      const article = parseArticleFile(file, text);
      if (!article.body.trim()) {
        result.empty.push({ file, id: article.id });
        result.errors.push({ file, message: `${file}: empty file, nothing to extract` });
        continue;
      }
      result.articles.push(article);
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      const message = err.code === 'ENOENT' ? `${file}: no such file` : err.code === 'EISDIR' ? `${file}: is a directory` : err.message;
      result.errors.push({ file, message });
    }
  }
  return result;
}

/** The curated spelling list, when present; the extractor works without it. */
export function readCuratedPeople(path = 'content/people.json') {
  try {
    const data: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return Array.isArray(data) ? (data as import('@/lib/extract/types').CuratedPerson[]) : [];
  } catch {
    return [];
  }
}
