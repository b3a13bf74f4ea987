import { escapeRegExp, startsUpper } from './chars';
import { analyzeArticleWithoutTokens, articleTokens, type AnalyzedArticle } from './analyze';
import { accordingToIn } from './according-to';
import { figureClaimant, type SentenceAttribution } from './claims';
import { crossReference, reportYears } from './cross';
import { extractFigures } from './figures';
import { stableId, stableIdOfWords } from './ids';
import { documentMeeting, followedMeeting, headerGathering, titleMeeting, withHeaderPlace } from './meetings/document';
import { titleListMeetings } from './meetings/title-list';
import { courtRecordMeeting } from './meetings/court-record';
import { articleSetting } from './meetings/setting';
import { extractMeetings } from './meetings';
import { findMentions, type Mention } from './mentions';
import { headerPeople, labelPeople } from './header-people';
import { isReporterName } from './reporter-mentions';
import { NATIONALITIES } from './lexicon';
import { STATE_NAMES } from './lexicons/state-names';
import { buildPeople } from './people';
import type { NameSighting } from './person-groups';
import type { QuoteSpan } from './text';
import { lowerBound } from './sorted';
import { extractQuotes, type Entity, type RawQuote } from './attribution';
import { withPlainSpaces } from './plain-spaces';
import type { ArticleFacts, ArticleInput, CuratedPerson, Figure, LibraryFacts, Meeting, Quote, Span } from './types';

/** Compiled once: a \p{…} pattern written inside a function is compiled again on every call under tsx, whose esbuild lowers it to `new RegExp`. */
const WORD_BEFORE = /[\p{L},]\s?$|\p{L}\s{1,2}$/u;

export * from './types';
export { parseArticleFile } from './article-file';
export { withPlainSpaces } from './plain-spaces';

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
  const analyzed = articles.map((a) => analyzeArticleWithoutTokens(withPlainSpaces(a)));
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
        id: uniq(stableIdOfWords('quote', id, q.text)),
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
    // "Readout of the Secretary’s Meetings With Minister A, Minister B, …": a title listing its meetings tells each.
    const listed = recorded ? [] : titleListMeetings(a, setting, inSentences);
    const titled = recorded ? followedMeeting(a, recorded, inSentences) : listed.length > 0 ? null : titleMeeting(a, setting, inSentences);
    const told = [...(recorded ? [recorded] : []), ...inSentences, ...listed, ...(titled ? [titled] : [])];
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

/**
 * Every name mention of an article, lone words with whether the article shows them to be a person, and the
 * people its headline and its transcript header name (read like a headline: written outside the text).
 */
function nameSightings(a: AnalyzedArticle): NameSighting[] {
  const out: NameSighting[] = [];
  const quoted = insideQuotations(a.quoteSpans);
  for (const mention of a.mentions) {
    // "the Sri Lankan peace talks": a people or a state read from its capitals is no one to index.
    if (mention.kind !== 'person' || isStateOrPeople(mention.name.join(' '))) continue;
    const isReporter = isReporterName(a.article.body, mention.nameStart, mention.nameEnd);
    const courtesy = COURTESY_BEFORE.exec(a.article.body.slice(Math.max(0, mention.nameStart - 10), mention.nameStart))?.[1]?.toLowerCase();
    const quotedByCourtesy = courtesy !== undefined && quoted(mention.nameStart);
    out.push({
      articleId: a.article.id, mention, isPersonEvidence: mention.showsPerson === true,
      ...(isReporter ? { isReporter } : {}), ...(courtesy ? { courtesy } : {}), ...(quotedByCourtesy ? { quotedByCourtesy } : {}),
    });
  }
  for (const mention of headlinePeople(a.article.title, a.article.body)) {
    out.push({ articleId: a.article.id, mention, fromHeadline: true, ...(mention.showsPerson ? { isPersonEvidence: true } : {}) });
  }
  for (const mention of headerPeople(a.article.body, a.paragraphs, a.quoteSpans)) out.push({ articleId: a.article.id, mention, fromHeadline: true });
  for (const mention of labelPeople(a.article.body, a.quoteSpans)) out.push({ articleId: a.article.id, mention, fromHeadline: true });
  return out;
}

/** "Dr.", "Mrs.", "Ms.", "Madam" right before a name: a form of address, no office. */
const COURTESY_BEFORE = /\b(Dr|Mrs|Ms|Mr|Madam|Madame)\.?\s+$/i;

/** Whether an offset lies inside a quotation's words (spans sorted by start: the scan stops at the first past it). */
function insideQuotations(spans: readonly QuoteSpan[]): (at: number) => boolean {
  const sorted = [...spans].sort((x, y) => x.contentStart - y.contentStart);
  return (at) => {
    for (const q of sorted) {
      if (q.contentStart > at) return false;
      if (at < q.contentEnd) return true;
    }
    return false;
  };
}

const isStateOrPeople = (name: string) => STATE_NAMES[name.toLowerCase()] !== undefined || NATIONALITIES[name.toLowerCase()] !== undefined;

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

/**
 * The people a headline names in full with their title ("President Yoon Suk Yeol", "Pakistani Foreign
 * Minister Shah Mehmood Qureshi"), when the body writes one of those names mid-sentence or in a speaker label
 * ("PRESIDENT YOON:"): a transcript names its guests in full only in its headline, and without them its
 * speaker labels are nobody a student could name (blind-29: Putin and Macron were offered for Biden's words
 * at Camp David). A headline's capitals alone ("Putin Seek Common Ground") are no name: a title before it
 * and the body's own use are both required.
 *
 * @example
 * headlinePeople('Remarks by President Yoon Suk Yeol', 'PRESIDENT YOON: Thank you.')[0]?.name; // → ['Yoon', 'Suk', 'Yeol']
 */
export function headlinePeople(title: string, body: string): Mention[] {
  if (!title) return [];
  const titled: { m: Mention; inBody: boolean }[] = [];
  for (const m of findMentions(title, [{ start: 0, end: title.length, index: 0, isJunk: false }])) {
    if (m.kind !== 'person') continue;
    // "Prime Minister Trudeau of Canada" above "PRIME MINISTER TRUDEAU:": a titled surname whose turns the body
    // gives is that speaker, though the body names him nowhere else; unread, his turns had no one to ask about.
    if (m.name.length === 1) {
      if (m.role && speaksInBody(body, m.name[0] as string)) titled.push({ m: { ...m, showsPerson: true }, inBody: true });
      continue;
    }
    // "Remarks by APNSA Jake Sullivan": a name the headline gives as the author of remarks needs no title it knows.
    if (!m.role && !(BY_AUTHOR.test(title.slice(0, m.nameStart)) && speaksInBody(body, m.name[m.name.length - 1] as string))) continue;
    // "Shah Mehmood Qureshi Following the …": a headline capitalises the word after the name too; the name
    // ends at its last word the body writes. "Yoon Suk Yeol" (the body writes "Yoon") is kept whole.
    // "Secretary Kerry Travel to …": a word the body uses, but never as a name, is the headline's.
    let words = m.name;
    while (words.length > 0 && isOrdinaryWordIn(body, words[words.length - 1] as string)) words = words.slice(0, -1);
    if (words.length < 2) continue;
    const last = words.findLastIndex((w, i) => i > 0 && writtenInBody(body, w));
    const name = last >= 1 ? words.slice(0, last + 1) : words;
    if (name.length > 4) continue;
    const inBody = last >= 1 || writtenInBody(body, name[0] as string) || speaksInBody(body, name[name.length - 1] as string);
    titled.push({ m: name.length === m.name.length ? m : { ...m, name, text: name.join(' ') }, inBody });
  }
  // "… President Yoon Suk Yeol …, and Prime Minister Kishida Fumio of Japan Before Trilateral Meeting": once the
  // body confirms one titled name, the headline lists people, and the others it titles are the meeting's too.
  return titled.some((t) => t.inBody) ? titled.filter((t) => t.inBody || t.m.name.length <= 3).map((t) => t.m) : [];
}

/** "Remarks by ", "Press Briefing by APNSA ": the headline names whose words follow (an acronym of an office may stand between). */
const BY_AUTHOR = /\b(?:Remarks|Statement|Briefing|Conference|Interview|Readout|Address|Op-Ed)\b[^|:]{0,40}\bby\s+(?:\p{Lu}{2,}\s+)?$/u;

/** Whether the body gives a surname its own words: a transcript's label ("MR. SULLIVAN:", "SECRETARY RICE:"). */
function speaksInBody(body: string, surname: string): boolean {
  return new RegExp(String.raw`(?:^|\n)[\p{Lu}. ]{0,40}\b${escapeRegExp(surname.toUpperCase())}:`, 'u').test(body);
}

/** Whether the body writes a name word with its capital after another word (not opening a sentence, where any word has one). */
function writtenInBody(body: string, word: string): boolean {
  if (word.length < 2) return false;
  for (const m of body.matchAll(new RegExp(`(?<![\\p{L}-])${escapeRegExp(word)}(?![\\p{L}-])`, 'giu'))) {
    if (!startsUpper(m[0])) continue;
    const before = body.slice(Math.max(0, m.index - 3), m.index);
    if (WORD_BEFORE.test(before)) return true;
  }
  return false;
}

/**
 * Whether the body uses a word but never as a name mid-sentence: an ordinary word the headline capitalised
 * ("travel", "following"), where "Suk" and "Yeol" of "Yoon Suk Yeol" are simply not in a body that says "Yoon".
 */
function isOrdinaryWordIn(body: string, word: string): boolean {
  return new RegExp(`(?<![\\p{L}-])${escapeRegExp(word)}(?![\\p{L}-])`, 'iu').test(body) && !writtenInBody(body, word) && !speaksInBody(body, word);
}
