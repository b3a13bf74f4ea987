/**
 * The who-said stem: "Who said: “…”?", or, when the words need the report around them, the report named
 * ("According to “…” (Wikinews, May 2015), who said: “…”?").
 */
import type { Person, Quote } from '@/lib/extract/types';
import type { GenerateContext } from './context';
import { framedLabel } from './frames';

/** Things a report's events are: what "this crisis" or "that conflict" stands for. */
const EVENT_NOUN = String.raw`(?:crisis|conflict|war|situation|tragedy|problem|issue|dispute|incident|attack|attacks|disaster|violence|fighting|unrest|emergency|catastrophe|standoff|stand-off|outbreak|epidemic|coup|clashes|protests)`;
/** A time the reader places only by the report's date: "this year", "next month", "last week". */
const RELATIVE_TIME = /\b(?:this|next|last|coming)\s+(?:year|month|week|spring|summer|autumn|fall|winter)\b/i;
/**
 * "(There is) some …", "[It was] …": the subject and verb a reporter supplied to open a quotation, not "[T]here",
 * "[The] African Union …" (one word put right) or "(Laughter.)".
 */
const EDITOR_INSERTION = /^[“"‘']?[([](?:there|it|this|that|these|those|we|they|he|she|I)\s+(?:is|are|was|were|has|have|had|will|would)[)\]]\s*\p{L}/iu;
const POINTED_EVENT = new RegExp(String.raw`\b(?:this|that|these|those)\s+(?:\p{Ll}+\s+)?(${EVENT_NOUN})\b`, 'iu');

/**
 * The who-said stem. Words that point at the story's event without naming it ("to find a solution to this
 * crisis") leave a student asking which crisis (blind-35), so the stem names the report, whose headline says:
 * "According to “Over 900 asylum seekers rescued off …” (Wikinews, May 2015), who said: …?". So does a time only
 * the report's date places ("at the end of this year"). Null when the headline names the speaker of words about
 * an event, which would give the answer away: then the question is not asked (a time is then left unplaced).
 *
 * @example
 * whoSaidPrompt(ctx, q, najib, 'We share the desire to find a solution to this crisis'); // → 'According to “…” (Wikinews, May 2015), who said: “We share …”?'
 */
export function whoSaidPrompt(ctx: GenerateContext, q: Quote, speaker: Person, shown: string): string | null {
  const pointed = POINTED_EVENT.exec(shown);
  // "the crisis in Yemen … this crisis": named before it is pointed at.
  const pointsAtEvent = pointed !== null && !new RegExp(String.raw`\b${pointed[1]}\b`, 'i').test(shown.slice(0, pointed.index));
  // "at the end of this year, you will take full charge": which year is the report's, so its date goes in the stem (blind-37).
  const dated = RELATIVE_TIME.test(shown);
  // "(There is) some concern about the uptick in weapons purchases": words the reporter supplied open a line lifted
  // from its context (whose purchases?), which the report's headline gives (blind-50b).
  const lifted = EDITOR_INSERTION.test(shown);
  if (!pointsAtEvent && !dated && !lifted) return `Who said: “${shown}”?`;
  const label = framedLabel(ctx, q.articleId, true);
  if (ctx.people.isMentionedIn(speaker.id, label)) return pointsAtEvent || lifted ? null : `Who said: “${shown}”?`;
  return `According to ${label}, who said: “${shown}”?`;
}
