/**
 * Whether a quotation may be asked at all: the gates, in the order they are tried, each with the name `--why`
 * reports when it turns a quotation away. The first gate that drops a quotation is the one reported.
 */
import type { ArticleInput, Person, Quote } from '@/lib/extract/types';
import type { GenerateContext } from './context';
import { isListedHeadline } from './listed-headline';
import { isMostlyRoomTalk } from './room-talk';
import { opensByAddressing } from './addressed';
import { isCartoonScript } from './cartoon';
import { isWholeQuotation } from './fragments';
import { dropped } from './trace';
import { isCeremony, isMostlyCourtesy, isProcedure, withoutGreeting } from './openers';
import { isSmallTalk } from './small-talk';
import { isMostlyProtocol } from './protocol';
import { isMostlyProceedings } from './proceedings';
import { opensOnListItem } from './list-items';
import { inSlippedParagraph, isMachineTranslated } from './body-lines';
import { displayName, isPersonLike } from './people';
import { memoByObjectAndKey } from './memo';
import { titledName } from './titled-names';
import { displayQuote, fullQuoteText, isContinuation, spokenWords, withStandingOpening } from './quote-text';
import { quoteSources } from './quote-sources';
import { hasBrokenOffWord, hasSelfRepair } from './self-repairs';

/** Words of a quotation a who-said question shows. */
export const QUESTION_QUOTE_WORDS = 60;

/** What every gate may read of one quotation, each part worked out at most once. */
interface GateInput {
  ctx: GenerateContext;
  q: Quote;
  speaker: Person | undefined;
  article: ArticleInput | undefined;
  body: string;
  /** What a who-said question would show of the quotation. */
  shown: () => string;
  /** The opening of it a question shows of a long turn. */
  opening: () => string;
}

/** A gate: its `--why` name, and whether it turns the quotation away. */
type QuoteGate = readonly [name: string, drops: (g: GateInput) => boolean];

/** "“following a series of telephone discussions between …,” Putin called for …": the reporter's own sentence. */
const REPORTER_WORDS = /^[\s‘'"“]*(?:\p{Ll}+ing|after|before|in|on|for|with|by|to|of|from|at|as|over|under|about|against|amid|during)\b/u;

/** A word broken off and restarted after a dash, as transcripts set it down: "addro- — in", "climate-in- — -induced". */
const FALSE_START = /\p{L}-\s*[—–]|[—–]\s*-\p{L}/u;

/** The quotation gates, in order. */
export const QUOTE_GATES: readonly QuoteGate[] = [
  ['quote:fragment', (g) => !!g.q.isFragment],
  // "Climate Action" said it: an organisation the extractor took for a person is no speaker to ask about.
  ['quote:no-speaker', (g) => !g.speaker],
  // "PRESIDENT YUDHOYONO:" heads a transcript's turns: a surname the report gives with its title names the speaker.
  ['quote:speaker-not-a-person', (g) => !!g.speaker && !isPersonLike(g.speaker) && !titledName(g.ctx, g.speaker)],
  // The second half of a split quotation is asked together with its first half, never alone.
  ['quote:continuation', (g) => isContinuation(g.q)],
  // Words the reporter's own sentence carries, not a quotation that stands alone.
  ['quote:reporter-words', (g) => REPORTER_WORDS.test(g.q.text)],
  ['quote:anonymous', (g) => g.q.method === 'anonymous' || g.q.method === 'none'],
  // "I have previously quoted a poem … from John Donne, which says, '…'": words a speaker recites from someone else
  // are asked as neither's (blind-51 Q5: "Who said" hid that Sullivan said it, quoting Donne).
  ['quote:recited', (g) => g.q.pass === 'quoted-in-turn'],
  ['quote:press-speaker', (g) => !!g.speaker && isPressSpeaker(g.ctx, g.q, g.speaker)],
  // "double that number", "if we approach this…", "not simple": words that need the reporter's sentence around them.
  ['quote:not-whole', (g) => !isWholeQuotation(g.q, g.body, g.shown())],
  ['quote:listed-headline', (g) => isListedHeadline(g.body, g.q)],
  ['quote:cartoon', (g) => isCartoonScript(g.body, g.q.sentence)],
  ['quote:briefing-procedure', (g) => isProcedure(g.q.text)],
  ['quote:ceremony', (g) => isCeremony(g.shown())],
  // What a question shows of a long turn is its opening: thanks for the welcome there say nothing of the speaker.
  ['quote:courtesy', (g) => isMostlyCourtesy(g.opening())],
  // "Our talks took place in the spirit of trust": either side of the table could have said it.
  ['quote:small-talk', (g) => isSmallTalk(g.opening())],
  // "held in a constructive and business-like atmosphere … traditions of friendship": protocol any principal says (blind-54).
  ['quote:protocol', (g) => isMostlyProtocol(g.opening())],
  // "We have time for opening statements and then questions": the chair's business, not the speaker's view.
  ['quote:room-talk', (g) => isMostlyRoomTalk(g.opening())],
  // "we attended the opening and made speeches … experts on both sides keep working": the day's program (blind-44).
  ['quote:proceedings', (g) => isMostlyProceedings(g.opening())],
  ['quote:untrusted', (g) => !g.ctx.isTrusted(g.q)],
  ['quote:answers-a-question', (g) => answersAQuestion(g.body, g.q.sentence) || opensByAddressing(g.q.text)],
  // "… for political change and I think for economic cha": words the page cut off at a line's end.
  ['quote:cut-at-line-end', (g) => !/[.!?…"”’)\]]\s*$/.test(g.q.text.trim()) && /^[ \t]*(?:\n|$)/.test(g.body.slice(g.q.end, g.q.end + 4))],
  // "… of Australia and New Zealand | that all salt …": a bar the page left inside the words; they are not what was said.
  ['quote:stray-bar', (g) => /\s\|\s/.test(g.q.text)],
  // "more effective in addro- — in addressing": a transcript's false starts are not words a student should learn (full-19).
  // "based on — on life sacrifice": a word said again inside the words shown cannot go without changing them (blind-50).
  // "And we’ll continue to — our candid dialogue": a try broken off on an open word, shown as said (blind-52, blind-54).
  ['quote:false-start', (g) => FALSE_START.test(g.shown()) || hasSelfRepair(g.opening()) || hasBrokenOffWord(g.opening())],
  // "Upgrading Internet … networks. As we're doing that at home …": an item of a list the speaker introduced (blind-45).
  ['quote:list-item', (g) => opensOnListItem(g.opening())],
  // "“…,” he said. he declares.": a paragraph a translation garbled; its quotations are the translator's words.
  ['quote:slipped-paragraph', (g) => !!g.article && inSlippedParagraph(g.article, g.q.sentence)],
  // A report a machine translated throughout: every quotation in it is the translator's rendering.
  ['quote:machine-translated', (g) => !!g.article && isMachineTranslated(g.article)],
  // A garbled copy rewords and swaps speakers: what it shares with a reliable report is asked from that report.
  ['quote:derivative', (g) => g.ctx.isDerivative(g.q.articleId)],
  // Nothing names the speaker near the quotation: a teacher could not check who said it.
  ['quote:speaker-not-named-nearby', (g) => quoteSources(g.ctx, g.q) === null],
];

/**
 * A quote is asked about only when no gate turns it away: its speaker is a known person, the words stand
 * alone, and the fact is trusted.
 *
 * @example
 * isAskableQuote(ctx, anonymousQuote); // → false
 */
export const isAskableQuote = memoByObjectAndKey(isAskableUncached, (q: Quote) => q.id);

function isAskableUncached(ctx: GenerateContext, q: Quote): boolean {
  const article = ctx.articles.get(q.articleId);
  let shown: string | undefined;
  let opening: string | undefined;
  const g: GateInput = {
    ctx,
    q,
    speaker: q.speakerId ? ctx.people.byId.get(q.speakerId) : undefined,
    article,
    body: article?.body ?? '',
    shown: () => (shown ??= shownText(ctx, q)),
    opening: () => (opening ??= displayQuote(g.shown(), QUESTION_QUOTE_WORDS)),
  };
  for (const [name, drops] of QUOTE_GATES) if (drops(g)) return dropped(ctx, q.id, name, false);
  return true;
}

/** "reporter", "correspondent": the press at the scene, whose name a student has no reason to know. */
const PRESS_NOUN = /\b(?:reporter|correspondent|journalist|stringer)\s+$/i;

/**
 * Whether the report introduces the speaker as one of the press ("said reporter Franck Berruyer"): a wire
 * reporter's line on what is not yet confirmed teaches nothing about the events (blind-39).
 *
 * @example
 * isPressSpeaker(ctx, berruyerQuote, berruyer); // → true for '“… Colonel Bacar,” said reporter Franck Berruyer.'
 */
function isPressSpeaker(ctx: GenerateContext, q: Quote, speaker: Person): boolean {
  const sentence = ctx.articles.get(q.articleId)?.body.slice(q.sentence.start, q.sentence.end) ?? '';
  const name = displayName(speaker);
  for (let at = sentence.indexOf(name); at >= 0; at = sentence.indexOf(name, at + 1)) {
    if (PRESS_NOUN.test(sentence.slice(Math.max(0, at - 20), at))) return true;
  }
  return false;
}

/**
 * Whether quoted words reply to a reporter's question ("Asked whether talks would bring a breakthrough, the
 * minister replied: “Breaks, definitely.”"): without the question they mean nothing, so they are not asked.
 *
 * @example
 * answersAQuestion('Reporters asked her if a deal was near. She replied: “Not this week.”', { start: 40, end: 68 }); // → true
 */
export function answersAQuestion(body: string, sentence: { start: number; end: number }): boolean {
  const own = body.slice(sentence.start, sentence.end);
  if (/\b(?:replied|answered|responded|retorted)\b/i.test(own) || /^\s*(?:Asked|When asked)\b/.test(own)) return true;
  // The sentence before: "U.S. reporters asked Lavrov if there would be …".
  const before = body.slice(Math.max(0, sentence.start - 300), sentence.start);
  const previous = before.split(/(?<=[.!?]["”]?)\s+/).filter((x) => x.trim()).pop() ?? '';
  return /\basked\b[^.]*\b(?:if|whether|what|how|why|when|about)\b/i.test(previous);
}

/**
 * What a who-said question shows of a quotation: the whole of it, without the greeting that opens a
 * speech ("Good afternoon. I made clear …" → "I made clear …") or the tries a speaker broke off before it
 * ("And we’re — we are — we had …" → "And we had …"), nor the aside to the press it ends on (quote-text.ts).
 */
export function shownText(ctx: GenerateContext, q: Quote): string {
  return withStandingOpening(withoutGreeting(spokenWords(fullQuoteText(ctx, q).replace(INTERPRETER_NOTE, ''))));
}

/** "(As interpreted.) I would like to …": the transcript's note on the language, no words of the speaker. */
const INTERPRETER_NOTE = /^\s*\((?:as interpreted|via (?:an )?(?:interpreter|translator)|through (?:an )?interpreter)\.?\)\s*/i;
