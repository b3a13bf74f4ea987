/**
 * Photo captions pasted into a story's text: a caption describes a picture, not the story, so no fact and no
 * question comes from it, though the reader still shows it. AP caption style (AP Stylebook, "captions"): the
 * present tense, the day the picture was taken written in full inside the sentence with no "on" before it,
 * then where ("… at Walter Reed National Military Medical Center, Dec. 21, 2017, in Bethesda, Md."), often a
 * credit after ("(AP Photo/…)", "(White House photo by …)"). Prose tells a past event "on Dec. 21" and in the
 * past tense, so the shape of both together is the caption's.
 */
import { isTaggedVerb, tagSpan } from './pos';
import { isPhotoCaption } from './text';
import type { Paragraph } from './paragraph-type';

/** A caption is one or two sentences: a paragraph longer than this is the story's. */
const MAX_CAPTION_CHARS = 500;

/** ", Dec. 21, 2017, in Bethesda, Md." closing the caption, a credit in brackets possibly after it. */
const DATE_THEN_PLACE =
  /,\s+(?:Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4},\s+in\s+\p{Lu}[\p{L}.’'-]*(?:,?\s+\p{Lu}[\p{L}.’'-]*){0,5}\.?\s*(?:\([^()]{2,80}\)\.?)?$/u;

/** A lower-case verb of the third person present ("meets", "speaks"), not a noun in -s the tagger would call a verb's object. */
const PRESENT_S = /^\p{Ll}+[^s]s$/u;

/**
 * Whether the paragraph [start, end) of body is a photo caption in AP style: a present-tense verb, then a full
 * date set off by commas and "in <place>" at the close. Only a paragraph with the closing date is tagged.
 *
 * @example
 * const line = 'The governor greets nurses at City Hospital, Jan. 4, 2024, in Albany, N.Y.';
 * isDatedCaption(line, 0, line.length) // true
 */
export function isDatedCaption(body: string, start: number, end: number): boolean {
  if (end - start > MAX_CAPTION_CHARS) return false;
  const text = body.slice(start, end);
  const close = DATE_THEN_PLACE.exec(text);
  if (!close || /[“”"«»]/.test(text)) return false;
  const tags = tagSpan(body, start, start + close.index);
  return tags.some((w) => PRESENT_S.test(w.word) && isTaggedVerb(tags, w.start));
}

/**
 * Whether the paragraph or line [start, end) of body is a photo caption: it ends with a credit and quotes no one
 * (text.ts), or it has the AP caption's dated close.
 *
 * @example
 * const line = 'Workers clear debris in Tromsø on Monday. (AP Photo/Kari Lund)';
 * isCaption(line, 0, line.length) // true
 */
export function isCaption(body: string, start: number, end: number): boolean {
  return isPhotoCaption(body, start, end) || isDatedCaption(body, start, end);
}

/**
 * The paragraphs with the captions marked `isCaption`: the people index still reads whom a caption names (its
 * photographer is a reporter, no speaker), but no quotation, meeting or figure is read from it, and a pronoun
 * of the story never means someone only the picture shows.
 *
 * @example
 * markCaptions(body, splitParagraphs(body, title)).filter((p) => p.isCaption).length
 */
export function markCaptions(body: string, paragraphs: Paragraph[]): Paragraph[] {
  return paragraphs.map((p) =>
    !p.isJunk && isCaption(body, p.start, p.end) ? { ...p, isCaption: true } : p);
}
