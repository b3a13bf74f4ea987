/**
 * Capitalised words the people index took for a person but that every report writes as a thing or a credit:
 * "a free and open Indo Pacific", "(AP Photo/Ted S. Warren, Pool)", "the portraits of Abraham Lincoln", the
 * title-case audio line "… US Business Leaders". Offered beside Ben Wallace or Xi Jinping as who-said options
 * (gen11's development sheets), they are no one a teacher would sign.
 */
import type { GenerateContext } from './context';
import type { Person } from '@/lib/extract/types';
import { escapeRegExp } from './text';
import { memoByObject, memoByObjectAndKey } from './memo';

/**
 * What may stand before a thing's name and never before a person's: an indefinite article with its
 * adjectives ("a free and open"), a bare "the", a photo credit, a picture of someone long gone.
 */
const THING_BEFORE = /(?:(?:^|[^\p{L}])(?:a|an)(?:\s+(?:\p{Ll}+|-))*\s+|(?:^|[^\p{L}])the\s+|Photo\s*\/\s*|\b[Pp]hoto(?:graph)?s?\s+(?:by|courtesy of)\s+|\b[Pp]ortraits?\s+of\s+|\b[Ss]tatues?\s+of\s+|\b[Ii]mages?\s+of\s+|\bCredit:\s*)$/u;

/** Small words a title-case line leaves in lower case. */
const TITLE_CASE_SMALL = /^(?:a|an|the|and|or|of|in|on|at|to|for|with|by|from|as|vs\.?)$/;

/** A headline or audio line in title case ("Chinese President Meets with President Obama, US Business Leaders"). */
function isTitleCaseLine(line: string): boolean {
  const words = line.trim().split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 4 || /[.!?]["”’]?$/.test(line.trim())) return false;
  return words.every((w) => TITLE_CASE_SMALL.test(w) || /^[^\p{L}]*\p{Lu}/u.test(w));
}

/** The line around a position. */
function lineAt(body: string, at: number): string {
  const start = body.lastIndexOf('\n', at) + 1;
  const end = body.indexOf('\n', at);
  return body.slice(start, end < 0 ? body.length : end);
}

/**
 * Whether the texts name one of `forms` and every mention reads as a thing or a credit, never as a person.
 *
 * @example
 * isWrittenAsThing(['It shows our commitment to a free and open Indo Pacific.'], ['Indo Pacific']); // → true
 * isWrittenAsThing(['(AP Photo/Ted S. Warren, Pool)'], ['Ted S. Warren']); // → true
 * isWrittenAsThing(['Ted Warren said the talks were over.'], ['Ted Warren']); // → false
 */
export function isWrittenAsThing(texts: readonly string[], forms: readonly string[]): boolean {
  const twoWordForms = forms.filter((f) => f.split(/\s+/).length >= 2);
  // A plain search first: most bodies do not hold the name at all.
  const holding = texts.filter((t) => twoWordForms.some((f) => t.includes(f)));
  return everyMentionReads(holding, twoWordForms.map((f) => new RegExp(`(?<!\\p{L})${escapeRegExp(f)}(?!\\p{L})`, 'gu')), (text, at) =>
    THING_BEFORE.test(text.slice(Math.max(0, at - 40), at)) || isTitleCaseLine(lineAt(text, at)));
}

/**
 * Whether the texts match one of `patterns` at all and every match reads as `reads` says (given the text and
 * where the match starts): "every mention of this name is a thing's".
 *
 * @example
 * everyMentionReads(['the “Price Crash” promotions'], [/Price Crash/g], (t, at) => /[“"]$/.test(t.slice(0, at))); // → true
 */
export function everyMentionReads(texts: readonly string[], patterns: readonly RegExp[], reads: (text: string, at: number) => boolean): boolean {
  let seen = 0;
  for (const text of texts) {
    for (const pattern of patterns) {
      for (const m of text.matchAll(pattern)) {
        seen++;
        if (!reads(text, m.index)) return false;
      }
    }
  }
  return seen > 0;
}

/** The library's bodies, each once: copies of a report say nothing new about how a name is written. */
const distinctBodies = memoByObject((ctx: GenerateContext): string[] => [...new Set([...ctx.articles.values()].map((a) => a.body))]);

/**
 * Whether no report names a person the way people are named: only as a thing or a credit (see above).
 *
 * @example
 * readAsThing(ctx, indoPacific); // → true
 */
export const readAsThing = memoByObjectAndKey(
  function readAsThing(ctx: GenerateContext, p: Person): boolean {
    return isWrittenAsThing(distinctBodies(ctx), ctx.people.spellings(p.id));
  },
  (p: Person) => p.id,
);

const HONORIFIC = /^(?:Mister|Mr\.?|Mrs\.?|Ms\.?|Miss|Madam|Madame)\s+(\p{Lu}[\p{L}'’-]+)$/u;

/**
 * "Mister Sharon" beside "Ariel Sharon": a form of address and a surname the people index kept apart from the
 * full name. Offered as an option it is the same man twice, in a form no other option has.
 *
 * @example
 * isHonorificTwin({ name: 'Mister Sharon' }, ['Ariel Sharon', 'Mahmoud Abbas']); // → true
 */
export function isHonorificTwin(p: Pick<Person, 'name'>, names: Iterable<string>): boolean {
  const surname = HONORIFIC.exec(p.name.trim())?.[1];
  if (!surname) return false;
  for (const n of names) if (n !== p.name && !HONORIFIC.test(n) && n.split(/\s+/).length >= 2 && n.trim().endsWith(` ${surname}`)) return true;
  return false;
}
