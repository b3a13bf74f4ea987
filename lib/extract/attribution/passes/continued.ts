import { LOCATIVES } from '../../lexicon';
import { hasUnreadAttribution } from '../clause';
import type { Discourse } from '../discourse';
import type { ContextPass } from '../pass';
import type { Entity } from '../types';
import type { Span } from '../../types';
import type { ArticleView } from '../view';
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
    // An excerpt that stops inside the quotation ("“Ukraine’s rightful place is …" as its last line) cut off its close.
    const isClosedOrCut = q.isClosed || p.index === paragraphs.length - 1;
    const followsParagraph = q.opensParagraph && prev.paragraph === p.index - 1 && prev.isClosed && prevPara !== undefined &&
      prev.sentence.end >= prevPara.end - 1 && isClosedOrCut && q.close >= p.end - 1 &&
      !discourse.namesSomeoneElse(prev.end, prevPara.end, prev.speaker, prev.paragraph, LOCATIVES);
    if (!continuesParagraph && !sameParagraph && !followsParagraph) return null;
    // "“…,” Austin told Stoltenberg. “…”" and then a paragraph of quotation alone: it may be the reply.
    if (followsParagraph && !sameParagraph && !continuesParagraph && prevPara && toldSomeoneElse(view, discourse, prevPara, prev.speaker)) return null;
    return { entity: prev.speaker, method: 'continued', mention: prev.speakerMention };
  },
};

/** A verb that turns speech to a listener, right before the listener's name: "told Stoltenberg", "asked Ruiz". */
const TO_LISTENER = /\b(?:told|asked|answered|assured|urged)\s+(?:\p{Lu}[\p{L}.]*\s+){0,3}$/u;

/** Whether a paragraph has its speaker tell a named person something, the one who may answer next. */
function toldSomeoneElse(view: ArticleView, d: Discourse, para: Span, speaker: Entity): boolean {
  return view.mentionsIn(para.start, para.end).some((m) => {
    if (m.kind !== 'person' || !TO_LISTENER.test(view.body.slice(Math.max(para.start, m.start - 40), m.start))) return false;
    const p = d.personOf(m);
    return p !== null && !(speaker.kind === 'person' && speaker.person.id === p.id);
  });
}
