import type { Token } from '../tokens';
import { WordShapes } from '../word-shapes';
import { HEAD_WORDS, TRAVEL_WORDS } from './travel';
import { isTriggerWord as triggerWord, TRIGGER_WORDS } from './triggers';

/*
 * Read per token, held in module constants: under the CommonJS transform that tsx and vitest apply, each
 * use of an imported binding is a getter call, which V8 does not always inline.
 */
const isTriggerWord = triggerWord;

/** A word of the sentence can name a meeting ("talks", "met", "summit"). */
export const HAS_TRIGGER = 1;
/** A word of the sentence is a travel verb ("visit", "travel", "arrived"). */
export const HAS_TRAVEL = 2;
/** "head", "headed": a travel word before "to". */
const IS_HEAD = 4;
/** "availability": a trigger word after "press" or "media". */
const IS_AVAILABILITY = 8;

/**
 * What each word of the three lists is, in one table built from them: a token is looked up once, not once per list
 * (most tokens are on none).
 */
const WORD_CLASS = new Map<string, number>();
const addClass = (words: Iterable<string>, bit: number) => { for (const w of words) WORD_CLASS.set(w, (WORD_CLASS.get(w) ?? 0) | bit); };
addClass(TRIGGER_WORDS, HAS_TRIGGER);
addClass(TRAVEL_WORDS, HAS_TRAVEL);
addClass(HEAD_WORDS, IS_HEAD);
addClass(['availability'], IS_AVAILABILITY);

/** Most tokens ("the", "said", "of") have a shape no listed word has, and are passed over without the look-up. */
const WORD_SHAPES = new WordShapes(WORD_CLASS.keys());

/**
 * Which meeting words a sentence has, from its tokens (those from index `k`, the first that starts in
 * the sentence, up to `end`): most sentences name no meeting and no trip, and their words say so without
 * a pattern run over the text.
 *
 * @example
 * meetingWordsIn(tokenize('The talks ended.'), 0, 16) // HAS_TRIGGER
 */
export function meetingWordsIn(tokens: Token[], k: number, end: number): number {
  let found = 0;
  for (let j = k; j < tokens.length && found !== (HAS_TRIGGER | HAS_TRAVEL); j++) {
    const t = tokens[j] as Token;
    if (t.start >= end) break;
    const lower = t.lower;
    const word = WORD_SHAPES.mayList(lower) ? WORD_CLASS.get(lower) : undefined;
    if (word === undefined) {
      // "talks-related": a hyphenated word counts by its parts (none of the lists holds a hyphen).
      if (!(found & HAS_TRIGGER) && lower.includes('-') && isTriggerWord(lower)) found |= HAS_TRIGGER;
      continue;
    }
    // "press availability": a trigger word only after "press" or "media" ("the availability of funds" names none).
    if (word & HAS_TRIGGER || (word & IS_AVAILABILITY && /^(?:press|media)$/.test(tokens[j - 1]?.lower ?? ''))) found |= HAS_TRIGGER;
    // "head to Sharm el-Sheikh": a travel word only before "to" ("the head of state" is none).
    if (word & HAS_TRAVEL || (word & IS_HEAD && tokens[j + 1]?.lower === 'to')) found |= HAS_TRAVEL;
  }
  return found;
}
