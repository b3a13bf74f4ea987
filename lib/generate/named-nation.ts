/** Who-said options: the nations and states a quotation names, whose people it would give away. */
import type { Person } from '@/lib/extract/types';
import type { GenerateContext } from './context';
import { sideOf } from './sides';
import { namesSide } from './nations';

/** Stems of the nations a person's role or side names ("Russian President" → "russi"). */
export function nationStems(p: Person): Set<string> {
  const out = new Set<string>();
  for (const w of `${p.role ?? ''} ${p.affiliation ?? ''}`.split(/[\s-]+/)) {
    if (/^\p{Lu}\p{Ll}{3,}/u.test(w) && /(?:an|ese|ish|ch|i|ia|a|y|e|land|stan)$/.test(w) && !TITLE_WORD.test(w)) out.add(w.toLowerCase().slice(0, 5));
  }
  return out;
}

/** Capitalised words of a role that are offices, not nations. */
const TITLE_WORD = /^(?:President|Prime|Minister|Secretary|General|Chancellor|Foreign|Deputy|State|Council|Committee|Commission|Senate|House|Ambassador|Envoy|Spokesman|Spokeswoman|Spokesperson|Chief|Director|Leader|Premier|Defence|Defense|Affairs|Security|National|Assistant|Advisor|Adviser|Office|Press|Vice|Head|Chair|Chairman|Chairwoman|Union|Party|Army|Navy|Force|Agency|Bureau|Department|Ministry|Federation|Alliance|Organization|Organisation|Association|Republic|Kingdom|Royal|Supreme|High|Grand|Executive|Senior|Junior|Lady|Lord|Sir|Dame)$/;

/**
 * "On behalf of the people of Russia…", "All Russians share your grief": a quotation that names the
 * speaker's own nation. Offered beside people of other nations, it gives the answer away; the
 * distractors must then be of that nation too. Null when it names none.
 */
export function namedNation(text: string, p: Person, stems = nationStems(p)): string | null {
  const lower = text.toLowerCase();
  for (const stem of stems) if (new RegExp(`\\b${stem}`).test(lower)) return stem;
  return null;
}

/** What follows thanks, up to the clause's end: "grateful to the United States of America for …". */
const THANKED = /\b(?:grateful|thankful|thanks?|thanked|gratitude|appreciation|indebted)\b[^.;:!?]{0,60}/giu;

/**
 * Whether the words thank the candidate's state, which is not the speaker's: "We're grateful to the United States
 * of America for the very great responsibility …" is no American's to say, and no demonym stem gives the US side
 * away (blind-35 offered Presidents Obama and Trump for Chancellor Merkel's thanks).
 *
 * @example
 * isThankedSide(ctx, merkel, obama, "We're grateful to the United States of America"); // → true
 */
export function isThankedSide(ctx: GenerateContext, speaker: Person, candidate: Person, text: string): boolean {
  const side = sideOf(ctx, candidate);
  if (!side || side === sideOf(ctx, speaker)) return false;
  return [...text.matchAll(THANKED)].some((m) => namesSide(m[0], side));
}

/** A guest's thanks to the host: "my appreciation for your hospitality", "thank you for your warm hospitality". */
export const THANKS_HOST = /\byour\s+(?:\p{L}+\s+)?hospitality\b/iu;
