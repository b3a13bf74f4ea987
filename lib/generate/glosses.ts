/**
 * An editor's gloss for a pronoun in a quotation shown alone: "we certainly see every indication that he
 * [Vladimir Putin] is going to use military force" (blind-25: "'he' in the quote is Putin and is never
 * glossed"). The person is the one the extractor found the report naming last before the quotation (its
 * previous sentence, or its own attribution), other than the speaker; the quotation's words stay as they are.
 * A pronoun nobody near it resolves leaves the quotation unaskable: a student could not tell who is meant.
 */
import { PRONOUN_LEXICON } from '@/lib/extract/lexicons/function-words';
import type { Quote } from '@/lib/extract/types';
import type { GenerateContext } from './context';
import { sentencesOf } from './evidence';
import { displayName } from './people';
import { namedIn } from './story';
import { escapeRegExp } from './text';
import { memoByObjectAndKey } from './memo';
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
  const person = lastNamedBefore(ctx, q);
  if (!person) return null;
  const pronoun = m[1] ?? '';
  const at = m.index + pronoun.length;
  // "he’s made": the name takes the pronoun's place, as editors write it ("[Vladimir Putin]’s made");
  // "he [Vladimir Putin]’s made" read as garbled to two blind judges (blind-27).
  if (m[0].length > pronoun.length) return `${shown.slice(0, m.index)}[${person}]${shown.slice(at)}`;
  const name = /^his$/i.test(pronoun) ? `${person}’s` : person;
  return `${shown.slice(0, at)} [${name}]${shown.slice(at)}`;
}

/**
 * The display name of the person the report names last before the quotation, in the sentence before it
 * and in the quotation's own sentence outside the marks; the speaker never counts. Null when none. Kept
 * per quotation: the who-said builder may ask twice.
 */
const lastNamedBefore = memoByObjectAndKey(function lastNamedBefore(ctx: GenerateContext, q: Quote): string | null {
  const body = ctx.articles.get(q.articleId)?.body ?? '';
  const sentences = sentencesOf(body);
  const own = sentences.findIndex((s) => s.end > q.start);
  const from = sentences[Math.max(0, own - 1)]?.start ?? q.sentence.start;
  const before = body.slice(Math.min(from, q.sentence.start), q.start);
  const after = body.slice(q.end, Math.max(q.end, q.sentence.end));
  let best: { at: number; name: string } | null = null;
  for (const id of namedIn(ctx, q.articleId)) {
    if (id === q.speakerId) continue;
    const p = ctx.people.byId.get(id);
    if (!p) continue;
    for (const form of new Set([...ctx.people.spellings(id), displayName(p).split(' ').pop() ?? ''])) {
      if (form.length < 3) continue;
      const re = new RegExp(`(?<![\\p{L}])${escapeRegExp(form)}(?![\\p{L}])`, 'gu');
      // The attribution after the quotation ranks after everything before it.
      for (const [text, offset] of [[before, 0], [after, before.length + 1]] as const) {
        for (const hit of text.matchAll(re)) if (!best || hit.index + offset > best.at) best = { at: hit.index + offset, name: displayName(p) };
      }
    }
  }
  return best?.name ?? null;
}, (q) => q.id);

/** Kept here for the callers that ask it of a quotation before glossing. */
export { hasLostPlural } from './plural-gloss';
