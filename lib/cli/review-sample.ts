/**
 * `npm run review:sample -- --seed S --per-kind N [--out FILE] FILE...`: writes a review sheet (Markdown)
 * with a seeded sample of the bank per kind, for a teacher or a blind helper to judge.
 *
 * `npm run review:sample -- --record SHEET.md --into tests/fixtures/question-review/NAME.json [--reviewer WHO] [--blind]`:
 * reads the filled-in verdicts back into a verdict file (merged with what it holds) and prints the share
 * signable as is. The regression test (tests/unit/generate/question-review.test.ts) rebuilds each
 * verdict file's library and fails when a question once sent back returns in the same form.
 *
 * `npm run --silent review:sample -- --why [--out FILE] FILE...`: why each extracted fact is or is not asked (see why.ts).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractLibrary } from '@/lib/extract';
import { generateBank } from '@/lib/generate';
import { buildContext } from '@/lib/generate/context';
import { readArticleFiles, readCuratedPeople } from './read-article-files';
import { renderTrace, traceLibrary } from './why';
import { parseSheet, renderSheet, sampleByKind, summarise, type Verdict, type VerdictFile } from './review-format';

interface Args {
  seed: string;
  perKind: number;
  out: string | null;
  record: string | null;
  into: string | null;
  reviewer: string;
  blind: boolean;
  why: boolean;
  files: string[];
}

function parseArgs(argv: string[]): Args {
  const args: Args = { seed: 'review', perKind: 5, out: null, record: null, into: null, reviewer: 'unknown', blind: false, why: false, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const next = () => argv[++i] ?? '';
    if (a === '--seed') args.seed = next();
    else if (a === '--per-kind') args.perKind = Number(next());
    else if (a === '--out') args.out = next();
    else if (a === '--record') args.record = next();
    else if (a === '--into') args.into = next();
    else if (a === '--reviewer') args.reviewer = next();
    else if (a === '--blind') args.blind = true;
    else if (a === '--why') args.why = true;
    else args.files.push(a);
  }
  return args;
}

/**
 * Whether a file is an article: a `.md` with front matter or a `.txt`, not a corpus's notes (a JSON gold
 * file, a `# Sources` table).
 */
export function isArticleFile(file: string): boolean {
  if (/\.txt$/i.test(file)) return true;
  if (!/\.md$/i.test(file)) return false;
  try {
    return readFileSync(file, 'utf8').startsWith('---');
  } catch {
    return true;
  }
}

/** Loads a verdict file, or an empty one. */
export function readVerdictFile(file: string): VerdictFile | null {
  if (!existsSync(file)) return null;
  return JSON.parse(readFileSync(file, 'utf8')) as VerdictFile;
}

function formatSummary(verdicts: Record<string, Verdict>): string {
  const s = summarise(verdicts);
  const pct = (a: number, b: number) => (b ? `${Math.round((100 * a) / b)}%` : '–');
  const lines = [`signable as is: ${s.signed}/${s.total} (${pct(s.signed, s.total)})`];
  for (const [kind, k] of Object.entries(s.byKind)) lines.push(`  ${kind.padEnd(15)} ${k.signed}/${k.total}`);
  if (Object.keys(s.defects).length) lines.push(`defects: ${Object.entries(s.defects).map(([d, n]) => `${d} ${n}`).join(', ')}`);
  return lines.join('\n');
}

function record(args: Args): number {
  if (!args.record || !args.into) {
    process.stderr.write('usage: npm run review:sample -- --record SHEET.md --into FILE.json [--reviewer WHO] [--blind]\n');
    return 2;
  }
  const parsed = parseSheet(readFileSync(args.record, 'utf8'));
  const existing = readVerdictFile(args.into);
  const file: VerdictFile = {
    library: parsed.library.length ? parsed.library : existing?.library ?? [],
    seed: parsed.seed || existing?.seed || '',
    reviewer: args.reviewer !== 'unknown' ? args.reviewer : existing?.reviewer ?? 'unknown',
    blind: args.blind || (existing?.blind ?? false),
    verdicts: { ...(existing?.verdicts ?? {}), ...parsed.verdicts },
  };
  writeFileSync(args.into, `${JSON.stringify(file, null, 2)}\n`);
  process.stdout.write(`${Object.keys(parsed.verdicts).length} verdicts read from ${args.record} into ${args.into}\n${formatSummary(parsed.verdicts)}\n`);
  return 0;
}

function sample(args: Args): number {
  if (args.files.length === 0 || !(args.perKind > 0)) {
    process.stderr.write('usage: npm run review:sample -- --seed S --per-kind N [--out FILE] FILE...\n');
    return 2;
  }
  // A corpus folder also holds its notes (sources.md, gold.json): only articles go into the bank.
  const files = args.files.filter(isArticleFile);
  for (const f of args.files.filter((x) => !files.includes(x))) process.stderr.write(`review: ${f}: not an article, left out\n`);
  const { articles, errors } = readArticleFiles(files);
  for (const e of errors) process.stderr.write(`review: ${e.message}\n`);
  const facts = extractLibrary(articles, { curated: readCuratedPeople() });
  if (args.why) {
    const report = renderTrace(traceLibrary(facts, articles), args.files.join(' '));
    if (args.out) writeFileSync(args.out, report);
    else process.stdout.write(report);
    return errors.length > 0 ? 1 : 0;
  }
  const bank = generateBank(facts, articles);
  const ctx = buildContext(facts, articles, 'cited');
  const picked = sampleByKind(bank.questions, args.seed, args.perKind);
  const library = files.map((f) => path.relative(process.cwd(), path.resolve(f)));
  const sheet = renderSheet(ctx, picked, { seed: args.seed, perKind: args.perKind, files: library, total: bank.questions.length });
  const out = args.out ?? `review-${args.seed}.md`;
  writeFileSync(out, sheet);
  process.stderr.write(`review: ${picked.length} questions (of ${bank.questions.length}) written to ${out}\n`);
  return errors.length > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = parseArgs(process.argv.slice(2));
  process.exitCode = args.record ? record(args) : sample(args);
}
