import type { ContextPass } from '../pass';

/**
 * Words a transcript's speaker quotes from someone he names ("Ladies and gentlemen, it was Dr. Johnson
 * who said, “Keep your friendships in good repair.”"): the person named last before the verb of saying,
 * never the turn's speaker; nobody when the people index does not know whom the name means.
 */
export const quotedInTurn: ContextPass = {
  name: 'quoted-in-turn',
  kind: 'context',
  readsTurns: true,
  find({ view, q, discourse, reading }) {
    if (!q.isQuotedInTurn) return null;
    const from = reading.sentence.start;
    const named = view.mentionsIn(from, q.open).filter((m) => m.kind === 'person');
    const m = named[named.length - 1];
    const entity = m ? discourse.resolve(m, []) : null;
    return m && entity?.kind === 'person' ? { entity, method: 'explicit', mention: m } : null;
  },
};
