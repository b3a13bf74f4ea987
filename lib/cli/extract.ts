/**
 * `npm run --silent extract -- FILE...`: prints the facts of article files as one JSON document
 * (shape in ../shared/DESIGN.md), offsets shifted by `bodyStart` so they index the whole file.
 */
import { extractLibrary } from '@/lib/extract';
import { readArticleFiles, readCuratedPeople } from './read-article-files';

function main(): number {
  const files = process.argv.slice(2).filter((a) => a !== '--');
  if (files.length === 0) {
    process.stderr.write('usage: npm run --silent extract -- FILE.md|FILE.txt ...\n');
    return 2;
  }
  const { articles, errors, empty } = readArticleFiles(files);
  for (const e of errors) process.stderr.write(`extract: ${e.message}\n`);
  const lib = extractLibrary(articles, { curated: readCuratedPeople() });
  const shift = new Map(articles.map((a) => [a.id, a.bodyStart]));
  const at = (id: string, n: number) => n + (shift.get(id) ?? 0);
  const out = {
    articles: [
      ...lib.articles.map((a) => ({
        id: a.id,
        title: a.title,
        quotes: a.quotes.map((q) => ({
          text: q.text, speaker: q.speaker, start: at(a.id, q.start), end: at(a.id, q.end), method: q.method, pass: q.pass ?? null,
          speakerSpan: q.speakerSpan ? { start: at(a.id, q.speakerSpan.start), end: at(a.id, q.speakerSpan.end) } : null,
          isFragment: q.isFragment, supportedBy: q.supportedBy, conflictIds: q.conflictIds, id: q.id,
        })),
        meetings: a.meetings.map((m) => ({
          what: m.what, place: m.place, when: m.when, date: m.date, type: m.type, participants: m.participants, order: m.order,
          start: at(a.id, m.start), end: at(a.id, m.end), supportedBy: m.supportedBy, conflictIds: m.conflictIds, id: m.id,
        })),
        figures: a.figures.map((f) => ({
          value: f.value, unit: f.unit, about: f.about, raw: f.raw, qualifier: f.qualifier, claimant: f.claimant, status: f.status,
          start: at(a.id, f.start), end: at(a.id, f.end), valueStart: at(a.id, f.valueStart), valueEnd: at(a.id, f.valueEnd),
          supportedBy: f.supportedBy, conflictIds: f.conflictIds, id: f.id,
        })),
      })),
      ...empty.map((e) => ({ id: e.id, title: '', quotes: [], meetings: [], figures: [] })),
    ],
    conflicts: lib.conflicts.map((c) => ({
      id: c.id, kind: c.kind, about: c.about,
      claims: c.claims.map((x) => ({ ...x, start: at(x.article, x.start), end: at(x.article, x.end) })),
      ...(c.reference ? { reference: c.reference } : {}),
    })),
    people: lib.people,
    clusters: lib.clusters,
  };
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  return articles.length === 0 && empty.length === 0 ? 1 : 0;
}

process.exitCode = main();
