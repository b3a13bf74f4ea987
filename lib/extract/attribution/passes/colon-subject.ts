import type { ContextPass } from '../pass';

/** Longest clause (in words after its subject) that only announces what the subject says next. */
const MAX_ANNOUNCING_WORDS = 8;
/** A fronted phrase of time or setting before the subject: "In her speech, ", "At the summit on Monday, ". */
const FRONTED = /^(?:In|At|On|During|After|Before|Later|Earlier|Then|Afterwards|Today|Yesterday)\b[^,:;“”"]{0,60},\s+/;
/** Words that make the clause about someone else's words: "a letter from X:", "the reply of X:", "a post by X:". */
const ABOUT_OTHERS = new Set(['from', 'by', 'of', 'to', 'with', 'and']);

/**
 * A quotation right after a colon, in a sentence whose short clause names only its subject: "Merkel was
 * blunt: “Georgia will become a member of NATO.”", "She had a message for Moscow: “…”", "In her speech,
 * Ana Ruiz struck a defiant tone: “…”", or a name alone as a label: "Chen Guangcheng: “…”". The subject,
 * who opens the sentence, speaks; with anyone else named before the colon, nobody can be told.
 */
export const colonSubject: ContextPass = {
  name: 'colon-subject',
  kind: 'context',
  find({ view, q, reading, discourse }) {
    const s = reading.sentence;
    const before = view.body.slice(s.start, q.open);
    if (!/:\s*$/.test(before) || /[“”"]/.test(before)) return null;
    // The phrase may hold a pronoun ("In her speech") but nobody named: they could be who speaks.
    const lead = FRONTED.exec(before)?.[0].length ?? 0;
    const all = view.mentionsIn(s.start, q.open).filter((x) => !x.isNested);
    const ms = all.filter((x) => x.start >= s.start + lead);
    if (all.some((x) => x.start < s.start + lead && x.kind !== 'pronoun')) return null;
    const subj = ms[0];
    if (!subj || subj.start !== s.start + lead || (subj.kind !== 'person' && subj.kind !== 'pronoun') || subj.isPossessive || ms.length > 1) return null;
    const words = view.tokensIn(subj.end, q.open);
    // "Chen Guangcheng: “…”", a cartoon's or a roundup's line: a name alone before the colon is a label.
    const isNameLabel = words.length === 0 && subj.kind === 'person' && !view.insideQuote(subj.start);
    if ((words.length === 0 && !isNameLabel) || words.length > MAX_ANNOUNCING_WORDS || words.some((t) => ABOUT_OTHERS.has(t.lower))) return null;
    const entity = discourse.resolve(subj, reading.pending);
    return entity ? { entity, method: 'colon', mention: subj } : null;
  },
};
