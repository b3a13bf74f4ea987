import { introducedSpeaker } from '../../introduced';
import type { ContextPass } from '../pass';

/** A bare quotation block after a sentence that introduces its one speaker: "Dana … described the night." */
export const introducedBlock: ContextPass = {
  name: 'introduced-block',
  kind: 'context',
  find({ view, q, discourse, reading }) {
    if (!q.opensParagraph) return null;
    const { doc } = view;
    const m = introducedSpeaker({
      body: doc.body, paragraphs: doc.paragraphs, sentences: doc.sentences, quotes: doc.quotes,
      tokensIn: (a, b) => view.tokensIn(a, b), mentionsIn: (a, b) => view.mentionsIn(a, b),
      isKnownPerson: (x) => discourse.personOf(x) !== null,
    }, q);
    const entity = m ? discourse.resolve(m, reading.pending) : null;
    return m && entity ? { entity, method: 'colon', mention: m } : null;
  },
};
