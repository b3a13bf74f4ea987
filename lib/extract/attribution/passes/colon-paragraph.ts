import type { ContextPass } from '../pass';

/** The first quotation of a paragraph after one that ended "X said:". */
export const colonParagraph: ContextPass = {
  name: 'colon-paragraph',
  kind: 'context',
  find({ q, paragraph, discourse }) {
    const c = discourse.colonSpeaker;
    if (!c || !q.opensParagraph || c.paragraph >= paragraph.index) return null;
    return { entity: c.entity, method: 'colon', mention: null };
  },
};
