import { TITLE_HEADS } from './lexicons/titles';
import type { Paragraph } from './text';
import type { SpeakerLabel } from './turn-labels';

/** A name alone on its line, with the courtesies GOV.UK writes around it: "The Rt Hon David Cameron MP". */
export const BYLINE_NAME = /^(?:The )?(?:Rt\.? Hon\.? |Hon\.? )?(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}.'’-]*){1,3}?)(?: (?:MP|QC|KC|MEP|MSP))?$/u;

/** A post on a line of its own under a name: "Secretary of State", "Prime Minister", "Deputy Director-General". */
function isPostLine(line: string): boolean {
  const words = line.trim().split(/\s+/);
  if (words.length > 6 || /[\d.!?:;]/.test(line)) return false;
  return words.some((w) => TITLE_HEADS.words.has(w.toLowerCase()));
}

/**
 * A transcript headed by its first speaker's name and post, each on a line of its own, before the place
 * and date (state.gov's remarks: "Hillary Rodham Clinton", "Secretary of State", "Treaty Room", …):
 * the unlabelled opening remarks under that header are that person's, while they speak in the first
 * person; the labels of the transcript ("MR. SOLANA:") take over after them. Read only in an article
 * already found to be a transcript: a reporter's byline heads a story, not a speech.
 *
 * @example
 * // 'Hillary Rodham Clinton\n\nSecretary of State\n\nTreaty Room\n\nWell, it is good to see you.\n\nMR. SOLANA: Thank you.'
 * // → the label 'Hillary Rodham Clinton' on the first line, handing over 'Well, it is good to see you.'
 */
export function remarksByline(body: string, paragraphs: Paragraph[]): SpeakerLabel | null {
  const [first, second] = paragraphs;
  if (!first || !second || first.end - first.start > 60 || second.end - second.start > 60) return null;
  const line = body.slice(first.start, first.end).trim();
  const name = BYLINE_NAME.exec(line);
  if (!name || !isPostLine(body.slice(second.start, second.end))) return null;
  const start = first.start + line.indexOf(name[1] as string);
  return { start, end: start + (name[1] as string).length, text: name[1] as string, isIntro: true, needsFirstPerson: true, skipsHeader: true };
}
