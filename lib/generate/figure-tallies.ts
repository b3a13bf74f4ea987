/**
 * Tallies of a visit's public relations and ceremony: how many hands a chairman shook, how many cookies a
 * spouse brought, a 21-gun salute. They count the gestures around the news, not the news (troops, casualties,
 * money, states), and every blind judge sent them back as trivia (blind-55 to blind-57: "the number of hands
 * Pace and Gainey shook on goodwill tours is not worth a student's time").
 */
import type { ArticleInput, Figure } from '@/lib/extract/types';

/** Acts of greeting and goodwill whose object is the counted people: "shook hands with more than 20,000 soldiers". */
const GREETING_ACT = /\b(?:shook|shake|shakes|shaking)\s+(?:the\s+)?hands\s+(?:with\s+)?|\b(?:greeted|greets|hugged|hugging|thanked)\s+|\b(?:signed|signing)\s+autographs\s+for\s+|\bposed?\s+for\s+(?:photos|pictures|photographs)\s+with\s+/i;
/** What goodwill hands out, counted: cookies, coins, autographs. */
const TOKENS = String.raw`(?:cookies|cakes|pies|turkeys|care packages|gift bags|gifts|presents|coins|autographs|handshakes|hugs|thank-you notes)`;
/** "cookies, about 12,000, baked by volunteers": the tokens named first, then counted. */
const TOKEN_BEFORE = new RegExp(String.raw`\b${TOKENS}\s*,?\s*(?:about|some|nearly|almost|roughly|more than|over)?\s*$`, 'i');
/** "12,000 Christmas cookies", "a 21-gun salute": tokens or a ceremony's count after the number. */
const TOKEN_UNIT = new RegExp(String.raw`^[\s,-]*(?:(?:[\p{L}-]+\s+){0,2}${TOKENS}\b|-?\s*gun\s+salute\b)`, 'iu');
/** How far before a figure its verb of greeting may stand: "shook hands with more than" fits. */
const REACH = 60;

/**
 * Whether a figure counts a goodwill gesture or a ceremony's tokens rather than the story's substance.
 *
 * @example
 * isGoodwillTally(article, figureOf('personally spoke and shook hands with more than 20,000 soldiers')); // → true
 * isGoodwillTally(article, figureOf('Nato has put 8,500 troops on standby')); // → false
 */
export function isGoodwillTally(article: ArticleInput, f: Figure): boolean {
  const before = article.body.slice(Math.max(f.sentence.start, f.valueStart - REACH), f.valueStart);
  // The greeting counts the number itself ("shook hands with more than 20,000"), not a share of a total the story
  // gives ("thanked some of the roughly 15,000 U.S. personnel still in the country" is the deployment's size).
  const act = GREETING_ACT.exec(before);
  if (act && /^(?:(?:more than|over|about|nearly|almost|roughly|at least|some)\s+)?$/i.test(before.slice(act.index + act[0].length))) return true;
  if (TOKEN_BEFORE.test(before)) return true;
  return TOKEN_UNIT.test(article.body.slice(f.valueEnd, Math.min(f.sentence.end, f.valueEnd + 40)));
}
