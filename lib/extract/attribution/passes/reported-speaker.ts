import { LOCATIVES } from '../../lexicon';
import { hasUnreadAttribution } from '../clause';
import type { ContextPass } from '../pass';

/**
 * A quotation that opens its sentence right after its speaker was reported in the same paragraph:
 * "… was in attendance, Austin said. “I want to thank him for being here.”" The last speaker of the
 * paragraph, when nobody else is named between them and the quotation.
 */
export const reportedSpeaker: ContextPass = {
  name: 'reported-speaker',
  kind: 'context',
  find({ view, q, reading, paragraph, discourse, sentenceStop, closeStop }) {
    if (!/^\s*$/.test(view.body.slice(reading.sentence.start, q.open)) || hasUnreadAttribution(view, q, sentenceStop, closeStop)) return null;
    const last = discourse.history.findLast((e) => e.speaks === true && e.pos < q.open);
    if (!last || last.paragraph !== paragraph.index) return null;
    if (discourse.namesSomeoneElse(last.pos, q.open, last.entity, paragraph.index, LOCATIVES)) return null;
    return { entity: last.entity, method: 'continued', mention: last.mention };
  },
};
