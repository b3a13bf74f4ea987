import { SPEECH_VERBS } from '../../lexicons/speech-verbs';
import type { ContextPass } from '../pass';

/** A verb of saying right before the mark: "who said, “", "as she put it: “". */
const SAID_BEFORE_MARK = new RegExp(String.raw`\b(?:${[...SPEECH_VERBS].filter((v) => /^[a-z]+$/.test(v)).join('|')}|put it)[,:]?\s*$`);

/**
 * Words a transcript's speaker quotes from someone he names ("Ladies and gentlemen, it was Dr. Johnson
 * who said, “Keep your friendships in good repair.”"): the person named last before the verb of saying,
 * never the turn's speaker; nobody when the people index does not know whom the name means, or when the
 * speaker recites a text (a poem) without a verb of saying.
 */
export const quotedInTurn: ContextPass = {
  name: 'quoted-in-turn',
  kind: 'context',
  readsTurns: true,
  find({ view, q, discourse, reading }) {
    // A recited text ("a well known poem …: “…”") has no verb of saying naming who said it: nobody here.
    if (!q.isQuotedInTurn || !SAID_BEFORE_MARK.test(view.body.slice(reading.sentence.start, q.open))) return null;
    const from = reading.sentence.start;
    const named = view.mentionsIn(from, q.open).filter((m) => m.kind === 'person');
    const m = named[named.length - 1];
    const entity = m ? discourse.resolve(m, []) : null;
    return m && entity?.kind === 'person' ? { entity, method: 'explicit', mention: m } : null;
  },
};
