/**
 * "NATO Secretary General Anders Fogh Rasmussen meets with US President Barack Obama, November 7, 2011" above "…
 * visited Washington on 7 November to meet President Barack Obama": a photo's line and the story tell one meeting, on
 * one day written two ways, with the same person. The story's place is the meeting's.
 */
import type { Pending } from './types';
import { withoutDropped } from './merge';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})\\s+${MONTH}\\b`);
const MONTH_DAY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})\\b`);

/** "November 7, 2011" and "7 November" → "nov-7"; null for a time with no month and day. */
export function dayKey(when: string): string | null {
  const dm = DAY_MONTH.exec(when);
  const md = dm ? null : MONTH_DAY.exec(when);
  const month = dm?.[2] ?? md?.[1];
  const day = dm?.[1] ?? md?.[2];
  if (!month || !day) return null;
  const i = MONTHS.indexOf(month.slice(0, 3).toLowerCase());
  return i < 0 ? null : `${MONTHS[i]}-${Number(day)}`;
}

/**
 * Drops an unplaced meeting that a placed one told in another sentence repeats: the same month and day, someone both
 * name, neither a call nor ahead. The placed telling keeps the people of both. Returns the meetings left, in order.
 */
export function dropUnplacedSameDay(out: Pending[]): Pending[] {
  const drop = new Set<Pending>();
  for (const m of out) {
    const key = m.place !== null && m.place !== 'virtual' && m.when && (m.counterparts?.length ?? 0) > 0 ? dayKey(m.when) : null;
    if (!key) continue;
    const twin = out.find((u) => u !== m && !drop.has(u) && u.place === null && u.when !== null && u.sentence.start !== m.sentence.start && isHeldTalk(u)
      && dayKey(u.when) === key && sharesSomeone(u.counterparts ?? [], m.counterparts ?? []));
    if (!twin) continue;
    for (const x of twin.participants) if (!m.participants.includes(x)) m.participants.push(x);
    drop.add(twin);
  }
  return withoutDropped(out, drop);
}

/** "Barack Obama" and "Obama" (a list's item read by its surname): someone both name, by the last word of the name. */
const surname = (name: string) => name.split(/\s+/).at(-1) ?? name;
const sharesSomeone = (a: readonly string[], b: readonly string[]) => a.some((p) => b.some((q) => surname(p) === surname(q)));

const isHeldTalk = (m: Pending) => !m.future && !m.isTopic && m.type !== 'call' && m.type !== 'video-conference';
