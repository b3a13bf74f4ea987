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
import { isInPlainReport } from './plain-reports';
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
  if (!f.claimant) return null;
  const id = ctx.people.resolve(f.claimant);
  // "Joe Biden" of a transcript that writes only "PRESIDENT BIDEN:" is a known person, named as the index names
  // him (blind-40: his "more than $25 billion" was asked as plain fact); a claimant no one knows must be written whole.
  if (!id && !usableClaimant(f.claimant, body)) return null;
  const person = id ? ctx.people.byId.get(id) : undefined;
  const name = person ? titledName(ctx, person) ?? displayName(person) : f.claimant;
  const names = [f.claimant, name, ...(person ? [person.name, ...person.aliases] : [])];
  const surname = (n: string) => n.trim().split(/\s+/).pop() ?? n;
  if (names.some((n) => n && containsWords(shown, surname(n)))) return null;
  return name;
}

/**
 * A sentence of a report that reads as a machine translation, as it may be shown: its quotations are the
 * translator's rendering, never the speaker's words, so a trailing quoted phrase ("… with “the intention
 * of …”.") is cut at its clause and the reporter's account stays (blind-32: "Remove the quotation, or quote
 * a clean source"). Null when a quotation remains and no other report writes the sentence word for word;
 * any other sentence unchanged.
 *
 * @example
 * shownFromTranslation(ctx, translated, 'Kolb stressed that Velmar had massed 60,000 troops with “the intention of mobilizing double that number”.'); // → 'Kolb stressed that Velmar had massed 60,000 troops.'
 */
export function shownFromTranslation(ctx: GenerateContext, article: ArticleInput, shown: string): string | null {
  if (!isMachineTranslated(article)) return shown;
  const words = normalise(shown);
  // The article itself is machine translated, so it is never one of the plain reports.
  if (isInPlainReport(ctx, words)) return shown;
  const cut = shown.replace(TRAILING_QUOTED_PHRASE, '.');
  return /[“”"]/.test(cut) ? null : cut;
}

/** ", with “…”." or " saying “…”.": a quoted phrase that ends the sentence, with the word that joins it. */
const TRAILING_QUOTED_PHRASE = /,?\s+(?:with|saying|adding|calling it|describing it as|as)\s+[“"][^“”"]+[”"]\s*[.!]?\s*$/u;
