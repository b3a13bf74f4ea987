import { LOCATIVES, SPEECH_VERBS } from './lexicon';
import type { Mention } from './mention-types';
import type { Token } from './tokens';
import type { Paragraph, QuoteSpan } from './text';
import type { Span } from './types';

/**
 * Verbs with which news copy introduces a long quotation in the next paragraphs without "said:": those
 * that announce it ("described the night") and those that report the gist first ("said the past month
 * had been the hardest of his career").
 */
const INTRO_VERBS = new Set([
  'described', 'describes', 'recalled', 'recalls', 'recounted', 'recounts', 'explained', 'explains', 'testified', 'testifies',
  'said', 'says', 'added', 'noted', 'argued', 'insisted', 'stressed', 'warned', 'acknowledged', 'conceded', 'admitted',
  'told', 'read', 'outlined', 'outlines',
  // "Principal investigator Scott Bolton spoke to reporters after the burn.", "Ana Ruiz wrote on Facebook."
  'spoke', 'speaks', 'wrote', 'writes', 'tweeted', 'tweets', 'posted', 'replied', 'replies', 'responded', 'responds',
]);
/** A non-restrictive clause after the verb ("…, where he …"): who it names is told of, not speaking next. */
const ASIDE = /,\s+(?:where|which|when|while)\s/;
/** "in Darmstadt", "on the sidewalk": a lone capitalised word after these is a place, not another speaker. */
const PLACE_BEFORE = new RegExp(String.raw`\b(?:${[...LOCATIVES].join('|')})\s+(?:the\s+)?$`, 'i');

/**
 * Words that present the next one as a name: "her first name, Megan", "a nurse named Carla", "identified
 * only as Ali" (not "so-called", which presents a label).
 */
export const NAME_CUE = /\b(?:named|(?<!so-)called|name,?|name is|identified(?: only)? as|known as)\s+$/i;

export interface IntroContext {
  body: string;
  paragraphs: Paragraph[];
  sentences: Span[][];
  /** Every quotation of the article, sorted by opening mark. */
  quotes: QuoteSpan[];
  tokensIn: (a: number, b: number) => Token[];
  mentionsIn: (a: number, b: number) => Mention[];
  /** Whether a lone name stands for someone the article already named in full ("Reyes" after "Ana Reyes"). */
  isKnownPerson: (m: Mention) => boolean;
}

/**
 * The person who introduces a bare quotation block: "A mother from Ohio, who testified under her
 * first name, Dana, described the night of the fire." or "Dr Ana Ruiz said the month had been the
 * hardest of her career." ending a paragraph, then paragraphs that are quotation from their first
 * character to their last, the block closing at the end of one of them. Nothing in the block says who
 * speaks, so only the introduction can; it is trusted only when it is the last sentence before the
 * block, quotes nothing itself, has an introducing or reporting verb and names one possible speaker
 * before that verb and nobody else (after it, only pronouns, groups and places). Null otherwise.
 *
 * @example
 * // 'Dana Reyes described the night.\n\n“We ran.\n\n“Nobody came.”' → the mention of Dana Reyes
 */
export function introducedSpeaker(ctx: IntroContext, q: QuoteSpan, verbOf: VerbFinder = lastIntroVerb): Mention | null {
  if (!q.opensParagraph || !isBareBlock(ctx, q)) return null;
  let pi = q.paragraph - 1;
  while (pi >= 0 && ctx.paragraphs[pi]?.isJunk) pi--;
  const sentences = ctx.sentences[pi];
  const s = sentences?.[sentences.length - 1];
  if (!s || !/\.\s*$/.test(ctx.body.slice(s.start, s.end))) return null;
  if (ctx.quotes.some((x) => x.paragraph === pi && x.close > s.start)) return null;
  const verb = verbOf(ctx, s);
  if (!verb) return null;
  let speaker: Mention | null = null;
  for (const m of ctx.mentionsIn(s.start, s.end)) {
    // An owner ("Ana Lee's son") or a lone place after a preposition ("a mother from Ohio") is not who speaks.
    if (m.kind === 'person' && m.isPossessive) continue;
    if (m.kind === 'person' && m.isObject && m.name.length < 2 && !m.role && !m.gender) continue;
    // After the verb, what was said or where: "said he had stayed", "told a news conference in Darmstadt",
    // "read a statement to reporters, flanked by nurses". Anyone else named there could be who speaks next.
    if (speaker && m.start > verb.start) {
      if (m.kind === 'pronoun' || (m.kind === 'description' && m.isPlural)) continue;
      // "stresses policies will not change and the government will face criticism": an organisation in what
      // was said; "…, where he is laying the groundwork for a summit hosted by President Obama": an aside.
      if (m.isOrg || ASIDE.test(ctx.body.slice(verb.end, m.start))) continue;
      if (m.kind === 'person' && m.name.length < 2 && !m.role && !m.gender && PLACE_BEFORE.test(ctx.body.slice(Math.max(s.start, m.start - 20), m.start))) continue;
      // "urged African ministers to support … the United States and Africa": a lone capitalised word nobody
      // is known by, as before the verb, is a people or a place, not a second speaker.
      if (m.kind === 'person' && m.name.length < 2 && !m.role && !m.gender && !ctx.isKnownPerson(m)) continue;
    }
    // "He urged African ministers to …": a pronoun opening the sentence is its subject, found by the discourse.
    if (!speaker && m.kind === 'pronoun' && !m.isPlural && m.start === s.start && m.start < verb.start) {
      speaker = m;
      continue;
    }
    if (speaker || m.kind !== 'person' || m.start > verb.start) return null;
    // A lone capitalised word must show it is a name ("Residents of the town described …" names no one),
    // and a whole one ("identified only as Witness 7" is not "Witness").
    if (m.name.length < 2 && !m.role && !m.gender && !ctx.isKnownPerson(m) &&
      !NAME_CUE.test(ctx.body.slice(Math.max(s.start, m.start - 30), m.start))) return null;
    if (/^\s*\d/.test(ctx.body.slice(m.end, m.end + 3))) return null;
    speaker = m;
  }
  return speaker;
}

/** The verb of the sentence that introduces a block, or null. */
export type VerbFinder = (ctx: IntroContext, s: Span) => Token | null;

/** The last introducing verb: an earlier one may sit in a relative clause ("who testified under her first name"). */
const lastIntroVerb: VerbFinder = (ctx, s) => ctx.tokensIn(s.start, s.end).findLast((t) => INTRO_VERBS.has(t.lower) || SPEECH_VERBS.has(t.lower)) ?? null;

/** Whether the quotation opening at q fills its paragraph and the next ones wholly, until it closes at a paragraph's end. */
function isBareBlock(ctx: IntroContext, q: QuoteSpan): boolean {
  let i = ctx.quotes.indexOf(q);
  let pi = q.paragraph;
  for (;;) {
    const x = ctx.quotes[i];
    const p = ctx.paragraphs[pi];
    if (!x || !p || x.paragraph !== pi || x.open !== p.start || ctx.quotes[i + 1]?.paragraph === pi) return false;
    if (x.isClosed) return ctx.body.slice(x.close, p.end).trim() === '';
    do pi++;
    while (ctx.paragraphs[pi]?.isJunk);
    // A block the page cut off: still open when the article ends.
    if (pi >= ctx.paragraphs.length) return true;
    i++;
  }
}
