/**
 * What-said for a statement two people gave on one stage (#15): "Which of these did Hu Jintao say?", the wrong
 * choices the other principal's words at the same event. Who-said has no defensible options there: the other
 * principal could have said most lines (they name both states), and a head of another report had no part in it.
 * Only the report makes the other's lines wrong, so the stem names it.
 */
import type { Person, Quote } from '@/lib/extract/types';
import { factsOfArticle, type GenerateContext } from './context';
import { isAskableQuote } from './quote-gates';
import { quoteIndex } from './pick-people';
import { onStage } from './on-stage';
import { reportWhen } from './frames';
import { quoteStemLabel, reportForChoices } from './occasion-label';
import { fullQuoteSpan, fullQuoteText, namesNothing, quoteKeys } from './quote-text';
import { escapeRegExp, normalise } from './text';
import { displayName } from './people';
import { memoByObject, memoByObjectAndKey } from './memo';
import { isFairChoice, openingState } from './what-said-choices';

/**
 * Lines of the other people a report quotes on the asked person's stage, shown as `choiceOf` shows them: lines whose
 * shown words name no one and nowhere only one speaker names (a line naming its speaker's state or the asked one's
 * would give itself away), that do not name the asked person, that no
 * report credits to the asked person, and not already among `used`. Ordered by closeness in length to the answer.
 *
 * @example
 * stageLines(ctx, medvedevsLine, medvedev, used, choiceOf); // → Hu Jintao's lines of the same Kremlin statement
 */
export function stageLines(ctx: GenerateContext, q: Quote, person: Person, used: ReadonlySet<string>, choiceOf: (o: Quote) => string | null): string[] {
  const { speakersByKey } = quoteIndex(ctx);
  const isCredited = (o: Quote) => quoteKeys(o.text).some((k) => speakersByKey.get(k)?.has(person.id));
  const stage = onStage(ctx, q.articleId);
  const body = ctx.articles.get(q.articleId)?.body ?? '';
  const theirs = factsOfArticle(ctx.quotes, q.articleId)
    .filter((o) => !!o.speakerId && o.speakerId !== person.id && stage.has(o.speakerId))
    .filter((o) => isAskableQuote(ctx, o) && !isCredited(o))
    .filter((o) => !ctx.people.isMentionedIn(person.id, quotedSpan(body, ctx, o)));
  const seen = new Set(used);
  const out: string[] = [];
  const answer = choiceOf(q) ?? '';
  const askedWords = askedWordsIn(ctx, q.articleId, person.id);
  const fair = (o: Quote, shown: string) => isFairChoice({ choice: shown, answer, asked: person, speaker: ctx.people.byId.get(o.speakerId ?? ''), body: null, askedWords });
  // Choices as shown, the closest in length to the answer as shown first; none twice the length of another.
  const shownLines = theirs
    .map((o) => ({ o, shown: choiceOf(o) }))
    .filter((x): x is { o: Quote; shown: string } => !!x.shown && isComparableLength(x.shown, answer))
    .sort((a, b) => Math.abs(a.shown.length - answer.length) - Math.abs(b.shown.length - answer.length) || (a.o.id < b.o.id ? -1 : 1));
  for (const { o, shown } of shownLines) {
    // Names are read in the words shown: a state named only in a sentence the choice leaves off gives nothing away.
    if (LEANS_BACK.test(shown) || seen.has(normalise(shown)) || !namesOnlyShared(ctx, q.articleId, shown) || !fair(o, shown)) continue;
    seen.add(normalise(shown));
    out.push(shown);
    if (out.length >= 3) break;
  }
  return out;
}

/**
 * Whether every name the words hold is one at least two of the report's speakers use: "the Palestinian people",
 * said by both presidents in Bethlehem, gives no line away; "Chinese colleagues", said by the host alone, does.
 *
 * @example
 * namesOnlyShared(ctx, 'bethlehem-2022', 'The Palestinian people deserve a state of their own'); // → true
 */
export function namesOnlyShared(ctx: GenerateContext, articleId: string, text: string): boolean {
  if (namesNothing(text)) return true;
  const bySpeaker = linesBySpeaker(ctx, articleId);
  return nameStems(text).every((stem) => {
    const word = new RegExp(String.raw`(?<!\p{L})${stem}`, 'u');
    return [...bySpeaker.values()].filter((lines) => word.test(lines)).length >= 2;
  });
}

/** The reports that quote each speaker, once per library: asked per what-said stem. */
const reportsQuoting = memoByObject((quotes: readonly Quote[]): Map<string, Set<string>> => {
  const out = new Map<string, Set<string>>();
  for (const o of quotes) if (o.speakerId) out.set(o.speakerId, (out.get(o.speakerId) ?? new Set()).add(o.articleId));
  return out;
});

/** Each speaker's words in one report, in lower case, once per report. */
const linesBySpeaker = memoByObjectAndKey((ctx: GenerateContext, articleId: string): Map<string, string> => {
  const out = new Map<string, string>();
  for (const o of factsOfArticle(ctx.quotes, articleId)) {
    if (o.speakerId) out.set(o.speakerId, `${out.get(o.speakerId) ?? ''} ${fullQuoteText(ctx, o).toLowerCase()}`);
  }
  return out;
});

/**
 * All the asked person's words in one report: a wrong choice must make none of their claims (what-said-choices.ts).
 *
 * @example
 * askedWordsIn(ctx, 'kremlin-2017', 'alexander-lukashenko'); // → ' indeed, mr putin and i have settled all outstanding issues …'
 */
export function askedWordsIn(ctx: GenerateContext, articleId: string, personId: string): string {
  return linesBySpeaker(ctx, articleId).get(personId) ?? '';
}

/** The names in words as namesNothing reads them (a capital not opening a sentence, not "I"; a state's name wherever it stands), as lower-case stems. */
function nameStems(text: string): string[] {
  const words = text.replace(/[“”"‘(]/g, ' ').trim().split(/\s+/);
  return words
    .filter((w, i) => (i > 0 || openingState(w) !== null) && /^\p{Lu}/u.test(w) && !/^I(?:['’](?:m|ve|ll|d))?$/.test(w.replace(/[^\p{L}'’]+$/u, '')) && !/[.!?:]$/.test(words[i - 1] ?? ''))
    .map((w) => w.replace(/[^\p{L}]+/gu, '').toLowerCase())
    .map((w) => w.slice(0, Math.max(4, w.length - 2)));
}

/**
 * Whether a choice is within twice the answer's length either way: a 15-word answer among 45-word lines stands out
 * (blind-52 sent back a choice "much longer than the others").
 */
function isComparableLength(choice: string, answer: string): boolean {
  return choice.length <= 2 * answer.length && answer.length <= 2 * choice.length;
}

/** "Because the continuation of all of that will lead to escalation": a clause whose head is in the line before. */
const LEANS_BACK = /^[\s‘'"“]*(?:because|since|although|though|whereas|unless)\b|\ball of (?:that|this)\b/i;

function quotedSpan(body: string, ctx: GenerateContext, o: Quote): string {
  const span = fullQuoteSpan(ctx, o);
  return body.slice(span.start, span.end);
}

/**
 * The stem of a what-said whose wrong choices are another principal's words at the same event: the report says
 * whose they were, so it is named. The headline may name both principals: the choices are their words, so it
 * gives none of them away.
 *
 * @example
 * stageWhatSaidPrompt(ctx, q, 'Hu Jintao'); // → 'According to “…” (President of Russia, June 2009), which of these did Hu Jintao say?'
 */
export function stageWhatSaidPrompt(ctx: GenerateContext, q: Quote, name: string): string {
  return `According to ${quoteStemLabel(ctx, q.articleId)}, which of these did ${name} say?`;
}

/**
 * The stem of a what-said, naming the report and its day: "According to “…” (The White House, August 23, 2021),
 * which of these did Vice President Kamala Harris say?". Without it, "Thank you very much, Mr. Prime Minister"
 * from another press conference is something Harris could as well have said to Lee (blind-54, both judges). A
 * headline that names the asked person is mostly a paraphrase of what they said ("Harris says …"), pointing at the
 * answer among lines from elsewhere: the outlet and the day name the report then (reportForChoices). Lines of
 * another principal on the same stage are the stage's stem (`stage`); an undated report is named as before, only
 * for a person the name alone places nowhere (placedWhatSaidPrompt).
 *
 * @example
 * whatSaidPrompt(ctx, q, harris, 'Vice President Kamala Harris', { staged: false, sameEvent: false }); // → 'According to the White House (August 2021), which of these did Vice President Kamala Harris say?'
 */
export function whatSaidPrompt(ctx: GenerateContext, q: Quote, person: Person, name: string, stage: { staged: boolean; sameEvent: boolean }): string {
  if (stage.staged) return stageWhatSaidPrompt(ctx, q, name);
  const placed = placedName(ctx, q, person, name);
  // Wrong choices another speaker's words in the same report: its headline, naming both, gives none away.
  if (stage.sameEvent) return stageWhatSaidPrompt(ctx, q, placed ?? name);
  const report = reportWhen(ctx, q.articleId) ? reportForChoices(ctx, q.articleId, [person]) : null;
  if (report) return `According to ${report}, which of these did ${placed ?? name} say?`;
  return placed ? stageWhatSaidPrompt(ctx, q, placed) : `Which of these did ${name} say?`;
}

/** A rank or a courtesy before a name: "Lieutenant Ibrahim Moussa" says no more of him than "Ibrahim Moussa". */
const RANK_OR_COURTESY = /^(?:(?:Lieutenant|Lt\.?|Colonel|Col\.?|Major|Maj\.?|Captain|Capt\.?|Sergeant|Sgt\.?|Corporal|Private|General|Gen\.?|Commander|Cmdr\.?|Admiral|Brigadier|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+)+/u;

/** "Ibrahim Moussa of the loyalists": the side a report gives a person right after the name. */
function sideAfterName(body: string, name: string): string | null {
  const re = new RegExp(String.raw`${escapeRegExp(name)}\s+(of\s+the\s+(?:[\p{L}’'-]+\s+){0,3}?[\p{L}’'-]+)(?=[.,;:!?]|\s+(?:said|says|told|added)\b)`, 'u');
  return re.exec(body)?.[1] ?? null;
}

/**
 * The stem of a what-said whose person the stem's name alone places nowhere (no office, at most a rank) and whose
 * words the library has from one report only: the report is named, with the side it gives the person
 * (full-19: "Which of these did Lieutenant Ibrahim Moussa say?" never said he was one of Bacar's loyalists in the
 * invasion of Anjouan). Null when the name says who the person is, or other reports quote them.
 *
 * @example
 * placedWhatSaidPrompt(ctx, q, moussa, 'Lieutenant Ibrahim Moussa'); // → 'According to “African troops invade …” (Wikinews, March 2008), which of these did Lieutenant Ibrahim Moussa of the loyalists say?'
 */
export function placedWhatSaidPrompt(ctx: GenerateContext, q: Quote, person: Person, shown: string): string | null {
  const placed = placedName(ctx, q, person, shown);
  return placed ? stageWhatSaidPrompt(ctx, q, placed) : null;
}

/** The name a placed person is asked by ("Lieutenant Ibrahim Moussa of the loyalists"), or null (see placedWhatSaidPrompt). */
function placedName(ctx: GenerateContext, q: Quote, person: Person, shown: string): string | null {
  const plain = displayName(person);
  if (shown.replace(RANK_OR_COURTESY, '') !== plain) return null;
  if ((reportsQuoting(ctx.quotes).get(person.id)?.size ?? 0) !== 1) return null;
  const side = sideAfterName(ctx.articles.get(q.articleId)?.body ?? '', plain);
  return side ? `${shown} ${side}` : shown;
}
