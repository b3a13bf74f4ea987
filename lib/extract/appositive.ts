import { SPEECH_VERBS } from './lexicon';
import type { Mention } from './mentions';

/** Longest appositive stepped over, in characters: a description of someone, not a second sentence. */
const MAX_APPOSITIVE_CHARS = 160;

/** A comma-enclosed phrase right after a name: "Helen Oakes, a Republican from Missouri, said". */
export interface Appositive {
  /** Just past the closing comma. */
  end: number;
  /** Another person is named in it ("X, whose son Tom Reed died, said"): the verb after it might be theirs. */
  namesSomeone: boolean;
}

/**
 * The appositive after a name ending at `from`, when one follows it: a phrase between two commas with
 * no sentence mark, quotation mark, bracket or dash inside, not opening with a conjunction (then it is
 * the next item of a list, "X, Y and Z said"). Null when there is none.
 *
 * @example
 * const body = 'Ana Ruiz, a farmer from Leon who grows rice, said';
 * findAppositive(body, 8, body.length, () => []) // { end: 44, namesSomeone: false }
 */
export function findAppositive(body: string, from: number, limit: number, mentionsIn: (a: number, b: number) => Mention[]): Appositive | null {
  if (body[from] !== ',' || !/\s/.test(body[from + 1] ?? '')) return null;
  const stop = Math.min(limit, from + 1 + MAX_APPOSITIVE_CHARS);
  let close = -1;
  for (let i = from + 1; i < stop; i++) {
    const c = body[i] as string;
    if (c === ',') {
      close = i;
      break;
    }
    if ('.;:!?“”"«»()[]—–'.includes(c)) return null;
  }
  if (close < 0 || !/\s/.test(body[close + 1] ?? '')) return null;
  const phrase = body.slice(from + 1, close).trim();
  if (!phrase || /^(?:and|or|but|nor|then|so)\b/i.test(phrase)) return null;
  // "X, the investigator, said in a message from Y, raising …": the verb closes the subject; it is no appositive.
  if (SPEECH_VERBS.has(phrase.slice(0, phrase.search(/\s|$/)).toLowerCase())) return null;
  let namesSomeone = false;
  for (const m of mentionsIn(from, close)) {
    // "the Missouri Republican", "a Texas Democrat": capitalised words after an article describe, they name no one;
    // nor does an owner ("Dana Cole's husband") describing the subject.
    if (m.kind !== 'person' || m.isPossessive || /\b(?:the|a|an)\s+$/i.test(body.slice(Math.max(from, m.start - 5), m.start))) continue;
    if (m.name.length >= 2 || m.role !== null || m.gender !== null) namesSomeone = true;
  }
  return { end: close + 1, namesSomeone };
}

/**
 * Up to `max` appositives in a row after a name: "Tom Reed, R-Maine, the lone Republican to vote no, said".
 * Null when none follows; `namesSomeone` when any of them names another person.
 *
 * @example
 * const body = 'Tom Reed, R-Maine, the lone Republican to vote no, said';
 * findAppositives(body, 8, body.length, () => [])?.end // 51
 */
export function findAppositives(body: string, from: number, limit: number, mentionsIn: (a: number, b: number) => Mention[], max = 2): Appositive | null {
  let a = findAppositive(body, from, limit, mentionsIn);
  for (let n = 1; a && n < max; n++) {
    const next = findAppositive(body, a.end - 1, limit, mentionsIn);
    if (!next) break;
    a = { end: next.end, namesSomeone: a.namesSomeone || next.namesSomeone };
  }
  return a;
}

/**
 * Where an appositive that names nobody else ends: the subject of a verb after it is still the name
 * before it ("Helen Oakes, a Republican who chairs the panel, said"). Null otherwise.
 *
 * @example
 * const body = 'Ana Ruiz, a farmer from Leon who grows rice, said';
 * appositiveEnd(body, 8, body.length, () => []) // 44
 */
export function appositiveEnd(body: string, from: number, limit: number, mentionsIn: (a: number, b: number) => Mention[]): number | null {
  const a = findAppositives(body, from, limit, mentionsIn);
  return a && !a.namesSomeone ? a.end : null;
}
