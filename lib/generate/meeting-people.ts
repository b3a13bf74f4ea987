/** Who met, as a stem may name them: the people of the meeting's own clause, not its reporter or a name's tail. */
import { readsAsNoPerson } from './person-words';
import type { Meeting } from '@/lib/extract/types';
import type { GenerateContext } from './context';
import type { MeetingView } from './meeting-view';
import { displayName, isPersonLike } from './people';
import { containsWords, escapeRegExp } from './text';

export function participantIds(ctx: GenerateContext, m: Meeting): string[] {
  return m.participants.map((p) => ctx.people.resolve(p)).filter((id): id is string => !!id);
}

/** How many people the index knows took part: "Camp Victory" or "Iraq" among the participants are no one. */
export function peopleWhoMet(ctx: GenerateContext, m: Meeting): number {
  return new Set(participantIds(ctx, m).filter((id) => {
    const p = ctx.people.byId.get(id);
    return !!p && isPersonLike(p);
  })).size;
}

/** People named in the meeting's own clause who took part: "the phone call between Antony Blinken and Wang Yi". */
export function between(ctx: GenerateContext, v: MeetingView): string {
  const clause = v.article.body.slice(v.clause.start, v.clause.end);
  // "Clinton's separate meetings with Miliband and Steinmeier": Miliband and Steinmeier did not meet each
  // other (blind-22); the sentence, blanked, says who met whom.
  if (/\bseparate(?:ly)?\b/i.test(clause)) return '';
  // Named there in so many words ("Russias" is not Russia's president), and people, not an office or a unit;
  // not whoever reports it ("…, Pentagon Press Secretary George Little said"), nor a word of a longer name
  // ("New" of New Delhi); nor a name the reports only write as a qualifier ("Southeast Asian", person-words.ts).
  const names = [...new Set(participantIds(ctx, v.m))]
    .map((id) => ctx.people.byId.get(id))
    .filter((p): p is NonNullable<typeof p> => !!p && isPersonLike(p) && !readsAsNoPerson(ctx, p) && ctx.people.spellings(p.id).some((f) => containsWords(clause, f) && !isHeadOfName(clause, f)) && !ctx.people.spellings(p.id).some((f) => isTailOfName(clause, f) || isRepresented(clause, f) || isReporter(clause, f)))
    .map((p) => displayName(p));
  if (names.length >= 2 && names.length <= 3) {
    const list = `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
    // "The Secretary General arrived for talks with Prime Minister Mitsotakis and President Pavlopoulos": those met
    // with someone else, not each other (blind-31); "between" only when one of them holds the talks.
    const withAt = WITH_AFTER_MEETING.exec(clause);
    const afterWith = withAt && names.every((n) => clause.indexOf(n.split(' ').pop() as string) > withAt.index);
    return afterWith ? ` with ${list}` : ` between ${list}`;
  }
  // "a bilateral meeting in Geneva between US and Russian officials": the sides as the clause names them.
  // Only after a meeting word: "relations between Washington and Israel" are not who met (blind review).
  const hit = SIDES_BETWEEN.exec(clause);
  const sides = hit && MEETING_BEFORE.test(clause.slice(Math.max(0, hit.index - 60), hit.index)) ? hit[1] : undefined;
  return sides ? ` between ${sides}` : '';
}

/**
 * "The President had a two-hour meeting with King Abdullah": a readout names the one its principal met, the
 * principal being whoever gives the briefing's words their "the President". " with King Abdullah", or '' when
 * the clause names no one person right after its meeting's "with".
 */
export function withOne(ctx: GenerateContext, v: MeetingView): string {
  const clause = v.article.body.slice(v.clause.start, v.clause.end);
  const at = WITH_AFTER_MEETING.exec(clause);
  if (!at) return '';
  const after = clause.slice(at.index + at[0].length);
  // A person the index knows, by a full name or by an office ("King Abdullah": the index's one-word name with a role).
  const people = [...new Set(participantIds(ctx, v.m))].map((id) => ctx.people.byId.get(id)).filter((p): p is NonNullable<typeof p> => !!p && (isPersonLike(p) || !!p.role));
  const named = people.map((p) => ctx.people.spellings(p.id).map((f) => titledAfterWith(f).exec(after)?.[1]).find((x) => x)).filter((x): x is string => !!x);
  // As the clause writes them ("President Hu"), up to the name.
  return named.length === 1 ? ` with ${named[0] as string}` : '';
}

/** Right after "with": an office of capitalised words, then the name ("King Abdullah", "the Chinese President Hu"). */
function titledAfterWith(name: string): RegExp {
  return new RegExp(`^\\s+(?:the\\s+)?((?:\\p{Lu}[\\p{L}.-]*\\s+){0,3}${escapeRegExp(name)})(?![\\p{L}])`, 'u');
}

/** A meeting word and its "with": "for talks with …", "met with …". */
const WITH_AFTER_MEETING = /\b(?:meeting|meetings|talks|negotiations|call|discussions|consultations|met|meets|meet)\s+with\b/i;

/** A meeting word a few words before "between": "a bilateral meeting in Geneva between …". */
const MEETING_BEFORE = /\b(?:meeting|meetings|talks|negotiations|call|summit|dialogue|session|consultations|discussions|met)\b(?:\s+[\p{L}\d,.-]+){0,5}\s*$/iu;

/** "between US and Russian officials", "between the Israeli and Palestinian negotiators": two named sides. */
const SIDE = String.raw`(?:the\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*`;
const SIDES_BETWEEN = new RegExp(String.raw`\bbetween\s+(${SIDE}\s+and\s+${SIDE}(?:\s+(?:officials|negotiators|delegations|leaders|ministers|diplomats|representatives|envoys))?)\b`, 'u');

/**
 * Whether every mention of `name` in `text` ends a longer name ("Democratic Change" in "the Movement for
 * Democratic Change"): a participant read from the tail of a party's name is no one to name.
 */
function isTailOfName(text: string, name: string): boolean {
  const all = [...text.matchAll(new RegExp(`\\b${escapeRegExp(name)}\\b`, 'g'))];
  return all.length > 0 && all.every((m) => /\p{Lu}[\p{L}-]*\s+(?:for|of|the|for the|of the)\s+$/u.test(text.slice(Math.max(0, m.index - 40), m.index)));
}

/** Whether every mention of `name` runs on into another capitalised word: "New" in "New Delhi". */
function isHeadOfName(text: string, name: string): boolean {
  const all = [...text.matchAll(new RegExp(`\\b${escapeRegExp(name)}\\b`, 'g'))];
  return all.length > 0 && all.every((m) => /^\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}/u.test(text.slice(m.index + m[0].length)));
}

/** Whether `name` is the one reporting the meeting: "…, Pentagon Press Secretary George Little said." */
function isReporter(text: string, name: string): boolean {
  // "… to date under President Donald Trump": the one in office, not at the table.
  if (new RegExp(`\\bunder\\s+(?:President\\s+|Prime Minister\\s+)?${escapeRegExp(name)}\\b`, 'u').test(text)) return true;
  return new RegExp(`\\b${escapeRegExp(name)}\\s+(?:said|says|told|announced|added)\\b|\\b(?:according to|said)\\s+(?:[\\p{L}.-]+\\s+){0,4}${escapeRegExp(name)}\\b`, 'u').test(text);
}

/**
 * Whether `name` is mentioned only as the one others stood in for ("Representatives for President Kiir and
 * Riek Machar took part …"): that person did not meet anyone.
 */
function isRepresented(text: string, name: string): boolean {
  const all = [...text.matchAll(new RegExp(`\\b${escapeRegExp(name)}\\b`, 'g'))];
  return all.length > 0 && all.every((m) => STOOD_IN_FOR.test(text.slice(0, m.index)));
}

/** "Representatives for …", "envoys of … and …" up to the mention, with no verb between. */
const STOOD_IN_FOR = /\b(?:representatives|delegates|delegations?|envoys|emissaries|negotiators|aides)\s+(?:for|of|from)\s+(?:(?!\b(?:took|met|meet|meeting|held|attended|joined|were|was|have|has|had|opened|began|said|before|after)\b)[^.;])*$/i;

/** The meeting's own verb and its "with": "Gates met with …", "the Secretary General met …". Not "was met by". */
const MET_VERB = /\b(?:met|meets)\s+(?:with\s+)?(?=\p{Lu})/u;

/**
 * Whether a meeting the extractor could only call "the talks" is told by its verb with the one met named right after it
 * ("Thursday, Gates met with Iraqi Prime Minister Nouri al-Maliki, …"): the sentence, blanked, says which meeting by who
 * met, as a place would. Not "whom he first met in 2002" (no one after the verb), not "was met by …".
 *
 * @example
 * toldByWhoMet(ctx, viewOf('Thursday, Gates met with Iraqi Prime Minister Nouri al-Maliki.')); // → true
 */
export function toldByWhoMet(ctx: GenerateContext, v: MeetingView): boolean {
  const clause = v.article.body.slice(v.clause.start, v.clause.end);
  const verb = MET_VERB.exec(clause);
  if (!verb) return false;
  const after = ` ${clause.slice(verb.index + verb[0].length)}`;
  return participantIds(ctx, v.m).some((id) => ctx.people.spellings(id).some((f) => titledAfterWith(f).test(after)));
}
