/**
 * "They will meet separately with Operation Unified Protector and ISAF partners to discuss Libya and Afghanistan as well
 * as counterparts in the NATO-Georgia Commission, the NATO-Ukraine Commission and the NATO-Russia Council": "separately"
 * says each group named is met on its own, so each is a meeting of its own, held where and when the verb's meeting is.
 */
import type { Span } from '../types';
import type { ItemSpan } from './each-counterpart';
import type { ArticleContext, Pending } from './types';

/** The verb, then "separately with": the list that follows is met group by group. */
const SEPARATELY_WITH = /^\s+separately\s+with\s+/;
/** "as well as counterparts in …": a second list joined to the first. */
const AS_WELL_AS = /\s+as\s+well\s+as\s+/g;
/** "counterparts in", "their partners from": the people of the bodies listed after it, not a group of their own. */
const MEMBERS_OF = /^(?:(?:their|his|her|its)\s+)?(?:counterparts|partners|representatives|members|colleagues)\s+(?:in|from|of)\s+/;
/** Where a list stops: a purpose clause ("to discuss …"), a relative clause, a semicolon, the sentence's end. */
const LIST_END = /\s+to\s+\p{Ll}|,\s+(?:who|which|where|while|as)\b|[;:]|\.\s*$/u;
/** A group by its name: "ISAF partners", "the NATO-Russia Council", "Operation Unified Protector". */
const NAMED_GROUP = /^(?:the\s+)?\p{Lu}/u;

/**
 * The groups a "meet separately with" list names, as spans of the text, when there are two or more; else null.
 *
 * @param trig the trigger's words ("meet", "met")
 * @param seg the words after the trigger, up to the next trigger or the sentence's end
 * @param segStart where `seg` starts in the text
 * @example
 * separateGroups('meet', ' separately with Alpha and Beta partners to discuss trade.', 0)?.length; // → 2
 */
export function separateGroups(trig: string, seg: string, segStart: number): ItemSpan[] | null {
  if (!/^(?:meet|meets|met)$/.test(trig)) return null;
  const open = SEPARATELY_WITH.exec(seg);
  if (!open) return null;
  const items: ItemSpan[] = [];
  // Each list runs from its opening to where its clause ends; "as well as" opens the next one.
  const starts = [open[0].length, ...[...seg.matchAll(AS_WELL_AS)].map((m) => (m.index ?? 0) + m[0].length).filter((at) => at > open[0].length)];
  for (const start of starts) {
    const lead = MEMBERS_OF.exec(seg.slice(start))?.[0].length ?? 0;
    const rest = seg.slice(start + lead);
    const end = LIST_END.exec(rest.split(AS_WELL_AS)[0] ?? rest);
    const list = rest.slice(0, end ? end.index : (rest.split(AS_WELL_AS)[0] ?? rest).length);
    let from = 0;
    for (const m of [...list.matchAll(/,\s+(?:and\s+)?|\s+and\s+/g), null]) {
      const to = m ? m.index ?? 0 : list.length;
      const item = list.slice(from, to).trim();
      if (!NAMED_GROUP.test(item)) return null;
      items.push({ start: segStart + start + lead + from, end: segStart + start + lead + to });
      if (m) from = (m.index ?? 0) + m[0].length;
    }
  }
  return items.length > 1 ? items : null;
}

/**
 * One meeting per group met separately, cited from the list's sentence, held where and when the verb's meeting is: the
 * meeting the verb added is the first group's; one it joined (told before) stays as it was, and each group gets a copy.
 */
export function splitPerGroup(target: Pending, isAdded: boolean, items: ItemSpan[], s: Span, subjectEnd: number, personsIn: ArticleContext['personsIn'], out: Pending[]): void {
  const subject = personsIn(s.start, subjectEnd);
  const people = (it: ItemSpan) => [...new Set([...subject, ...personsIn(it.start, it.end)])];
  const base: Pending = { ...target, what: 'meeting', type: 'meeting', start: s.start, end: s.end, sentence: { start: s.start, end: s.end } };
  delete base.counterparts;
  items.forEach((it, k) => {
    if (k === 0 && isAdded) target.participants = people(it);
    else out.push({ ...base, participants: people(it) });
  });
}
