import { isRoleHead, type Mention } from '../../mentions';
import { PERSON_NOUNS, REPORTING_NOUNS } from '../../lexicons/speech-nouns';
import { describedAt } from '../as-written';
import type { CuePass } from '../pass';
import { methodOfMention } from '../types';
import type { ArticleView } from '../view';

/** What may sit between the noun of saying and the opening mark: "that", a colon or a comma. */
const LINK_TO_QUOTE = /(?:\s+that)?\s*[:,]?\s*$/;
/** "'s", an optional modifier, then a noun of saying: "a reporter's comment", "Ana Ruiz's curt reply". */
const REMARK_BEFORE = /['’]s\s+(?:[\p{Ll}-]+\s+)?(\p{Ll}+)$/u;
/** An unnamed possessor written out: "a reporter", "one local resident", "the opposition leader". */
const DESCRIBED_OWNER = /(?:^|[\s(])((?:a|an|one|the)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}[\p{Ll}-]*))$/u;

/**
 * Whose remark the quotation is, when the sentence names it by its owner: "… chuckled at a reporter's
 * comment that “…”", "Ana Ruiz's reply: “…”". The owner is the speaker, a description kept as written.
 */
export const possessiveRemark: CuePass = {
  name: 'possessive-remark',
  kind: 'cue',
  find({ view, q, reading }) {
    const s = reading.sentence;
    const pre = view.body.slice(s.start, q.open);
    const rm = REMARK_BEFORE.exec(pre.replace(LINK_TO_QUOTE, ''));
    if (!rm || !REPORTING_NOUNS.has(rm[1] as string)) return null;
    const owner = ownerBefore(view, s.start, s.start + rm.index);
    return owner ? { mention: owner, method: methodOfMention(owner, 'explicit'), end: owner.end } : null;
  },
};

/** The possessor ending at `apostrophe`: a named person, or a person noun with its determiner. */
function ownerBefore(view: ArticleView, from: number, apostrophe: number): Mention | null {
  if (view.insideQuote(apostrophe)) return null;
  // A name or a title the mention finder read ("Ana Ruiz's", "the minister's"): resolved like any other.
  const ends = (x: number) => x === apostrophe || x === apostrophe + 2;
  const named = view.mentionsIn(from, apostrophe + 2).find((m) => m.kind !== 'pronoun' && (ends(m.end) || ends(m.nameEnd)));
  if (named) return named;
  const dm = DESCRIBED_OWNER.exec(view.body.slice(from, apostrophe));
  if (!dm) return null;
  const head = dm[2] as string;
  if (!PERSON_NOUNS.has(head) && !isRoleHead(head)) return null;
  const start = apostrophe - (dm[1] as string).length;
  return describedAt(view.body, start, apostrophe, false);
}
