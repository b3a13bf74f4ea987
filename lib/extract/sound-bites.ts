/**
 * Sound bites in a broadcast script: the reporter names a speaker, then a production cue on a line of its own
 * ("/// JANOWSKI ACT ///", "// 2ND LYONS ACT //", "/// RALSTON ACTUALITY ///") stands where the recorded words
 * play, and the words transcribed after it are the speaker's, without quotation marks, to the cue that ends them
 * ("/// END ACT ///") or the next cue. VOA's radio scripts are written so. block-turns.ts merges these turns with a
 * transcript's.
 */
import type { Paragraph, QuoteSpan } from './text';
import type { SpeakerLabel } from './turn-labels';

/** A cue line: its words between runs of two or more slashes, as the script writes it. */
const CUE_LINE = /^\/{2,}\s*([^/]*?)\s*\/{2,}$/;
/**
 * A cue that plays someone's recorded words: an optional ordinal ("2ND", "1st"), the speaker's name in capitals as
 * the script labels him, and ACT or ACTUALITY. A cue that says more ("AZIZO ACT IN TURKISH, FADE UNDER") plays
 * words the reporter then tells in his own: no transcription follows it.
 */
const ACT_CUE = /^(?:\d+(?:ST|ND|RD|TH)\s+)?((?:[A-Z][A-Z'’-]+\s+){0,2}?[A-Z][A-Z'’-]+\s+)?(?:ACT|ACTUALITY)(?:\s+\d+)?$/i;
/** The cue that ends the words: "END ACT", "END ACTUALITY". */
const END_CUE = /^END\s+(?:OF\s+)?(?:ACT|ACTUALITY)\b/i;

/**
 * The turns of a script's sound bites, one per paragraph of transcribed words, each labelled with the name its cue
 * gives ("JANOWSKI"). Words closed by an end cue may run over several paragraphs; without one, only the paragraph
 * right after the cue is the speaker's (what follows may be the reporter again). A cue naming nobody ("// ACT //")
 * gives its words no label of a name: the speaker stays unknown.
 *
 * @example
 * const body = 'Ana Ruiz says the talks failed.\n\n/// RUIZ ACT ///\n\nWE HAVE NO DEAL.\n\n/// END ACT ///';
 * findSoundBites(body, splitParagraphs(body, '')).map((t) => t.label?.text) // ['RUIZ']
 */
export function findSoundBites(body: string, paragraphs: Paragraph[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const cue = cueOf(body, paragraphs[i] as Paragraph);
    if (cue === null || END_CUE.test(cue) || !ACT_CUE.test(cue)) continue;
    const p = paragraphs[i] as Paragraph;
    const name = (ACT_CUE.exec(cue)?.[1] ?? '').trim();
    const start = p.start + body.slice(p.start, p.end).indexOf(cue);
    const label: SpeakerLabel = name ? { start, end: start + name.length, text: name } : { start, end: start, text: '' };
    const words = wordsAfter(body, paragraphs, i);
    for (const w of words) {
      // Some scripts put the bite in marks as well ("/// BAHY ACT ///" then "“All the parties …”"): the words are inside them.
      const text = body.slice(w.start, w.end);
      const contentStart = w.start + (/^["“]/.test(text) ? 1 : 0);
      const contentEnd = w.end - (/["”]$/.test(text) && contentStart > w.start ? 1 : 0);
      out.push({ open: w.start, close: w.end, contentStart, contentEnd, isClosed: true, paragraph: w.index, opensParagraph: false, label });
    }
    i += words.length;
  }
  return out;
}

/** The paragraphs after cue i that transcribe its words: to an end cue, else the one paragraph after it. */
function wordsAfter(body: string, paragraphs: Paragraph[], i: number): Paragraph[] {
  const run: Paragraph[] = [];
  for (let j = i + 1; j < paragraphs.length; j++) {
    const p = paragraphs[j] as Paragraph;
    if (p.isJunk) continue;
    const cue = cueOf(body, p);
    if (cue !== null) return END_CUE.test(cue) ? run : run.slice(0, 1);
    run.push(p);
  }
  // The script ends without an end cue (a stored copy cut short): only the first paragraph is sure to be the words.
  return run.slice(0, 1);
}

/** The words of a cue line, or null for a paragraph that is not one. */
function cueOf(body: string, p: Paragraph): string | null {
  if (body.charCodeAt(p.start) !== 0x2f) return null;
  return CUE_LINE.exec(body.slice(p.start, p.end).trim())?.[1] ?? null;
}

