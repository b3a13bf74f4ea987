import { analyzeArticleWithoutTokens, articleTokens, type AnalyzedArticle } from './analyze';
import { accordingToIn } from './according-to';
import { figureClaimant, type SentenceAttribution } from './claims';
import { crossReference, reportYears } from './cross';
import { extractFigures } from './figures';
import { stableId, normalizeWords } from './ids';
import { documentMeeting, followedMeeting, headerGathering, titleMeeting, withHeaderPlace } from './meetings/document';
import { courtRecordMeeting } from './meetings/court-record';
import { articleSetting } from './meetings/setting';
import { extractMeetings } from './meetings';
import type { Mention } from './mentions';
import { buildPeople, type NameSighting } from './people';
import { lowerBound } from './sorted';
import { extractQuotes, type Entity, type RawQuote } from './attribution';
import type { ArticleFacts, ArticleInput, CuratedPerson, Figure, LibraryFacts, Meeting, Quote, Span } from './types';

export * from './types';
export { parseArticleFile } from './article-file';

function speakerName(e: Entity | null | undefined): string | null {
  if (!e) return null;
  return e.kind === 'person' ? e.person.name : e.text;
}

/**
 * Extracts quotations, meetings, figures and people from a library of articles, then clusters the
 * same facts across articles and reports where sources disagree. Pure: text in, data out.
 *
 * @example
 * const facts = extractLibrary([{ id: 'a', title: 'T', body: '“We are ready to talk,” Jane Doe said.', bodyStart: 0 }]);
 * facts.articles[0]?.quotes[0]?.speaker // 'Jane Doe'
 */
export function extractLibrary(articles: ArticleInput[], options: { curated?: CuratedPerson[] } = {}): LibraryFacts {
  // Tokens are read again per article below rather than held for the whole library at once.
  const analyzed = articles.map(analyzeArticleWithoutTokens);
  const people = buildPeople(analyzed.flatMap(nameSightings), options.curated ?? []);
  const out: ArticleFacts[] = analyzed.map((a) => {
    const id = a.article.id;
    const body = a.article.body;
    const doc = { articleId: id, body, paragraphs: a.paragraphs, sentences: a.sentences, quotes: a.quoteSpans, mentions: a.mentions, tokens: articleTokens(a), title: a.article.title };
    const { quotes: raw, attributions } = extractQuotes(doc, people);
    const seen = new Map<string, number>();
    const uniq = (base: string) => {
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      return n ? `${base}-${n}` : base;
    };
    const quotes: Quote[] = raw.map((q) => {
      const e = q.speaker;
      return {
        kind: 'quote',
        id: uniq(stableId('quote', id, normalizeWords(q.text).join(' '))),
        articleId: id,
        sentence: q.sentence,
        supportedBy: [id],
        conflictIds: [],
        text: q.text,
        start: q.start,
        end: q.end,
        speaker: speakerName(e),
        speakerId: e?.kind === 'person' ? e.person.id : null,
        method: q.method,
        pass: q.pass,
        speakerSpan: q.speakerSpan,
        isFragment: q.isFragment,
      };
    });
    const personsIn = (start: number, end: number) => {
      const names: string[] = [];
      for (let i = lowerBound(a.mentions, start, (m) => m.start); i < a.mentions.length && (a.mentions[i] as Mention).start < end; i++) {
        const m = a.mentions[i] as Mention;
        if (m.kind !== 'person' || m.end > end || m.isNested) continue;
        const p = people.resolve(id, m);
        if (p && !names.includes(p.name)) names.push(p.name);
      }
      return names;
    };
    const setting = articleSetting(a);
    const inSentences = extractMeetings(a, personsIn, setting, doc.tokens);
    const recorded = withHeaderPlace(documentMeeting(a, setting) ?? courtRecordMeeting(a), inSentences);
    const titled = recorded ? followedMeeting(a, recorded, inSentences) : titleMeeting(a, setting, inSentences);
    const told = [...(recorded ? [recorded] : []), ...inSentences, ...(titled ? [titled] : [])];
    const gathering = headerGathering(a, setting, told);
    // The meeting a transcript records comes first: its header opens the article.
    const meetings: Meeting[] = [...told, ...(gathering ? [gathering] : [])].map((m) => ({
      kind: 'meeting',
      id: uniq(stableId('meeting', id, m.what, m.place ?? '', m.when ?? '')),
      articleId: id,
      supportedBy: [id],
      conflictIds: [],
      ...m,
    }));
    const figures: Figure[] = extractFigures(a, doc.tokens).map((f) => ({
      kind: 'figure',
      id: uniq(stableId('figure', id, String(f.value), f.unit, f.about)),
      articleId: id,
      supportedBy: [id],
      conflictIds: [],
      ...f,
      claimant: claimantOf(body, f.sentence, f.valueStart, raw, attributions),
      start: f.sentence.start,
      end: f.sentence.end,
    }));
    return { id, title: a.article.title, quotes, meetings, figures };
  });
  const bodies = new Map(analyzed.map((a) => [a.article.id, a.article.body]));
  const { clusters, conflicts } = crossReference(out, bodies, reportYears(analyzed.map((a) => a.article), out));
  const peopleConflicts = people.conflicts();
  return { articles: out, people: people.people, clusters, conflicts: [...conflicts, ...peopleConflicts] };
}

/** Every name mention of an article, lone words with whether the article shows them to be a person. */
function nameSightings(a: AnalyzedArticle): NameSighting[] {
  const out: NameSighting[] = [];
  for (const mention of a.mentions) {
    if (mention.kind === 'person') out.push({ articleId: a.article.id, mention, isPersonEvidence: mention.showsPerson === true });
  }
  return out;
}

/**
 * Who a figure is claimed by: the quotation or attribution that governs it (see figureClaimant),
 * with "according to official figures" read as written when no person is named there.
 */
function claimantOf(body: string, sentence: Span, valueStart: number, quotes: RawQuote[], attributions: SentenceAttribution<Entity>[]): string | null {
  const named: SentenceAttribution<string>[] = attributions
    .filter((x) => x.sentence.start === sentence.start)
    .map((x) => ({ ...x, entity: speakerName(x.entity) as string }));
  for (const cue of accordingToIn(body, sentence.start, sentence.end)) {
    if (cue.source.length >= 3 && !named.some((x) => x.start === cue.start)) {
      named.push({ sentence, start: cue.start, end: cue.sourceStart + cue.source.length, entity: cue.source });
    }
  }
  const inSentence = quotes.filter((q) => q.start < sentence.end && q.end > sentence.start)
    .map((q) => ({ start: q.start, end: q.end, speaker: speakerName(q.speaker) }));
  return figureClaimant(body, valueStart, inSentence, named);
}
