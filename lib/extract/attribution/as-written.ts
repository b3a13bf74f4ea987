import type { Mention } from '../mentions';

/** A description read by a pass rather than by the mention finder ("a reporter", "the communique"), kept as written. */
export function describedAt(body: string, start: number, end: number, isOrg: boolean): Mention {
  const text = body.slice(start, end);
  return {
    kind: 'description', start, end, nameStart: start, nameEnd: end, name: [], role: null, text,
    gender: null, isPlural: false, isPossessive: false, isNested: false, isObject: false, isOrg,
  };
}
