/**
 * `npm run --silent generate -- FILE...`: reads article files, extracts facts, generates the
 * question bank and prints it as JSON. Source offsets are shifted by each article's `bodyStart`,
 * so they index the whole file (see ../shared/DESIGN.md).
 */
import { pathToFileURL } from 'node:url';
import { extractLibrary } from '@/lib/extract';
import type { ArticleInput } from '@/lib/extract/types';
import { generateBank } from '@/lib/generate';
import type { QuestionBank } from '@/lib/generate/types';
import { readArticleFiles, readCuratedPeople } from './read-article-files';

/** The bank with every source offset moved from body-relative to file-relative. */
export function toFileOffsets(bank: QuestionBank, articles: ArticleInput[]): QuestionBank {
  const shift = new Map(articles.map((a) => [a.id, a.bodyStart]));
  return {
    questions: bank.questions.map((q) => ({
      ...q,
      sources: q.sources.map((s) => ({ ...s, start: s.start + (shift.get(s.article) ?? 0), end: s.end + (shift.get(s.article) ?? 0) })),
    })),
  };
}

/** Runs extract + generate over files and returns the printable bank. */
export function generateFromFiles(files: string[], seed?: string): { bank: QuestionBank; errors: string[] } {
  const { articles, errors } = readArticleFiles(files);
  const facts = extractLibrary(articles, { curated: readCuratedPeople() });
  return { bank: toFileOffsets(generateBank(facts, articles, { seed }), articles), errors: errors.map((e) => e.message) };
}

function main(argv: string[]): number {
  const files = argv.filter((a) => !a.startsWith('--'));
  if (files.length === 0) {
    process.stderr.write('usage: npm run --silent generate -- FILE...\n');
    return 2;
  }
  const { bank, errors } = generateFromFiles(files);
  for (const e of errors) process.stderr.write(`generate: ${e}\n`);
  process.stdout.write(`${JSON.stringify(bank, null, 2)}\n`);
  // Unreadable files are reported and skipped; the exit code tells scripts that something was.
  return errors.length > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
