import { NATIONALITIES } from '../../lexicon';
import { isTaggedVerb, tagSpan } from '../../pos';
import type { ContextPass } from '../pass';

/** "…,” the 23-year-old said", "…,” said the Canadian": an age or a nationality standing for a name. */
const EPITHET_AFTER = /^\s*(?:(?:said|says|added|told\s+\p{Ll}+)\s+the\s+(\d{1,3}-year-old|\p{Lu}\p{Ll}+)|the\s+(\d{1,3}-year-old|\p{Lu}\p{Ll}+)\s+(?:said|says|added|told)\b)/u;

/** "The 26-year-old added, “…”": the epithet as the subject of the verb that opens the quotation. */
const EPITHET_BEFORE = /^\s*the\s+(\d{1,3}-year-old|\p{Lu}\p{Ll}+)\s+(\p{Ll}+)\s*[,:]\s*$/iu;

/** The epithet of "The 26-year-old added, “…”", the verb any word the tagger reads as one. */
function epithetBefore(body: string, start: number, open: number): string | undefined {
  const m = EPITHET_BEFORE.exec(body.slice(start, open));
  if (!m) return undefined;
  const verbAt = start + m.index + m[0].lastIndexOf(m[2] as string);
  return isTaggedVerb(tagSpan(body, start, open), verbAt) ? m[1] : undefined;
}

/**
 * Sport and feature copy names the speaker again by age or nationality: "Tatyana McFadden won her
 * fourth gold. “…,” the 23-year-old said." The epithet means the person the sentence before was about,
 * when that subject is a person, in this paragraph or the one before, and (for a nationality) the
 * sentence before shows it ("Canadian Michelle Stilwell …"). Nobody otherwise.
 */
export const epithet: ContextPass = {
  name: 'epithet',
  kind: 'context',
  find({ view, q, reading, discourse, closeStop }) {
    const m = EPITHET_AFTER.exec(view.body.slice(q.close, closeStop));
    const word = m?.[1] ?? m?.[2] ?? epithetBefore(view.body, reading.sentence.start, q.open);
    if (!word) return null;
    const isAge = /year-old$/.test(word);
    if (!isAge && !(word.toLowerCase() in NATIONALITIES)) return null;
    const prev = discourse.prevSubject;
    if (!prev || prev.entity.kind !== 'person' || prev.pronoun !== null || reading.paragraph - prev.paragraph > 1) return null;
    if (!isAge && !view.body.slice(prev.sentence.start, prev.sentence.end).includes(word)) return null;
    return { entity: prev.entity, method: 'pronoun', mention: null };
  },
};
