/**
 * An editor's gloss for a pronoun in a quotation shown alone: "we certainly see every indication that he
 * [Vladimir Putin] is going to use military force" (blind-25: "'he' in the quote is Putin and is never
 * glossed"). The person is the pronoun's antecedent (antecedent.ts: the subject of the sentence before, or a
 * name in the quotation's own attribution), other than the speaker; the quotation's words stay as they are.
 * A pronoun nobody near it resolves leaves the quotation unaskable: a student could not tell who is meant.
 */
import { PRONOUN_LEXICON } from '@/lib/extract/lexicons/function-words';
import type { Quote } from '@/lib/extract/types';
import { TITLE_HEADS } from '@/lib/extract/lexicons/titles';
import type { GenerateContext } from './context';
import { antecedentOf } from './antecedent';
import { displayName } from './people';
import { namedIn } from './story';
import { glossPlural } from './plural-gloss';

/** A person pronoun: "he", "she", "him", "her", "his", with a contraction ("he’s"). */
const PERSON_PRONOUN = new RegExp(String.raw`(?<![\p{L}\[\]])(${[...PRONOUN_LEXICON.words].join('|')})(?:['’](?:s|d|ll))?(?![\p{L}\]])`, 'iu');

/**
 * The quotation as shown with its first person pronoun glossed, and its first "they" or "their" (plural-gloss.ts),
 * the quotation unchanged when it has none (or names someone before it: "Secretary Kerry … They recognize"), and
 * null when a pronoun needs a person or a group and nothing near the quotation names one.
 *
 * @example
 * glossPronouns(ctx, sherman, 'I have no idea whether he’s made the ultimate decision'); // → 'I have no idea whether [Vladimir Putin]’s made the ultimate decision'
 */
export function glossPronouns(ctx: GenerateContext, q: Quote, quoted: string): string | null {
  // "them [Afghan forces]" first: a group's gloss holds no "he" to gloss again.
  const shown = glossPlural(ctx, q, quoted);
  if (shown === null) return null;
  const m = PERSON_PRONOUN.exec(shown);
  if (!m) return shown;
  // A name in the quotation before the pronoun is what it points to ("Mr. Mbeki … he said"): no gloss needed.
  const opening = shown.slice(0, m.index);
  if ([...namedIn(ctx, q.articleId)].some((id) => ctx.people.isMentionedIn(id, opening))) return shown;
  const pronoun = m[1] ?? '';
  const antecedent = antecedentOf(ctx, q, genderOf(pronoun));
  // "the President made clear his view": an office the quotation names is what the pronoun points to; it is
  // glossed only with the one the sentence before names who holds it ("the foreign secretary … him [William Hague]").
  const office = OFFICE_BEFORE.exec(opening);
  if (office && !(antecedent && holdsTitle(antecedent.role, office[0]))) return shown;
  if (!antecedent) return null;
  const person = displayName(antecedent);
  const at = m.index + pronoun.length;
  // "he’s made": the name takes the pronoun's place, as editors write it ("[Vladimir Putin]’s made");
  // "he [Vladimir Putin]’s made" read as garbled to two blind judges (blind-27).
  if (m[0].length > pronoun.length) return `${shown.slice(0, m.index)}[${person}]${shown.slice(at)}`;
  const name = /^his$/i.test(pronoun) ? `${person}’s` : person;
  return `${shown.slice(0, at)} [${name}]${shown.slice(at)}`;
}

/** "the President", "the foreign minister", "the Prime Minister": a person named by office inside the quotation. */
// Not the heads that are also adjectives or things ("the general election", "the head of the list").
const NOT_OFFICES = new Set(['general', 'major', 'private', 'specialist', 'chief', 'head', 'chair', 'justice', 'executive', 'source', 'marine', 'deputy', 'assistant']);
const OFFICE_BEFORE = new RegExp(String.raw`\bthe\s+(?:[\p{L}-]+\s+){0,2}(?:${[...TITLE_HEADS.words].filter((w) => !/s$/.test(w) && !NOT_OFFICES.has(w)).join('|')})(?![\p{L}-])`, 'iu');

/** Whether a role has the office's head word: "British Foreign Secretary" holds "the foreign secretary". */
function holdsTitle(role: string | null, office: string): boolean {
  const head = office.split(/\s+/).pop()?.toLowerCase() ?? '';
  return !!role && role.toLowerCase().split(/[^\p{L}-]+/u).includes(head);
}

/** The gender a person pronoun tells: "he", "him", "his" a man's, "she", "her", "hers" a woman's. */
function genderOf(pronoun: string): 'm' | 'f' | null {
  if (/^(?:he|him|his|himself)$/i.test(pronoun)) return 'm';
  return /^(?:she|her|hers|herself)$/i.test(pronoun) ? 'f' : null;
}

/** Kept here for the callers that ask it of a quotation before glossing. */
export { hasLostPlural } from './plural-gloss';
