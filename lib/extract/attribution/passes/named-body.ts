import { NATIONALITIES, ROLE_HEADS, SPEECH_VERBS } from '../../lexicon';
import type { Mention } from '../../mentions';
import type { CuePass } from '../pass';

/**
 * "the" and a capitalised name of two words or more, with an abbreviation in brackets after it if any:
 * "the Federal Reserve", "the Independent Police Investigative Directorate (Ipid)". Nobody is written
 * with an article before their name, so the name is a body's.
 */
const NAME = String.raw`the\s+(\p{Lu}[\p{L}’'&-]*(?:\s+(?:of|for|and|on|&|\p{Lu}[\p{L}’'&-]*))*?\s+\p{Lu}[\p{L}’'-]*)(?:\s+\([\p{Lu}\p{L}.]{2,12}\))?`;
/** Subject first: "…,” the Federal Reserve said", and what may end the clause after the verb. */
const SUBJECT_FIRST = new RegExp(String.raw`^\s*(?:and\s+)?${NAME}\s+(\p{Ll}+)(?=\s*$|\s*[,.;:]|\s+(?:in|on|at|late|early|to|after|before)\b)`, 'u');
/** Verb first: "…,” said the Federal Reserve." */
const VERB_FIRST = new RegExp(String.raw`^\s*(\p{Ll}+)\s+${NAME}(?=\s*$|\s*[,.;:])`, 'u');

/**
 * After the closing mark, a body named with its article speaks: "“…,” the Federal Reserve said in a
 * statement", "“…,” said the National Science Foundation". The mention layer knows a few bodies by
 * their head noun ("the bank") or as a venue ("the Kremlin"); this reads the grammar instead, for any
 * name. Not a title ("the Prime Minister" is someone) nor a nationality ("the Canadian" is a person).
 */
export const namedBody: CuePass = {
  name: 'named-body',
  kind: 'cue',
  find({ view, q, paragraph, closeStop }) {
    if (q.close >= paragraph.end) return null;
    const tail = view.body.slice(q.close, closeStop);
    const m = SUBJECT_FIRST.exec(tail);
    const v = m ? null : VERB_FIRST.exec(tail);
    const name = m?.[1] ?? v?.[2];
    const verb = m?.[2] ?? v?.[1];
    if (!name || !verb || !SPEECH_VERBS.has(verb) || !isBodyName(name)) return null;
    // The name with its article, as written: "the" begins the match (after the verb when it comes first).
    const start = q.close + tail.indexOf('the', v ? v.index + (v[1] as string).length : 0);
    const end = q.close + tail.indexOf(name, start - q.close) + name.length;
    return { mention: body(view.body, start, end), method: 'explicit', end };
  },
};

/**
 * Whether a capitalised name after "the" names a body: no title in it ("the Prime Minister", "the Rev."),
 * not a people's name ("the New Zealander": its last word is no demonym, but it ends like one).
 */
function isBodyName(name: string): boolean {
  const words = name.split(/\s+/).map((w) => w.toLowerCase().replace(/[’']s$/, ''));
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
