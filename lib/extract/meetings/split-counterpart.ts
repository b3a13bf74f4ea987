/** A meeting with several people listed, split into one meeting per person met. */
import type { Span } from '../types';
import { type ItemSpan } from './each-counterpart';
import type { Pending, ArticleContext } from './types';

/**
 * One meeting per person listed: the meeting read (or joined) keeps the first, a copy cited from the list's sentence
 * is made for each other, each with the traveller and its own person only, so a later mention of one joins the right one.
 */
export function splitPerCounterpart(target: Pending, items: ItemSpan[], sentence: string, s: Span, personsIn: ArticleContext['personsIn'], out: Pending[]): void {
  const who = items.map((it) => personsIn(it.start, it.end));
  // "Secretary Pompeo" after "Secretary of State Mike Pompeo": the surname the item ends on, when the index names no one there.
  const surname = (k: number) => /(\p{Lu}[\p{L}’'-]+)\W*$/u.exec(sentence.slice((items[k] as ItemSpan).start - s.start, (items[k] as ItemSpan).end - s.start))?.[1] ?? '';
  // Each person met, by the index's name, else by that surname ("Pompeo"), so a later mention can find its meeting.
  const met = (k: number) => ((who[k] ?? []).length > 0 ? who[k] as string[] : surname(k) ? [surname(k)] : []);
  const isMet = (k: number, p: string) => met(k).some((q) => q === p || p.endsWith(` ${q}`) || q.endsWith(` ${p}`));
  // "President Bush, Secretary of State Condoleezza Rice": a mention read across two items names no one in either, so
  // each other item's people are left out by the surname it ends on too.
  const without = (k: number) => target.participants.filter((p) => !items.some((_, j) => j !== k && isMet(j, p)));
  const counterparts = (k: number) => (met(k).length > 0 ? { counterparts: met(k) } : {});
  for (let k = 1; k < items.length; k++) {
    // "delighted to meet Vice President Pence, Secretary Pompeo, and …": a person already met there is that meeting again.
    if (out.some((m) => m !== target && m.place === target.place && m.counterparts?.some((p) => isMet(k, p)))) continue;
    // A meeting joined from an earlier sentence ("following meetings with senior figures"): each copy cites the list.
    const copy: Pending = { ...target, participants: without(k), start: s.start, end: s.end, sentence: { start: s.start, end: s.end } };
    delete copy.counterparts;
    out.push({ ...copy, ...counterparts(k) });
  }
  const first = without(0);
  if (met(0).length > 0) target.counterparts = met(0);
  target.participants = first;
}
