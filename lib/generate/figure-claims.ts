/**
 * Whose figure a shown sentence gives, and whose words it shows. A figure a speaker gives in a transcript
 * turn or a quotation is that speaker's claim, not the report's fact: blind-32 (both judges) read "a
 * conflict which claimed _____ lives" as plain fact, when it was Prime Minister Najib's figure and other
 * reports give another. And a machine translation's sentence shows the translator's wording as the
 * speaker's (blind-32: "the intention of mobilizing double that number" was no one's words).
 */
import type { ArticleInput, Figure } from '@/lib/extract/types';
import type { GenerateContext } from './context';
import { isMachineTranslated } from './body-lines';
import { usableClaimant } from './figure-stems';
import { displayName } from './people';
import { titledName } from './titled-names';
import { containsWords, normalise } from './text';

/**
 * The claimant as a stem names them: "Prime Minister Najib" when the report writes the title with the
 * surname, else the person's name, else the claimant as the article writes it; null when the figure is the
 * report's own, when the shown sentence already names the claimant, or when the claimant is no whole name.
 *
 * @example
 * claimantShown(ctx, najibsFigure, 'Just last month, Malaysia helped … which claimed 150,000 lives …'); // → 'Prime Minister Najib'
 * claimantShown(ctx, smithsFigure, '“We lost 300 men,” Smith said.'); // → null (the sentence says whose)
 */
export function claimantShown(ctx: GenerateContext, f: Figure, shown: string, body: string): string | null {
  if (!f.claimant || !usableClaimant(f.claimant, body)) return null;
  const id = ctx.people.resolve(f.claimant);
  const person = id ? ctx.people.byId.get(id) : undefined;
  const name = person ? titledName(ctx, person) ?? displayName(person) : f.claimant;
  const names = [f.claimant, name, ...(person ? [person.name, ...person.aliases] : [])];
  const surname = (n: string) => n.trim().split(/\s+/).pop() ?? n;
  if (names.some((n) => n && containsWords(shown, surname(n)))) return null;
  return name;
}

/**
 * Whether a shown sentence would teach a machine translation's wording: the report reads as a translation
 * throughout, and no other report of the library writes the sentence word for word.
 *
 * @example
 * showsTranslatorsWords(ctx, translated, 'Russia had massed 100,000 troops … “the intention of mobilizing double that number …”.'); // → true
 */
export function showsTranslatorsWords(ctx: GenerateContext, article: ArticleInput, shown: string): boolean {
  if (!isMachineTranslated(article)) return false;
  const words = normalise(shown);
  return ![...ctx.articles.values()].some((a) => a.id !== article.id && !isMachineTranslated(a) && normalise(a.body).includes(words));
}
