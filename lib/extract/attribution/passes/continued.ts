import { LOCATIVES } from '../../lexicon';
import { hasUnreadAttribution } from '../clause';
import type { ContextPass } from '../pass';
import { afterApposition } from '../speaker-apposition';

/**
 * Continued: a paragraph that opens with a mark after an unclosed quotation, the next quotation of the
 * same paragraph with nobody else named in between, or a paragraph of quotation alone after one whose
 * quotation closed it ("“…,” Kanemaru said.\n\n“Underlying inflation …”").
 */
export const continued: ContextPass = {
  name: 'continued',
  kind: 'context',
  find({ view, q, paragraph: p, discourse, sentenceStop, closeStop }) {
    if (hasUnreadAttribution(view, q, sentenceStop, closeStop)) return null;
    const prev = discourse.quotes[discourse.quotes.length - 1];
    if (!prev?.speaker) return null;
    const { paragraphs } = view.doc;
    const continuesParagraph = q.opensParagraph && !prev.isClosed && prev.paragraph < p.index &&
      paragraphs.slice(prev.paragraph + 1, p.index).every((x) => x.isJunk);
    // "“…,” said Tech. Sgt. Michial Smith, a 386th … technician. “…”": the speaker's apposition names nobody else.
    const sm = prev.speakerMention;
    const skipFrom = sm && sm.start >= prev.end && sm.end <= q.open ? sm.end : q.open;
    const sameParagraph = prev.paragraph === p.index && !discourse.namesSomeoneElse(prev.end, skipFrom, prev.speaker, p.index, LOCATIVES)
      && !discourse.namesSomeoneElse(afterApposition(view.body, skipFrom, q.open), q.open, prev.speaker, p.index, LOCATIVES);
    const prevPara = paragraphs[prev.paragraph];
    const followsParagraph = q.opensParagraph && prev.paragraph === p.index - 1 && prev.isClosed && prevPara !== undefined &&
      prev.sentence.end >= prevPara.end - 1 && q.isClosed && q.close >= p.end - 1 &&
      !discourse.namesSomeoneElse(prev.end, prevPara.end, prev.speaker, prev.paragraph, LOCATIVES);
    if (!continuesParagraph && !sameParagraph && !followsParagraph) return null;
    return { entity: prev.speaker, method: 'continued', mention: prev.speakerMention };
  },
};
