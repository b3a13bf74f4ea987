/**
 * An archive's caption over a text it reproduces whole: "The speech made by Boris Johnson, the Prime Minister, at
 * Barrow-in-Furness on 31 August 2022.", "The comments made by Ben Wallace, the Secretary of State for Defence, on 4
 * September 2022." The paragraphs after the caption are that person's words, without quotation marks, to the next
 * entry's heading. A text issued by an office ("The press release issued by 10 Downing Street") is nobody's words.
 */
import type { Paragraph, QuoteSpan } from './text';
import type { SpeakerLabel } from './turn-labels';

/** Texts a person gives in his own words: not a release, a readout or a notice, which an office issues. */
const OWN_WORDS = String.raw`(?:speech|comments|remarks|statement|article|op-ed|letter|message|tribute|lecture|address|words|eulogy|interview)`;
/**
 * The caption: the text's noun, a participle, "by" and a person's name (two to four capitalised words), then where and
 * when, as the whole paragraph. Group: the name.
 */
const CAPTION = new RegExp(String.raw`^The ${OWN_WORDS} (?:made|given|delivered|written|published|issued|released) by ((?!The\b)\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3})(?:,[^.!?:;“”"]{1,120},)?(?: (?:on|at|in|to|during)\b[^:;“”"]{1,160})?\.$`, 'u');
/** A heading: a line without a closing stop, of a few words ("Boris Johnson – 2022 Speech at the Commissioning of HMS Anson"). */
const HEADING_MAX_WORDS = 15;
/** A reproduced text is not endless: past this many paragraphs the page has moved on without a heading we can tell. */
const MAX_PARAGRAPHS = 40;

/**
 * The turns of every captioned text on a page, one per paragraph, labelled with the caption's name.
 *
 * @example
 * const body = 'The comments made by Ana Ruiz, the Minister, on 4 May 2022.\n\nWe welcome the decision.\n\nNext Item Heading';
 * findPublishedTexts(body, splitParagraphs(body, '')).length // 1
 */
export function findPublishedTexts(body: string, paragraphs: Paragraph[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  for (const p of paragraphs) {
    if (p.isJunk || body.charCodeAt(p.start) !== 0x54 /* T */) continue;
    const m = CAPTION.exec(body.slice(p.start, p.end).trim());
    if (!m) continue;
    // The label runs to the caption's end: the name's mention may hold its appositive ("Ben Wallace, the Secretary of State").
    const start = p.start + body.slice(p.start, p.end).indexOf(m[1] as string);
    const label: SpeakerLabel = { start, end: p.end, text: m[1] as string, isIntro: true };
    for (const w of textAfter(body, paragraphs, p.index)) {
      out.push({ open: w.start, close: w.end, contentStart: w.start, contentEnd: w.end, isClosed: true, paragraph: w.index, opensParagraph: false, label });
    }
  }
  return out;
}

/** The paragraphs after caption i, to the next heading or caption. */
function textAfter(body: string, paragraphs: Paragraph[], i: number): Paragraph[] {
  const run: Paragraph[] = [];
  for (let j = i + 1; j < paragraphs.length && run.length < MAX_PARAGRAPHS; j++) {
    const p = paragraphs[j] as Paragraph;
    if (p.isJunk) break;
    const text = body.slice(p.start, p.end).trim();
    if (CAPTION.test(text) || isHeading(text, j === paragraphs.length - 1)) break;
    run.push(p);
  }
  return run;
}

/** A short line with no closing stop is the next entry's heading; the page's last line may just be cut short. */
function isHeading(text: string, isLast: boolean): boolean {
  return !isLast && !/[.!?:;…"”’)]$/.test(text) && text.split(/\s+/).length <= HEADING_MAX_WORDS;
}
