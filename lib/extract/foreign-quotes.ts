import { SPEECH_VERBS } from './lexicons/speech-verbs';
import { readsAsOtherLatinLanguage } from './post-language';
import { isOtherScript, readsAsTranslation } from './roundup-entries';
import { isSetOffBlock } from './set-off-lead-in';
import type { Paragraph } from './text';
import type { SpeakerLabel } from './turn-labels';

/*
 * "Speaking later to Croatian TV RTL, Majcen said her media outlet decided to air the interview …" then a paragraph in
 * Croatian, then its English: a quotation set off without marks and without a colon, in the speaker's language and the
 * article's. The pair is what tells it is a quotation (Global Voices' house style, realnews-dev9, round 19): a paragraph
 * in another language alone may be a title or a slogan, and an English paragraph after "X said …" is the reporter's.
 */

/** How many characters of a paragraph tell its language: the first sentences. */
const PROBE = 300;
/**
 * The commonest English words: four of them in the probe's fifty-odd words make it English without counting every word
 * (most paragraphs of an English article stop here).
 */
const COMMON_ENGLISH = /\b(?:the|The|of|and|is|that|was|for|with)\b/g;
const ENGLISH_AT_A_GLANCE = 4;

/** Whether a probe holds enough of the commonest English words to be English. */
function looksEnglish(probe: string): boolean {
  COMMON_ENGLISH.lastIndex = 0;
  let n = 0;
  while (COMMON_ENGLISH.exec(probe) && ++n < ENGLISH_AT_A_GLANCE);
  return n >= ENGLISH_AT_A_GLANCE;
}
const VERBS = [...SPEECH_VERBS].filter((v) => /^[a-z]+$/.test(v)).join('|');
/**
 * A name of one to four capitalised words opening a clause (the sentence's start or after a comma), then a verb of
 * saying: "Majcen said", ", Ana Ruiz told". Groups: the name.
 */
const NAME_SAID = new RegExp(String.raw`(?:^|[.!?]\s+|,\s+)(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})\s+(?:also\s+|later\s+|then\s+)?(?:${VERBS})\b`, 'gu');

/**
 * The label of paragraph i when it is a quotation in another language with the article's translation after it and the
 * paragraph before names who spoke ("…, Majcen said …"): that name, the paragraph's words its entry. Null otherwise.
 *
 * @example
 * const body = 'Later, Ana Ruiz said the paper stood by its story.\n\nSolo hicimos nuestro trabajo, y los lectores tienen derecho a saberlo.\n\nWe only did our job, and the readers have the right to know it.';
 * foreignQuoteEntry(body, splitParagraphs(body, ''), 1)?.text // 'Ana Ruiz'
 */
export function foreignQuoteEntry(body: string, paragraphs: Paragraph[], i: number): SpeakerLabel | null {
  const p = paragraphs[i] as Paragraph;
  const next = paragraphs[i + 1];
  let before = paragraphs[i - 1];
  if (p.isJunk || !next || next.isJunk || !before) return null;
  const text = body.slice(p.start, p.end);
  const probe = text.slice(0, PROBE);
  // English at a glance first: it rules out most paragraphs of an English article by their first words, where the
  // shape of a block set off (opening on a quotation mark, ending on a colon) is read over all of the paragraph.
  if (looksEnglish(probe) || !isSetOffBlock(text)) return null;
  if (!isOtherScript(probe) && !readsAsOtherLatinLanguage(probe)) return null;
  if (!readsAsTranslation(text, body.slice(next.start, next.end))) return null;
  while (before?.isJunk) before = paragraphs[before.index - 1];
  if (!before) return null;
  const said = [...body.slice(before.start, before.end).matchAll(NAME_SAID)].at(-1);
  if (!said) return null;
  const start = before.start + (said.index as number) + said[0].indexOf(said[1] as string);
  return { start, end: start + (said[1] as string).length, text: said[1] as string, isIntro: true, isRoundupEntry: true, entryStart: p.start, entryEnd: p.end };
}
