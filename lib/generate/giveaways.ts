/**
 * Questions of one article that give each other away: "when will the discussions between Rice and Lavrov in
 * Moscow begin?" beside the card "Rice begins discussions in _____" (blind-30; gen11's development sheets).
 * A quiz drawn from one article shows both. A stem the generator words itself loses the place ("when will
 * the discussions between Rice and Lavrov begin?"), so both stay; a sentence of the report cannot, and the
 * question that asks a place it states, or a card whose place the report's headline gives, is no longer asked.
 * Two questions blanking one sentence, one showing the other's answer, are one of them asked (balance.ts, blind-36);
 * two stems the generator words whose places and days are what tell two meetings apart stay. A card whose blank is
 * the capital of the state its headline names ("Rice in Russia for Missile Defense Talks" over "Rice begins
 * discussions in _____ … with Foreign Minister Sergei Lavrov") is a guess at that state's capital, not a reading
 * (full-r15-part3).
 */
import type { Question } from './types';
import { containsWords, escapeRegExp, slugify } from './text';
import { namesStateOfCapital } from './capital-clues';
import { WORDS_FOR_STATE } from './state-capitals';
/**
 * "South Africa's Mbeki", "Kenya's Ruto": a state named as a person's own, not as where the story is; the headline
 * "South Africa's Mbeki Holds Harare Talks" points a student at Harare, not at Pretoria.
 */
const PERSON_OF_STATE = /\b\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*['’]s\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*/gu;

/**
 * Whether a headline names the state whose capital `place` is, other than as a person's own, and no other state:
 * "Russian-Chinese talks" leaves a student to choose between Moscow and Beijing, which the sentence decides.
 */
function headlineNamesState(title: string, place: string): boolean {
  const scene = title.replace(PERSON_OF_STATE, ' ');
  if (!namesStateOfCapital(scene, place)) return false;
  const named = [...WORDS_FOR_STATE.values()].filter((words) => words.some((w) => containsWords(scene, w)));
  return named.length === 1;
}

/** Whether a question's key is a place: a where question, or a card whose blank is the place it is tagged with. */
export function placeKey(q: Question): string | null {
  if (q.kind === 'where') return q.answer;
  if (q.kind === 'cloze' && q.tags.includes(`place:${slugify(q.answer)}`)) return q.answer;
  return null;
}

function articleOf(q: Question): string {
  return q.sources[0]?.article ?? '';
}

/** A stem the generator words itself ("when will … begin?"), not a sentence of the report shown whole. */
export function isOwnWording(q: Question): boolean {
  return (q.kind === 'when' || q.kind === 'where') && !/\bcompletes (?:this sentence|what)\b/.test(q.prompt);
}

function sameSentence(a: Question, b: Question): boolean {
  return a.sources.some((s) => b.sources.some((t) => t.article === s.article && t.start === s.start));
}

/**
 * The generator's stem without "in Moscow", or null when the place is not a phrase it can lose: when nothing
 * but the place tells the meeting apart ("the summit in Kigali" beside another summit), the stem keeps it.
 */
function withoutPlace(q: Question, place: string): string | null {
  const re = new RegExp(`\\s+in\\s+${escapeRegExp(place)}(?=[\\s?,])`, 'u');
  if (!re.test(q.prompt)) return null;
  const lost = q.prompt.replace(re, '');
  const meeting = /\b(?:when|where) (?:will|did|does|do|is|was) (.*)$/.exec(lost.slice(lost.lastIndexOf('”') + 1))?.[1] ?? '';
  return /\s\p{Lu}/u.test(meeting) ? lost : null;
}

/**
 * The questions, each place key another question of the same article states either taken out of that stem
 * (the generator's own wording) or no longer asked (see above).
 *
 * @example
 * withoutGiveaways([whenInMoscow, clozeMoscow], new Map()); // → [when … between Rice and Lavrov begin?, clozeMoscow]
 */
export function withoutGiveaways(questions: readonly Question[], titles: ReadonlyMap<string, string>): Question[] {
  const out = [...questions];
  const dropped = new Set<number>();
  // Only questions of one article can give each other away: each place is looked for among its own article's.
  const byArticle = new Map<string, number[]>();
  out.forEach((q, i) => byArticle.set(articleOf(q), [...(byArticle.get(articleOf(q)) ?? []), i]));
  for (let i = 0; i < out.length; i++) {
    const key = placeKey(out[i] as Question);
    if (!key) continue;
    const q = out[i] as Question;
    const title = titles.get(articleOf(q)) ?? '';
    if (q.kind === 'cloze' && (containsWords(title, key) || headlineNamesState(title, key))) dropped.add(i);
    for (const j of byArticle.get(articleOf(q)) ?? []) {
      if (dropped.has(i)) break;
      const o = out[j] as Question;
      if (j === i || dropped.has(j) || !containsWords(o.prompt, key)) continue;
      const lost = isOwnWording(o) ? withoutPlace(o, key) : null;
      if (lost && !(byArticle.get(articleOf(q)) ?? []).some((k) => k !== j && out[k]?.prompt === lost)) out[j] = { ...o, prompt: lost };
      else if (!sameSentence(q, o) && !isOwnWording(o)) dropped.add(i);
    }
  }
  return out.filter((_, i) => !dropped.has(i));
}
