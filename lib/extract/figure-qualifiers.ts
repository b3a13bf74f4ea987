import { DEPLOY_VERB_LEXICON } from './lexicons/figure-verbs';
import { FIGURE_QUALIFIER_LEXICON } from './lexicons/number-words';
import { alternation } from './figure-numbers';
import type { FigureQualifier } from './types';

/**
 * What the words around a figure say of it: its qualifier ("more than", "about") from the text before
 * the number, and its status ("on standby", "deployed") from the words near it.
 */

/** Each qualifier with the words that give it, ending the text before a number; the last that matches wins. */
const QUALIFIERS: [RegExp, FigureQualifier][] = [...new Set(Object.values(FIGURE_QUALIFIER_LEXICON.record))].map((q) => [
  new RegExp(String.raw`\b(?:${alternation(Object.keys(FIGURE_QUALIFIER_LEXICON.record).filter((w) => FIGURE_QUALIFIER_LEXICON.record[w] === q))})\s*$`, 'i'),
  q,
]);
const STANDBY_RE = /\bon\s+(?:high\s+)?(standby|alert|stand-by)\b|\bready to deploy\b|\bput\b[^.]{0,40}\bon\s+(?:standby|alert)/i;
const DEPLOYED_RE = new RegExp(String.raw`\b(${alternation(DEPLOY_VERB_LEXICON.words)})\b`, 'i');

export function qualifierOf(before: string): FigureQualifier {
  let qualifier: FigureQualifier = null;
  for (const [re, q] of QUALIFIERS) if (re.test(before)) qualifier = q;
  return qualifier;
}

export function statusNear(text: string, from: number, to: number): string | null {
  const near = text.slice(Math.max(0, from - 50), Math.min(text.length, to + 40));
  return STANDBY_RE.test(near) ? 'on standby' : DEPLOYED_RE.exec(near)?.[1]?.toLowerCase() ?? null;
}
