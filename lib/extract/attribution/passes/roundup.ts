import type { ContextPass } from '../pass';

/** "Ana Ruiz, El País: “…”", "Ana Ruiz (El País): “…”": a roundup entry, a name and where they wrote, then the words. */
const ROUNDUP_HEAD = /^([^,:()“”"]{3,60}?)(?:,\s+(?:the\s+)?\p{Lu}[^:,“”"]{1,50}|\s+\((?:the\s+)?\p{Lu}[^)]{1,50}\)):\s*$/u;

/** Opinion roundups: each entry opens with who wrote it and the outlet, then a colon and the quotation. */
export const roundup: ContextPass = {
  name: 'roundup',
  kind: 'context',
  find({ view, q, paragraph, discourse }) {
    const head = ROUNDUP_HEAD.exec(view.body.slice(paragraph.start, q.open));
    if (!head) return null;
    const m = view.mentionsIn(paragraph.start, paragraph.start + (head[1] as string).length + 1)
      .find((x) => x.kind === 'person' && x.start === paragraph.start && x.name.length >= 2);
    const entity = m ? discourse.resolve(m, []) : null;
    return m && entity ? { entity, method: 'roundup', mention: m } : null;
  },
};
