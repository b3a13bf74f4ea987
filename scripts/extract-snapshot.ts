/**
 * Writes the whole output of `extractLibrary` for every article corpus (content/articles and each
 * tests/fixtures folder of articles, as one library per folder, and every article alone) to one JSON
 * file, so a change meant to be speed-only can be diffed against the output before it:
 *
 *   npx tsx scripts/extract-snapshot.ts /tmp/before.json && … && npx tsx scripts/extract-snapshot.ts /tmp/after.json
 *   cmp /tmp/before.json /tmp/after.json
 *
 * The blind sets (realnews-blind, realnews-blind2, retired-blind) are left out unless `--with-blind` is given.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { extractLibrary } from '@/lib/extract';
import { parseArticleFile } from '@/lib/extract/article-file';
import { readCuratedPeople } from '@/lib/cli/read-article-files';

/** Every folder under `root` (itself included) that holds .md or .txt articles, README files aside. */
function articleFolders(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    const entries = readdirSync(dir).sort();
    if (entries.some((f) => isArticle(f))) out.push(dir);
    for (const e of entries) if (statSync(path.join(dir, e)).isDirectory()) walk(path.join(dir, e));
  };
  walk(root);
  return out;
}

const BLIND = /(?:^|\/)(?:realnews-blind\d*|retired-blind)(?:\/|$)/;

const isArticle = (f: string) => /\.(md|txt)$/.test(f) && !/^(README|sources)\.md$/i.test(f);

function main() {
  const file = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? '/tmp/extract-snapshot.json';
  const curated = readCuratedPeople();
  // The blind sets are read only by their own tests (totals only); a snapshot diff would show their facts.
  const withBlind = process.argv.includes('--with-blind');
  const folders = [...articleFolders('content/articles'), ...articleFolders('tests/fixtures')].filter((d) => withBlind || !BLIND.test(d));
  const snapshot: Record<string, unknown> = {};
  let articles = 0;
  for (const dir of folders) {
    const inputs = readdirSync(dir).filter(isArticle).sort().map((f) => parseArticleFile(f, readFileSync(path.join(dir, f), 'utf8')));
    articles += inputs.length;
    snapshot[`library:${dir}`] = extractLibrary(inputs, { curated });
    for (const a of inputs) snapshot[`alone:${dir}/${a.id}`] = extractLibrary([a], { curated });
  }
  // The bench's library (the five articles copied to 1,000), cross-article step included, as a digest.
  const base = readdirSync('content/articles').filter(isArticle).sort().map((f) => parseArticleFile(f, readFileSync(path.join('content/articles', f), 'utf8')));
  const library = Array.from({ length: Math.ceil(1000 / base.length) }, (_, i) => base.map((a) => ({ ...a, id: `${a.id}-copy${i}` }))).flat();
  snapshot['bench-library-sha256'] = createHash('sha256').update(JSON.stringify(extractLibrary(library, { curated }))).digest('hex');
  writeFileSync(file, `${JSON.stringify(snapshot, null, 1)}\n`);
  console.log(`${articles} articles in ${folders.length} folders written to ${file}`);
}

main();
