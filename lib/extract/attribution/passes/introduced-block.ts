import { introducedSpeaker, type VerbFinder } from '../../introduced';
import type { Mention } from '../../mentions';
import type { ContextPass, QuoteSite } from '../pass';

/**
 * The mention that introduces a bare quotation block, read from the article's view; both introduction
 * passes use it, with their own verb finder and the mentions they leave out.
 */
export function introductionOf({ view, q, discourse }: QuoteSite, verbOf?: VerbFinder, keep: (m: Mention) => boolean = () => true): Mention | null {
  if (!q.opensParagraph) return null;
  const { doc } = view;
  return introducedSpeaker({
    body: doc.body, paragraphs: doc.paragraphs, sentences: doc.sentences, quotes: doc.quotes,
    tokensIn: (a, b) => view.tokensIn(a, b), mentionsIn: (a, b) => view.mentionsIn(a, b).filter(keep),
    isKnownPerson: (x) => discourse.personOf(x) !== null,
  }, q, verbOf);
}

/** A bare quotation block after a sentence that introduces its one speaker: "Dana … described the night." */
export const introducedBlock: ContextPass = {
  name: 'introduced-block',
  kind: 'context',
  find(site) {
    const m = introductionOf(site);
    const entity = m ? site.discourse.resolve(m, site.reading.pending) : null;
    return m && entity ? { entity, method: 'colon', mention: m } : null;
  },
};
