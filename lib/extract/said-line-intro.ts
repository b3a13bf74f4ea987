/**
 * "International Trade Secretary Dr Liam Fox MP, said": a paragraph that is only a subject and its verb of saying,
 * neither object nor full stop after the verb. The clause is unfinished, and the paragraph after it is what was said:
 * the same hand-over as "X said:", the colon lost in copying (GOV.UK's block quotation without its markup).
 */
import { isCutEnding } from './cut-ending';
import { SPEECH_VERBS } from './lexicons/speech-verbs';
import { endsOnNoun } from './set-off-lead-in';
import type { Paragraph } from './text';
import type { SpeakerLabel } from './turn-labels';

/** A lead-in is one clause: longer than this, a paragraph ending on "said" is prose cut short, not a hand-over. */
const MAX_CHARS = 160;
/** The words handed over are a paragraph of prose (a dozen words or more), or the excerpt's last line cut short. */
const BLOCK_MIN_WORDS = 12;
/** Past forms only: a paragraph ending "… says" is a headline's present, not a clause left open for a block. */
const SAID = new RegExp(String.raw`^(\p{Lu}[^.!?:;“”"‘’()\[\]]{2,${MAX_CHARS}}?,? (?:${[...SPEECH_VERBS].filter((v) => /^[a-z]+ed$|^said$|^told$|^wrote$/.test(v)).join('|')}))$`, 'u');

/**
 * The lead-in label of a paragraph ending on its verb of saying without a colon, or null.
 *
 * @example
 * const body = 'Trade Secretary Ana Ruiz, said\n\nIt has never been easier to find opportunities for investment in the region today.';
 * saidLineIntro(body, paragraphs, paragraphs[0])?.text // 'Trade Secretary Ana Ruiz, said'
 */
export function saidLineIntro(body: string, paragraphs: Paragraph[], p: Paragraph): SpeakerLabel | null {
  if (p.isJunk || p.end - p.start > MAX_CHARS + 12) return null;
  const text = body.slice(p.start, p.end).trimEnd();
  const m = SAID.exec(text);
  // "… the head of the": a line cut short after a noun's determiner is no subject with its verb.
  if (!m || endsOnNoun(m[1] as string) || !/\p{Lu}/u.test(text.slice(1))) return null;
  const next = paragraphs[p.index + 1];
  if (!next || next.isJunk) return null;
  const block = body.slice(next.start, next.end);
  const isCut = next.index === paragraphs.length - 1 && isCutEnding(block);
  if (/^[“"‘]/.test(block) || (block.split(/\s+/).length < BLOCK_MIN_WORDS && !isCut)) return null;
  return { start: p.start, end: p.start + text.length, text, isIntro: true, needsFirstPerson: true };
}
