import { parseClause } from '../clause';
import type { CuePass } from '../pass';

/** Right after the closing mark: "…,” Stoltenberg said." / "…,” said Mr. Stoltenberg." */
export const afterClose: CuePass = {
  name: 'after-close',
  kind: 'cue',
  find({ view, q, paragraph, closeStop: stop }) {
    if (q.close >= paragraph.end) return null;
    const endsSentence = endsWithSentenceMark(view.body, q.contentStart, q.contentEnd);
    const found = parseClause(view, q.close, stop, endsSentence);
    // "…NATO.” The German leader added: “…”": after a finished sentence, a verb ending in a colon hands
    // over to the next quotation, not back to this one.
    if (found && endsSentence && /^\s*:/.test(view.body.slice(found.end, found.end + 3))) return null;
    return found ? { ...found, clauseEnd: stop } : null;
  },
};

/** Whether body[start, end) ends like /[.!?]["”]?$/ reads it: the last characters, not a pattern tried at every position. */
function endsWithSentenceMark(body: string, start: number, end: number): boolean {
  let i = end - 1;
  if (i >= start && (body[i] === '"' || body[i] === '”')) i--;
  const c = i >= start ? body[i] : undefined;
  return c === '.' || c === '!' || c === '?';
}
