import { DEMAND_NOUNS } from './lexicons/speech-nouns';
import { endsOnColon } from './set-off-lead-in';
import type { Paragraph } from './text';
import type { SpeakerLabel } from './turn-labels';

/*
 * "… the Democratic Front, one of the key organizers of the occupation action, held a press conference to make public
 * their demands [zh]:" then "1. The police should leave the legislature, …", "2. …": the points a body or person sets
 * out, numbered, are its words without marks (Global Voices, realnews-dev10, round 19). A lead-in that announces a list
 * of anything else ("listed three reasons:") is the reporter's summary, and stays so.
 */

/** The colon ending the lead-in on a noun of points set out, after notes in brackets: "their demands [zh]:". Groups: the noun. */
const POINTS_COLON = /\b(\p{Ll}+)(?:\s*\[[^\]]{1,30}\]){0,3}\s*:\s*$/u;
/** An opening phrase of time or place before the subject: "In the evening of March 19, ", "On Monday, ". */
const OPENING = /^(?:In|On|At|After|Before|During|Later|Earlier|Meanwhile|Yesterday|Today|Last|This)\b[^,;:]{0,80},\s+/;
/** The subject opening the clause: a name of capitalised words, "the" allowed before it. Groups: the subject. */
const SUBJECT = /^((?:[Tt]he\s+)?\p{Lu}[\p{L}'’-]+(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’-]+){0,5})(?=,|\s+\p{Ll})/u;
/** A numbered point in full sentences: "1. The police should leave …". Groups: its number. */
const POINT = /^(\d{1,2})[.)]\s+(?=\p{Lu})/u;
const MIN_POINTS = 2;
const PRONOUNS = /^(?:He|She|They|It|We|I|You|This|That|These|Those)$/;

/** The subject of the sentence that ends the lead-in, as written, with its span in the text; null when it opens on none. */
function subjectOf(text: string): { at: number; name: string } | null {
  const sentenceAt = Math.max(0, ...[...text.matchAll(/[.!?]\s+(?=\p{Lu})/gu)].map((m) => (m.index as number) + m[0].length));
  const sentence = text.slice(sentenceAt);
  const opening = OPENING.exec(sentence)?.[0].length ?? 0;
  const m = SUBJECT.exec(sentence.slice(opening));
  // "They set out their demands:": whom a pronoun means is the attribution passes' to tell, not a label's.
  return m && !PRONOUNS.test(m[1] as string) ? { at: sentenceAt + opening, name: m[1] as string } : null;
}

/**
 * The numbered points after a lead-in that announces someone's demands, proposals or conditions, by paragraph: each
 * labelled with the lead-in's subject, its words after the number. Null for every other paragraph.
 *
 * @example
 * const body = 'The Dockers Union set out its demands:\n\n1. Wages must rise.\n\n2. Shifts must be shorter.';
 * numberedStatementsOf(body, splitParagraphs(body, '')).map((l) => l?.text ?? null) // [null, 'The Dockers Union', 'The Dockers Union']
 */
export function numberedStatementsOf(body: string, paragraphs: Paragraph[]): (SpeakerLabel | null)[] {
  const out: (SpeakerLabel | null)[] = paragraphs.map(() => null);
  for (const h of paragraphs) {
    const text = body.slice(h.start, h.end);
    if (h.isJunk || !endsOnColon(text)) continue;
    const noun = POINTS_COLON.exec(text)?.[1];
    if (!noun || !DEMAND_NOUNS.has(noun)) continue;
    const subject = subjectOf(text.slice(0, text.lastIndexOf(':')));
    if (!subject) continue;
    const points: Paragraph[] = [];
    for (let i = h.index + 1; i < paragraphs.length; i++) {
      const p = paragraphs[i] as Paragraph;
      const n = POINT.exec(body.slice(p.start, p.end));
      if (p.isJunk || !n || Number(n[1]) !== points.length + 1) break;
      points.push(p);
    }
    if (points.length < MIN_POINTS) continue;
    const start = h.start + subject.at;
    for (const p of points) {
      const skip = (POINT.exec(body.slice(p.start, p.end)) as RegExpExecArray)[0].length;
      out[p.index] = { start, end: start + subject.name.length, text: subject.name, isIntro: true, isRoundupEntry: true, entryStart: p.start + skip, entryEnd: p.end };
    }
  }
  return out;
}
