import { NATIONALITIES } from '../../lexicon';
import type { ContextPass } from '../pass';

/** "…,” the 23-year-old said", "…,” said the Canadian": an age or a nationality standing for a name. */
const EPITHET_AFTER = /^\s*(?:(?:said|says|added|told\s+\p{Ll}+)\s+the\s+(\d{1,3}-year-old|\p{Lu}\p{Ll}+)|the\s+(\d{1,3}-year-old|\p{Lu}\p{Ll}+)\s+(?:said|says|added|told)\b)/u;

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
    const word = m?.[1] ?? m?.[2];
    if (!word) return null;
    const isAge = /year-old$/.test(word);
    if (!isAge && !(word.toLowerCase() in NATIONALITIES)) return null;
    const prev = discourse.prevSubject;
    if (!prev || prev.entity.kind !== 'person' || prev.pronoun !== null || reading.paragraph - prev.paragraph > 1) return null;
    if (!isAge && !view.body.slice(prev.sentence.start, prev.sentence.end).includes(word)) return null;
    return { entity: prev.entity, method: 'pronoun', mention: null };
  },
};
