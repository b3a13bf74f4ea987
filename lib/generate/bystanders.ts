/**
 * People a story introduces as private persons beside it, by the apposition news style gives them. A companion is
 * named by a relation to someone else ("Mary Jo Myers, accompanying her husband on the trip", "his wife,
 * Jessica"): a spouse holds no office and speaks beside the visit, not about it; every blind judge sent back a
 * general's wife's remark about cookies as trivia (blind-55 to blind-57, fresh42/10). A bystander is named by a
 * private station ("Faris Hayder, a 28-year-old resident of Basra", "witness Ann Lee"): a voice of the scene.
 */
import type { Person } from '@/lib/extract/types';

/** Kin and companions named by their relation to another person. */
const KIN = String.raw`(?:wife|husband|spouse|widow|widower|fianc[ée]e?|son|daughter|mother|father|brother|sister|grandson|granddaughter)`;
/** How an apposition ties a name to another person: "…, accompanying her husband", "…, the wife of …", "…, his wife". */
const AFTER_NAME = new RegExp(String.raw`^\s*,\s*(?:(?:who\s+(?:is|was)\s+)?(?:accompanying|joined\s+by|with|travell?ing\s+with)\s+(?:her|his|their)\s+${KIN}\b|(?:the|a)\s+${KIN}\s+of\b|(?:her|his|their)\s+${KIN}\b)`, 'i');
/** "his wife, Jessica", "the general's wife Mary Jo Myers". */
const BEFORE_NAME = new RegExp(String.raw`\b(?:his|her|their|\p{L}+['’]s)\s+${KIN}\s*,?\s*$`, 'iu');

/**
 * Whether a person holds no office and is introduced in `body` by a relation to someone else.
 *
 * @example
 * isCompanion({ name: 'Mary Jo Myers', role: null } as Person, 'Mary Jo Myers, accompanying her husband on the trip, …'); // → true
 * isCompanion({ name: 'Richard Myers', role: 'Gen.' } as Person, 'Gen. Richard Myers visited the troops.'); // → false
 */
export function isCompanion(person: Pick<Person, 'name' | 'role'>, body: string): boolean {
  if (person.role) return false;
  for (let at = body.indexOf(person.name); at >= 0; at = body.indexOf(person.name, at + 1)) {
    if (AFTER_NAME.test(body.slice(at + person.name.length, at + person.name.length + 60))) return true;
    if (BEFORE_NAME.test(body.slice(Math.max(0, at - 40), at))) return true;
  }
  return false;
}

/** Private stations a report gives a passer-by: resident, witness, shopper. */
const STATION = String.raw`(?:resident|residents|witness|eyewitness|passer-?by|bystander|shopper|neighbou?r|onlooker|villager|spectator|motorist|commuter|pedestrian|tourist|local\s+man|local\s+woman)`;
/** "Faris Hayder, a 28-year-old resident of Basra". */
const STATION_AFTER = new RegExp(String.raw`^\s*,\s*(?:a|an|one)\s+(?:\d+-year-old\s+)?(?:local\s+)?${STATION}\b`, 'i');
/** "witness Ann Lee", "Basra resident Faris Hayder". */
const STATION_BEFORE = new RegExp(String.raw`\b${STATION}\s+$`, 'i');

/**
 * Whether a person holds no office and is introduced in `body` as a private person at the scene.
 *
 * @example
 * isBystander({ name: 'Faris Hayder', role: null } as Person, '“…,” said Faris Hayder, a 28-year-old resident of Basra.'); // → true
 * isBystander({ name: 'Yevgeni Volk', role: null } as Person, 'The director of the Heritage Foundation in Moscow, Yevgeni Volk, predicts …'); // → false
 */
export function isBystander(person: Pick<Person, 'name' | 'role'>, body: string): boolean {
  if (person.role) return false;
  for (let at = body.indexOf(person.name); at >= 0; at = body.indexOf(person.name, at + 1)) {
    if (STATION_AFTER.test(body.slice(at + person.name.length, at + person.name.length + 60))) return true;
    if (STATION_BEFORE.test(body.slice(Math.max(0, at - 30), at))) return true;
  }
  return false;
}
