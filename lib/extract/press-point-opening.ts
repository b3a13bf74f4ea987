/**
 * A joint press point copied without speaker labels: its heading names two people ("Joint press point with NATO
 * Secretary General Jens Stoltenberg and Greek Prime Minister, Antonis Samaras"), and which of them speaks is told
 * only by the text itself. When the first paragraph after the heading addresses one of them by title ("Prime
 * Minister, I am very glad …"), the other speaks; the remarks are theirs only while no later paragraph addresses or
 * thanks the speaker, which would be the other's reply. Anything less leaves the remarks without a speaker: a wrong
 * speaker is worse than none.
 */
import type { Paragraph } from './text';
import type { SpeakerLabel } from './turn-labels';

/** "Joint press point with A and B", "Joint press conference by A and B". Groups: the first, the second. */
const HEADING = /^Joint (?:press (?:point|conference|availability|statements?)|statements? to the press) (?:with|by) (.{5,120}?) and (?:the )?(.{5,120}?)\.?$/;
/** A paragraph opening with a title in address: "Prime Minister,", "Mr Secretary General,", "Dear Jens,". Groups: the title. */
const VOCATIVE = /^(?:(?:Mr|Mrs|Ms|Madam|Dear)\.?\s+)?(\p{Lu}[\p{Ll}-]+(?:[ -]\p{Lu}[\p{Ll}-]+){0,2}),\s/u;
/** Thanks, or a title in address, further in: the sign of a reply. Groups: the words after the thanks. */
const THANKS = /\bThank(?:s| you)(?: very much| so much)?,?\s+((?:\p{Lu}[\p{L}-]*\s?){1,3})/gu;
/** The name at the end of one side of the heading: two to four capitalised words. */
const NAME_AT_END = /(\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){1,3})$/u;

/**
 * The label that hands a press point's unlabelled opening remarks to the one the text shows speaking, on the
 * heading's paragraph; null when the body does not tell.
 *
 * @example
 * // 'Joint press point with Secretary General Ana Ruiz and Prime Minister, Tomas Berg' then 'Prime Minister, I am glad …'
 * // → a label on 'Secretary General Ana Ruiz', on the heading's paragraph
 */
export function pressPointOpening(body: string, paragraphs: Paragraph[]): { paragraph: number; label: SpeakerLabel } | null {
  const head = paragraphs.find((p) => !p.isJunk && body.startsWith('Joint ', p.start) && HEADING.test(body.slice(p.start, p.end)));
  if (!head) return null;
  const m = HEADING.exec(body.slice(head.start, head.end)) as RegExpExecArray;
  const sides = [m[1] as string, m[2] as string];
  const rest = paragraphs.slice(head.index + 1).filter((p) => !p.isJunk);
  const opening = rest[0];
  const title = opening ? VOCATIVE.exec(body.slice(opening.start, opening.end))?.[1] : undefined;
  if (!opening || !title) return null;
  const addressed = sides.filter((s) => s.includes(title));
  if (addressed.length !== 1) return null;
  const speaker = sides.find((s) => !s.includes(title)) as string;
  // A reply addresses or thanks the speaker: then the remarks are two people's, and which are whose is not told.
  const speakerWords = new Set(speaker.split(/[\s,]+/).filter((w) => /^\p{Lu}\p{Ll}/u.test(w)));
  const isReply = (p: Paragraph) => {
    const text = body.slice(p.start, p.end);
    const vocative = VOCATIVE.exec(text)?.[1];
    const thanked = [...text.matchAll(THANKS)].map((x) => x[1] as string);
    return [vocative ?? '', ...thanked].some((w) => w.split(/\s+/).some((x) => speakerWords.has(x)));
  };
  if (rest.slice(1).some(isReply)) return null;
  // The label spans the side as written, title and all ("NATO Secretary General Jens Stoltenberg"): its mention starts at the title.
  if (!NAME_AT_END.test(speaker.trim())) return null;
  const start = head.start + m[0].indexOf(speaker);
  const label: SpeakerLabel = { start, end: start + speaker.trim().length, text: speaker.trim(), isIntro: true, needsFirstPerson: true };
  return { paragraph: head.index, label };
}
