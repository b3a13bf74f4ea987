/**
 * A speaker's name as kremlin.ru's pages lose their layout: the name, the same name sorted surname first, and the
 * post glued to it ("Mahmoud Abbas Abbas MahmoudPresident of the State of Palestine (retranslated):"). Read as one
 * run of capitals, it became the person "Mahmoud Abbas Abbas MahmoudPresident" (blind-50, q_e45c7018de9503f0).
 */
import { ROLE_HEADS } from './lexicon';
import type { Token } from './tokens';

/** "MahmoudPresident": a name word of four letters or more with a post glued on, no space between. */
const GLUED_POST = /^(\p{Lu}\p{Ll}{3,})(\p{Lu}\p{Ll}+)$/u;

/** The word a glued post hides ("Mahmoud" of "MahmoudPresident"), or null when the word has none. */
function beforeGluedPost(word: string): string | null {
  const m = GLUED_POST.exec(word);
  return m && ROLE_HEADS.has((m[2] as string).toLowerCase()) ? (m[1] as string) : null;
}

/**
 * The last token of the name in the run [i, j]: before a word with a post glued on, and, when the run writes a name
 * of two words or more twice, the second time surname first ("Recep Tayyip Erdogan Erdogan Recep Tayyip"), at the
 * end of the first.
 *
 * @example
 * nameEndBeforeRepeat(tokenize('Mahmoud Abbas Abbas MahmoudPresident'), 0, 3) // 1
 */
export function nameEndBeforeRepeat(tokens: Token[], i: number, j: number): number {
  const words = tokens.slice(i, j + 1).map((t) => t.word);
  const glued = beforeGluedPost(words[words.length - 1] as string);
  if (glued !== null) words[words.length - 1] = glued;
  const n = words.length / 2;
  if (Number.isInteger(n) && n >= 2) {
    const first = words.slice(0, n);
    const sorted = [first[n - 1], ...first.slice(0, -1)];
    if (sorted.every((w, k) => w === words[n + k])) return i + n - 1;
  }
  return glued !== null && j > i ? j - 1 : j;
}
