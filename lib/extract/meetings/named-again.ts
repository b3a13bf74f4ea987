/**
 * Cues that a meeting noun names a meeting already read, or another one, and where a gerund's clause places its meeting:
 * small readers `addEvent` and `readSentence` (index.ts) call.
 */
import type { Span } from '../types';
import type { EventWords } from './event-types';
import { isGerundWithObject } from './met-thing';
import { cityIn } from './setting';
import type { Pending } from './types';

/**
 * "NATO's Secretary General met with President Karzai today. … During his meeting with President Karzai, …": a
 * meeting noun after a possessive, with no place or time of its own, held with someone a meeting already told was held
 * with, is that meeting named again (not "his next meeting with", nor a call).
 */
export function retoldByPossessive(out: Pending[], before: string, what: string, when: string | null, counterparts: string[]): Pending | undefined {
  if (when !== null || counterparts.length === 0 || !/^(?:meeting|talks|discussions?)$/.test(what)) return undefined;
  if (!/\b(?:his|her|their)\s+(?:[\w-]+\s+)?$/i.test(before) || /\b(?:another|separate|second|next|previous|last|earlier|later|future|upcoming)\s+$/i.test(before)) return undefined;
  return out.findLast((m) => !m.future && m.type !== 'call' && m.type !== 'video-conference' && (m.counterparts ?? []).some((p) => counterparts.includes(p)));
}

/** "at the Pentagon", "in Jakarta": a place the words before a gerund's clause name, read last first. */
const AT_OR_IN_PLACE = /\b(?:at|in)\s+(?:the\s+)?(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2})/gu;

/** The town of the last place the main clause before "after meeting …" names, if the gazetteers or the venues know it. */
export function mainClausePlace(clause: string): string | null {
  const names = [...clause.matchAll(AT_OR_IN_PLACE)].map((m) => m[1] as string);
  for (const name of names.reverse()) {
    const city = cityIn(name);
    if (city) return city;
  }
  return null;
}

/**
 * "also met with Secretary of State John Kerry" … "concluded his visit to Washington by meeting young professionals": a
 * later meeting with people its words describe but do not name is another than one held with someone named.
 */
export function metSomeoneElse(m: Pending, w: EventWords, counterparts: readonly string[], s: Span): boolean {
  return counterparts.length === 0 && (m.counterparts?.length ?? 0) > 0 && m.sentence.start < s.start && isGerundWithObject(w.trig, w.before, w.seg);
}
