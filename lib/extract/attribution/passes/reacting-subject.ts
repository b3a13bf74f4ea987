import type { Mention } from '../../mentions';
import { ADVERBS, hasUnreadAttribution } from '../clause';
import type { ContextPass, QuoteSite } from '../pass';

/** Verbs that report what the subject said, so that a quotation after the sentence gives their words. */
const REPORTING_VERBS = new Set(['told', 'said', 'says', 'added', 'warned', 'insisted', 'argued', 'stressed', 'explained', 'acknowledged', 'conceded', 'admitted']);

/** Verbs that show a subject reacting to a question, with the answer quoted right after ("She shrugged. “…”"). */
const REACTION_VERBS = new Set([
  'shrugged', 'smiled', 'grinned', 'laughed', 'chuckled', 'nodded', 'paused', 'sighed', 'winced', 'frowned', 'bristled', 'hesitated',
]);
/** Longest sentence (in words after the subject) that is only a reaction, not a story of its own. */
const MAX_REACTION_WORDS = 12;

/**
 * A quotation opening its sentence right after one whose subject answers or reacts: "Asked whether …,
 * the manager shook his head. “…”", "The striker grinned. “…”", "Ana Ruiz told reporters that members
 * were losing patience. “…”".
 */
export const reactingSubject: ContextPass = {
  name: 'reacting-subject',
  kind: 'context',
  find(site) {
    const { view, q, reading, discourse } = site;
    if (q.open - reading.sentence.start >= 3 || hasUnreadAttribution(view, q, site.sentenceStop, site.closeStop)) return null;
    const m = subjectOfSentenceBefore(site);
    const entity = m ? discourse.resolve(m, []) : null;
    return m && entity ? { entity, method: 'colon', mention: m } : null;
  },
};

/**
 * The subject of the sentence right before quotation q in its paragraph, when that sentence answers a
 * question, only shows the subject reacting or reports their words, names nobody else and quotes nothing.
 */
function subjectOfSentenceBefore({ view, q, reading }: QuoteSite): Mention | null {
  const { body } = view;
  const s = reading.sentence;
  if (!/^\s*$/.test(body.slice(s.start, q.open))) return null;
  const list = view.doc.sentences[reading.paragraph] ?? [];
  const prev = list[list.indexOf(s) - 1];
  if (!prev || !/^\s*$/.test(body.slice(prev.end, q.open)) || view.insideQuote(prev.start)) return null;
  const text = body.slice(prev.start, prev.end);
  if (view.insideQuote(prev.end - 1) || view.quotesOpenIn(prev.start, prev.end) || !/[.!]$/.test(text.trimEnd())) return null;
  const ms = view.mentionsIn(prev.start, prev.end).filter((x) => !x.isNested && !x.isPossessive);
  const asked = /^Asked\b[^.;:!?“”"]*?,\s+/.exec(text);
  const subj = ms.find((x) => x.start === prev.start + (asked ? asked[0].length : 0));
  if (!subj || (subj.kind === 'description' && (subj.isPlural || subj.isOrg))) return null;
  const rest = view.tokensIn(subj.end, prev.end);
  const verb = rest.find((t) => !ADVERBS.has(t.lower));
  if (!verb) return null;
  // Anyone named after the subject could be who answers; the audience of "told reporters" could not.
  const audience = (x: Mention) => x.kind === 'description' && x.isPlural && x.isObject === true;
  if (ms.some((x) => x.start >= subj.end && x.kind !== 'pronoun' && !audience(x))) return null;
  const k = rest.indexOf(verb);
  if (!asked && k === 0 && REPORTING_VERBS.has(verb.lower)) return subj;
  if (rest.length > MAX_REACTION_WORDS) return null;
  if (asked || REACTION_VERBS.has(verb.lower)) return subj;
  return verb.lower === 'shook' && /^(?:his|her|their)$/.test(rest[k + 1]?.lower ?? '') && rest[k + 2]?.lower === 'head' ? subj : null;
}
