import { NATIONALITIES, ROLE_HEADS, SPEECH_VERBS } from '../../lexicon';
import type { Mention } from '../../mentions';
import type { Cue, CuePass, QuoteSite } from '../pass';

/**
 * "the" and a capitalised name of two words or more, with an abbreviation in brackets after it if any:
 * "the Federal Reserve", "the Independent Police Investigative Directorate (Ipid)". Nobody is written
 * with an article before their name, so the name is a body's. Group 1 is the article and the name.
 */
const NAME = String.raw`([Tt]he\s+\p{Lu}[\p{L}’'&-]*(?:\s+(?:of|for|and|on|&|\p{Lu}[\p{L}’'&-]*))*?\s+\p{Lu}[\p{L}’'-]*)(?:\s+\([\p{L}.]{2,12}\))?`;
/** Subject first after the closing mark: "…,” the Federal Reserve said", and what may end the clause after the verb. */
const SUBJECT_FIRST = new RegExp(String.raw`^\s*(?:and\s+)?${NAME}\s+(\p{Ll}+)(?=\s*$|\s*[,.;:]|\s+(?:in|on|at|late|early|to|after|before)\b)`, 'du');
/** Verb first: "…,” said the Federal Reserve." (the verb named, the name group 2). */
const VERB_FIRST = new RegExp(String.raw`^\s*(?<verb>\p{Ll}+)\s+${NAME}(?=\s*$|\s*[,.;:])`, 'du');
/** Before the quotation, opening its sentence or after a short fronted phrase: "The Federal Reserve said in a statement: “…”". */
const BEFORE = new RegExp(String.raw`^\s*(?:[^,“”"]{1,40},\s+)?${NAME}\s+(\p{Ll}+)\b[^.;:“”"]{0,60}?(?::|,|\bthat)\s*$`, 'du');

/**
 * A body named with its article speaks: "“…,” the Federal Reserve said in a statement", "“…,” said the
 * National Science Foundation", "The Federal Reserve said: “…”". The mention layer knows a few bodies by
 * their head noun ("the bank") or as a venue ("the Kremlin"); this reads the grammar instead, for any
 * name. Not a title ("the Prime Minister" is someone) nor a people ("the New Zealander" is a person).
 */
export const namedBody: CuePass = {
  name: 'named-body',
  kind: 'cue',
  find(site) {
    return after(site) ?? before(site);
  },
};

function after({ view, q, paragraph, closeStop }: QuoteSite): Cue | null {
  if (q.close >= paragraph.end) return null;
  const tail = view.body.slice(q.close, closeStop);
  const m = SUBJECT_FIRST.exec(tail) ?? VERB_FIRST.exec(tail);
  const nameGroup = m?.groups?.verb ? 2 : 1;
  const verb = m?.groups?.verb ?? m?.[2];
  const at = m?.indices?.[nameGroup];
  if (!m || !verb || !at || !SPEECH_VERBS.has(verb) || !isBodyName(m[nameGroup] as string)) return null;
  const [start, end] = [q.close + at[0], q.close + at[1]];
  return { mention: body(view.body, start, end), method: 'explicit', end };
}

/** "The Federal Reserve said in a statement: “…”", when nobody else is named between the verb and the quotation. */
function before({ view, q, reading }: QuoteSite): Cue | null {
  const s = reading.sentence;
  if (q.open <= s.start) return null;
  const m = BEFORE.exec(view.body.slice(s.start, q.open));
  const at = m?.indices?.[1];
  const verbAt = m?.indices?.[2];
  if (!m || !at || !verbAt || !SPEECH_VERBS.has(m[2] as string) || !isBodyName(m[1] as string)) return null;
  if (view.mentionsIn(s.start + verbAt[1], q.open).some((x) => x.kind === 'person' && !view.insideQuote(x.start))) return null;
  return { mention: body(view.body, s.start + at[0], s.start + at[1]), method: 'explicit', end: s.start + verbAt[1] };
}

/**
 * Whether "the" and a capitalised name name a body: no title in it ("the Prime Minister", "the Rev."),
 * and not a people's name ("the New Zealander": its last word is no demonym, but it ends like one).
 */
function isBodyName(name: string): boolean {
  const words = name.split(/\s+/).slice(1).map((w) => w.toLowerCase().replace(/[’']s$/, ''));
  const last = words[words.length - 1] as string;
  if (last in NATIONALITIES || /(?:lander|ian|ese)$/.test(last)) return false;
  return !words.some((w) => ROLE_HEADS.has(w) || w.endsWith('.'));
}

function body(text: string, start: number, end: number): Mention {
  return {
    kind: 'description', start, end, nameStart: start, nameEnd: end, name: [], role: null, text: text.slice(start, end),
    gender: null, isPlural: false, isPossessive: false, isNested: false, isObject: false, isOrg: true,
  };
}
