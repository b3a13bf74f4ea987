import { SPEECH_VERBS } from '../../lexicon';
import type { Mention } from '../../mentions';
import type { ContextPass } from '../pass';

/** "…,” the player said" / "…,” said the reviewer": a definite noun phrase of one noun as the subject of a speech verb. */
const DEFINITE_AFTER = /^\s*(?:the\s+([a-z][a-z-]+)\s+([a-z]+)|([a-z]+)\s+the\s+([a-z][a-z-]+))\s*(?:[,.;:]|$|\s+(?:in|on|at|to|after)\b)/;
/** How far back (characters) the indefinite description may stand. */
const LOOKBACK = 3_000;

/**
 * An anonymous source named again by its head noun: "An Exeter player, who asked not to be named, …
 * “…,” the player said." The speaker is the indefinite description the article introduced, as written up
 * to its first comma ("an Exeter player"), when it is the latest description with that head noun.
 * Role nouns ("the minister") are the mention layer's, and a person's epithet ("the striker") needs a
 * name this pass does not look for.
 */
export const definiteSource: ContextPass = {
  name: 'definite-source',
  kind: 'context',
  find({ view, q, closeStop }) {
    const m = DEFINITE_AFTER.exec(view.body.slice(q.close, closeStop));
    const noun = m?.[1] ?? m?.[4];
    const verb = m?.[2] ?? m?.[3];
    if (!noun || !verb || !SPEECH_VERBS.has(verb)) return null;
    let found: Mention | null = null;
    for (const x of view.mentionsIn(Math.max(0, q.open - LOOKBACK), q.open)) {
      if (x.kind !== 'description' || x.isPlural || x.isOrg || view.insideQuote(x.start) || !/^(?:an?|one)\s/i.test(x.text)) continue;
      if (headOf(x) === noun) found = x;
    }
    if (!found) return null;
    const text = found.text.split(',')[0] as string;
    return { entity: { kind: 'description', text: text.charAt(0).toLowerCase() + text.slice(1), isPlural: false }, method: 'anonymous', mention: null };
  },
};

/** The head noun of a description: the last word of its role ("Exeter player" → "player"). */
function headOf(x: Mention): string | undefined {
  return x.role?.toLowerCase().split(/\s+/).at(-1);
}
