/**
 * One cloze card: a sentence of the report, shown clean and framed by its report, with one of its words blanked;
 * null when the sentence cannot stand alone as a card. The speaker, place, figure and date cards are made here.
 */
import type { Span } from '@/lib/extract/types';
import type { Question } from './types';
import type { GenerateContext } from './context';
import type { QuestionDraft } from './build';
import { finishQuestion } from './build';
import { cleanShownText } from './clean';
import { inCaption } from './evidence';
import { inSlippedParagraph, isWholeSentence, needsPrevious } from './body-lines';
import { displayedText } from './dateline';
import { stemFrame } from './frames';
import { outletName } from './outlet-names';
import { containsWords, escapeRegExp } from './text';
import { stemVoice, unsaidReferent, voiceWords } from './stem-voice';
import { writesUnconfirmedDay } from './interpreted-dates';
import { withLostSurname } from './lost-surname';

export const BLANK = '_____';
/** Words beyond which a card's blank is lost in its sentence. */
const CARD_WORDS = 40;

/** Every whole-word occurrence of any of `forms`, longest first, replaced by the blank. */
const formPatterns = new Map<string, RegExp>();

/** Whole words only, and never a piece of a longer number ("5%" inside "5.5%"); compiled once per form. */
function formPattern(form: string): RegExp {
  let re = formPatterns.get(form);
  if (!re) formPatterns.set(form, (re = new RegExp(`(?<![\\p{L}\\p{N}]|\\p{N}[.,])${escapeRegExp(form)}(?![\\p{L}\\p{N}]|[.,]\\p{N})`, 'giu')));
  re.lastIndex = 0;
  return re;
}

function blankOut(text: string, forms: string[]): { text: string; found: string | null } {
  let found: string | null = null;
  let out = text;
  for (const form of [...forms].sort((a, b) => b.length - a.length)) {
    // Cheap test first: most forms are not in the sentence at all.
    if (!out.toLowerCase().includes(form.toLowerCase())) continue;
    out = out.replace(formPattern(form), (m) => {
      found ??= m;
      return BLANK;
    });
  }
  return { text: out, found };
}

export type ClozeBase = Omit<QuestionDraft, 'kind' | 'prompt' | 'answer' | 'distractors' | 'sources' | 'back' | 'choiceType'>;

/**
 * `stillShows` tells whether the blanked text still gives the answer away: whole words for names and
 * places, the digits standing alone for a figure (so "4%" may be blanked beside "4.25%").
 */
export function cloze(
  ctx: GenerateContext, articleId: string, span: Span, forms: string[], rest: ClozeBase,
  stillShows: (text: string, answer: string) => boolean = containsWords,
  promptLead?: string,
): Question | null {
  const article = ctx.articles.get(articleId);
  // A card shows its whole sentence as fact; a garbled copy's sentences carry its errors.
  // A paragraph a machine translation garbled is not shown as fact either.
  if (!article || ctx.isDerivative(articleId) || inSlippedParagraph(article, span)) return null;
  // The card shows the sentence without its dateline: a blank there ("_____ (Reuters) —") tests the byline.
  // "Secretary of State John met …": a surname the copy lost is written back, or the card is not made (blind-44).
  const sentence = withLostSurname(ctx, cleanShownText(displayedText(article, span)), article.body);
  if (sentence === null) return null;
  // A photo caption describes a picture, and its line ends on the credit ("… on April 12, 2011. Image: NASA
  // Bill Ingalls.", blind-33): cut from it, a card shows what the story never told as its own.
  if (inCaption(article.body, span)) return null;
  // A card shown alone must hold its own subject ("The first such meeting was held …" does not), and be whole.
  // Nor so long that the blank is lost in it.
  if (needsPrevious(sentence) || !isWholeSentence(sentence) || sentence.split(/\s+/).length > CARD_WORDS) return null;
  // "… at the Paris talks were dozens of The Conversation's authors": the outlet writing about itself is
  // not the news (round 8).
  const outlet = outletName(article.outlet);
  if (outlet && outlet.split(/\s+/).length >= 2 && containsWords(sentence, outlet.replace(/^The\s+/, ''))) return null;
  const { text, found } = blankOut(sentence, forms);
  // "US Envoy for North Korea Talks Visits Beijing" over "… is in _____": the card's source label answers it.
  if (!found || stillShows(text, found) || containsWords(article.title, found)) return null;
  const frame = stemFrame(ctx, articleId, text, false, found);
  if (!frame) return null;
  // "We have just ended substantive talks with … Xi Jinping, who arrived in _____ today": who "we" are is
  // said by the transcript's speaker, named in the stem; "I met him …" or "here" with no one and nowhere named
  // is not a card.
  // A speaker's card: "_____ noted in his speech" points at the blank itself, and the quotation's "we" is its own.
  // A card that is one whole quotation ("“… we will speak more after our meeting in _____.”") speaks as its
  // speaker all through: its "we" is read as if unquoted, so the stem names who speaks or the card is not made.
  const wholeQuote = /^[“"]/.test(text.trim()) && /[”"]$/.test(text.trim().replace(/[.!?]$/, ''));
  const unsaid = rest.factContent.startsWith('speaker|') ? null : unsaidReferent(wholeQuote ? text.replace(/[“”"]/g, '') : text);
  const voice = unsaid === 'speaker' ? stemVoice(ctx, articleId, span) : null;
  if (unsaid && (!voice || promptLead)) return null;
  // An interpreter's date the report does not bear out is not repeated (see interpreted-dates).
  if (voice?.interpreted && writesUnconfirmedDay(article.body, span)) return null;
  const from = voice ? `${voiceWords(voice)}, in ${frame}` : frame;
  const cited = voice?.span && voice.span.start !== span.start ? [{ article: articleId, ...voice.span }] : [];
  return finishQuestion(ctx, {
    ...rest,
    kind: 'cloze',
    // The report named, and dated when known: a card seen alone needs its frame ("After the Geneva talks …
    // Wednesday" read as a plain fact, blind-25/26).
    prompt: `${promptLead ?? `Fill in the blank, from ${from}:`} ${text}`,
    answer: found,
    distractors: [],
    choiceType: 'text',
    sources: [{ article: articleId, ...span }, ...cited],
    back: sentence,
  });
}
