/**
 * A speaker's slip kept as spoken, marked for the reader: "today I’ve announce [sic] £10 million" (blind-29:
 * both judges would not sign a stem that copies a transcript's typo without a mark). The words stay the
 * speaker's; only the mark is added.
 */
import { tagSpan } from '@/lib/extract/pos';

/**
 * "’ve" before a verb's plain form ending in -e ("announce", "promise", "reduce"): a participle without its
 * -d. Participles that end in -e are left alone ("done", "made", "seen", "become", "come").
 */
const AFTER_HAVE = /(\b\p{L}+['’]ve\s+)(\p{Ll}{3,}e)\b(?!\s*\[sic\])/gu;
const PARTICIPLE_IN_E = /(?:ne|de|ee|ome|ke)$/;

/** Whether the tagger reads the word after "’ve" as a verb: "I’ve since pined" and "I’ve once more" are no slips. */
function isVerbAt(text: string, start: number, end: number): boolean {
  return tagSpan(text, 0, text.length).some((w) => w.start === start && w.end === end && w.pos === 'VERB');
}

/**
 * The text with "[sic]" after each perfect tense missing its participle's ending.
 *
 * @example
 * markSic('And that’s why today I’ve announce £10 million in new funding.'); // → 'And that’s why today I’ve announce [sic] £10 million in new funding.'
 * markSic('I’ve announced £7 million. I’ve since pined for those days.'); // → unchanged
 */
export function markSic(text: string): string {
  if (!/['’]ve\s/.test(text)) return text;
  return text.replace(AFTER_HAVE, (all, have: string, word: string, at: number) => {
    const start = at + have.length;
    return PARTICIPLE_IN_E.test(word) || !isVerbAt(text, start, start + word.length) ? all : `${have}${word} [sic]`;
  });
}
