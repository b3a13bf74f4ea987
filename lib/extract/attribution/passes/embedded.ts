import { parseClause } from '../clause';
import type { CuePass } from '../pass';

/**
 * An attribution inside the marks: "…fails, warned Jens Stoltenberg. If Russia…". The quoted text is
 * given back without it.
 */
export const embedded: CuePass = {
  name: 'embedded',
  kind: 'cue',
  find({ view, q }) {
    const content = view.body.slice(q.contentStart, q.contentEnd);
    const inner = /,\s+([^,.;“”"]{2,70}?)([.,]|$)/g;
    for (let im = inner.exec(content); im; im = inner.exec(content)) {
      const a = q.contentStart + im.index + im[0].indexOf(im[1] as string);
      const b = a + (im[1] as string).length;
      const found = parseClause(view, a, b, false);
      if (!found || found.end < b - 1) continue;
      const before = content.slice(0, im.index).replace(/[,\s]+$/, '');
      const rest = content.slice(im.index + im[0].length).trim();
      const text = rest ? `${before}${/^\p{Lu}/u.test(rest) ? '. ' : ', '}${rest}` : before;
      return { ...found, method: found.method === 'pronoun' ? 'pronoun' : 'embedded', text };
    }
    return null;
  },
};
