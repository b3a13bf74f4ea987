/**
 * A title followed by a lone given name, the surname lost by the copy: "U.S. Secretary of State John met with
 * Russian President Vladimir Putin Tuesday …, in Kerry's first visit to Russia" (blind-44). Shown as a stem or a
 * card, it reads as a slip; the person is found among the library's people by the given name and a surname the
 * report writes, and the name is made whole.
 */
import type { GenerateContext } from './context';
import { isGivenName } from '@/lib/extract/given-name-gender';
import { TITLE_HEADS } from '@/lib/extract/lexicons/titles';
import { escapeRegExp } from './text';

/** "Secretary of State John met", "Minister Anna told": a title's head, a capitalised word, a lower-case word. */
const TITLE_THEN_WORD = /\b(\p{Lu}\p{Ll}+)(?:\s+of\s+(?:the\s+)?\p{Lu}\p{Ll}+)?\s+(\p{Lu}\p{Ll}+)\s+(?=(\p{Ll}[\p{Ll}-]*))/gu;

/** Lower-case words that go on a name ("Bashar al-Assad", "Luiz Inácio Lula da Silva"), not a verb after it. */
const NAME_PARTICLE = /^(?:al|el|al-\p{L}+|el-\p{L}+|bin|ibn|van|von|de|da|di|du|la|le|dos|das|del|der|ter|ten)$/u;

/**
 * The text with a lost surname written back after its given name, when exactly one of the library's people has
 * that given name and a surname the report writes; the text unchanged when no name was lost, null when one was
 * and no one person fits.
 *
 * @example
 * withLostSurname(ctx, 'Secretary of State John met with Putin, in Kerry's first visit.', body); // → 'Secretary of State John Kerry met with Putin, in Kerry's first visit.'
 */
export function withLostSurname(ctx: GenerateContext, text: string, body: string): string | null {
  let out: string | null = text;
  for (const m of text.matchAll(TITLE_THEN_WORD)) {
    const [whole, head, given, next] = m as unknown as [string, string, string, string];
    if (!TITLE_HEADS.words.has(head.toLowerCase()) || !isGivenName(given) || NAME_PARTICLE.test(next)) continue;
    const names = [...ctx.people.byId.values()].map((p) => p.name.split(/\s+/));
    // "Secretary Gates told", "Minister Abe of": a word the library's people carry as a surname is no lost one.
    // (The extractor may have made a person of the lone given name itself: that one says nothing.)
    if (names.some((n) => n.length > 1 && n[n.length - 1] === given)) continue;
    const surnames = new Set(names.filter((n) => n.length > 1 && n[0] === given).map((n) => n[n.length - 1] as string));
    const written = [...surnames].filter((s) => new RegExp(String.raw`(?<!\p{L})${escapeRegExp(s)}(?!\p{L})`, 'u').test(body));
    if (written.length !== 1 || out === null) return null;
    out = out.replace(whole, whole.replace(new RegExp(String.raw`${given}(\s+)$`, 'u'), `${given} ${written[0]}$1`));
  }
  return out;
}
