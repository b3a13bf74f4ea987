/** A meeting's own sentence as a stem, with its place or day blanked, and the speaker a first-person stem needs. */
import { countriesIn } from '@/lib/extract/meetings/participants';
import type { QuestionSource } from './types';
import type { GenerateContext } from './context';
import { displayedText } from './dateline';
import { inCaption } from './evidence';
import { stemFrame } from './frames';
import type { MeetingView } from './meeting-view';
import { cleanShownText } from './clean';
import { isWholeSentence, needsPrevious } from './body-lines';
import { containsWords, escapeRegExp, normalise } from './text';
import { WORLD_CAPITALS } from '@/lib/extract/lexicons/world-countries';
import { stemVoice, unsaidReferent, voiceWords, type StemVoice } from './stem-voice';
import { withLostSurname } from './lost-surname';
import { writesUnconfirmedDay } from './interpreted-dates';
import { isRangeEnd } from './range-ends';
import { pointsAtUntoldThing } from './untold-referents';

/** "Which date completes this sentence in “…” (VOA, August 25, 2013)? …": null when the sentence names an event nothing dates. */
export function framedBlank(ctx: GenerateContext, v: MeetingView, what: 'place' | 'date', blanked: string | null, voice: StemVoice | null, fullDate = false): string | null {
  // A date's blank shows the report's month only, unless the report's full date is what dates the day.
  const frame = blanked ? stemFrame(ctx, v.article.id, blanked, what === 'date' && !fullDate) : null;
  if (!frame) return null;
  // "I am very glad … in _____": the speaker the transcript names says who "I" is.
  return voice && unsaidReferent(blanked ?? '') === 'speaker'
    ? `Which ${what} completes ${voiceWords(voice)}, in ${frame}? ${blanked}`
    : `Which ${what} completes this sentence in ${frame}? ${blanked}`;
}

/** The speaker a blanked meeting sentence needs, and the sentence naming them for the citation. */
export function voiceOf(ctx: GenerateContext, v: MeetingView): StemVoice | null {
  return stemVoice(ctx, v.article.id, v.m.sentence);
}

/** The citation of the one who speaks a first-person stem, when it is another sentence than the meeting's. */
export function voiceSources(v: MeetingView, voice: StemVoice | null, prompt: string): QuestionSource[] {
  if (!voice?.span || !prompt.includes(voiceWords(voice)) || voice.span.start === v.m.sentence.start) return [];
  return [{ article: v.m.articleId, start: voice.span.start, end: voice.span.end }];
}

/** A capitalised word right after a place's blank that is no day or month: the rest of the place's name. */
const PLACE_NAME_GOES_ON = /_____\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}/u;

/**
 * Whether the blank is followed by more of a name: "in _____ City", "the _____ International Economic Forum".
 *
 * @example
 * placeNameGoesOn('on the sidelines of the _____ Economic Forum in May'); // → true
 * placeNameGoesOn('talks in _____ Monday'); // → false
 */
export function placeNameGoesOn(blanked: string): boolean {
  return PLACE_NAME_GOES_ON.test(blanked);
}

/** A place as the sentence writes it in full: "New York City" for the meeting in New York. */
export function wholePlaceName(v: MeetingView, place: string): string {
  const sentence = v.article.body.slice(v.m.sentence.start, v.m.sentence.end);
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(place)} City\\b`, 'u').test(sentence) ? `${place} City` : place;
}

/** The meeting's sentence as shown, with `detail` blanked: a stem that cannot mean another meeting. */
export function blankedSentence(ctx: GenerateContext, v: MeetingView, detail: string, views: MeetingView[], voice: StemVoice | null, isPlace = false): string | null {
  // "U.S. Secretary of State John met with …": the copy lost a surname the report writes elsewhere (blind-44).
  const shown = withLostSurname(ctx, cleanShownText(displayedText(v.article, v.m.sentence)), v.article.body);
  if (shown === null) return null;
  // A caption line is no stem (see cloze): it tells the picture, not the story.
  if (needsPrevious(shown) || !isWholeSentence(shown) || inCaption(v.article.body, v.m.sentence)) return null;
  // "“The whole situation requires …,” insisted _____ Macron": a stem that opens on someone's words asks
  // about a speech, not a meeting; and a translation's quotation would be shown as the speaker's.
  if (/^[“"‘]/.test(shown)) return null;
  // "the August 1st summit … to be held in _____" through an interpreter: a date the report does not bear out is not repeated.
  if (voice?.interpreted && writesUnconfirmedDay(v.article.body, v.m.sentence)) return null;
  // "in Brussels _____ and Friday" (last Thursday): one end of a span, the other left beside the blank.
  if (!isPlace && isRangeEnd(shown, detail)) return null;
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(detail)}(?![\\p{L}\\p{N}])`, 'gu');
  const blanked = shown.replace(re, '_____');
  // "in _____, Jordan": the country after the blank would rule out every town elsewhere; "in _____ City"
  // gives away New York (blind-23).
  if (isPlace && (/_____,\s+\p{Lu}/u.test(blanked) || PLACE_NAME_GOES_ON.test(blanked))) return null;
  // "I met him only two days ago in _____", "leaders here and in _____" with the dateline cut: who and
  // where the sentence means are not on the page; "I" is, when the transcript names its speaker.
  const unsaid = unsaidReferent(blanked);
  if (unsaid === 'person' || unsaid === 'place' || (unsaid === 'speaker' && !voice)) return null;
  // "the issue was to appear on the agenda …": which issue the sentence before told, and the stem does not.
  if (pointsAtUntoldThing(blanked)) return null;
  return blanked.split('_____').length === 2 ? whichTalks(v, blanked, detail, views) : null;
}

/** "the talks", "the meeting" with nothing after it that says which. */
const BARE_TALKS = /\bthe (?:talks|meeting|negotiations|discussions)\b(?!\s+(?:in|between|of|with|on|at)\b)/i;

/**
 * A blanked sentence whose "the talks" could mean any of the article's meetings, said which by the place of
 * the states taking part in the meeting the sentence follows ("Dmitry Kozak … said the talks [involving Russia, Ukraine, France and Germany] were “not simple”, but that
 * another round would take place in two weeks in _____", blind-21/23). Null when nothing close says which,
 * or when that place is the blank's answer.
 */
function whichTalks(v: MeetingView, blanked: string, detail: string, views: MeetingView[]): string | null {
  const bare = BARE_TALKS.exec(blanked);
  const others = views.filter((o) => o.m.sentence.start !== v.m.sentence.start);
  if (!bare || others.length === 0) return blanked;
  const body = v.article.body;
  const paragraphStart = body.lastIndexOf('\n\n', body.lastIndexOf('\n\n', v.m.sentence.start) - 1);
  const before = others
    .filter((o) => o.place && o.m.sentence.start < v.m.sentence.start && o.m.sentence.start > paragraphStart)
    .sort((a, b) => b.m.sentence.start - a.m.sentence.start)[0];
  if (!before?.place || normalise(before.place) === normalise(detail) || containsWords(blanked, before.place)) return null;
  // Said which by the states taking part, not by the place: "[in Paris]" gave away the where-question on
  // those talks (blind-26). "involving", since the list may be short of a party the article names.
  // Every state the meeting's own sentence names, not only the participants the extractor kept: "Russian and
  // Ukrainian officials met … with representatives of France and Germany" left Germany out (blind-27).
  const named = countriesIn(v.article.body.slice(before.m.sentence.start, before.m.sentence.end));
  const states = [...new Set([...before.m.participants, ...named])].filter((p) => p in WORLD_CAPITALS && !containsWords(blanked, p));
  if (states.length < 2) return null;
  const at = bare.index + bare[0].length;
  const list = `${states.slice(0, -1).join(', ')} and ${states[states.length - 1]}`;
  return `${blanked.slice(0, at)} [involving ${list}]${blanked.slice(at)}`;
}
