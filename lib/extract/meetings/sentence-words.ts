import type { Token } from '../tokens';
import { TRAVEL_WORDS as TRAVEL_WORD_SET } from './travel';
import { isTriggerWord as triggerWord } from './triggers';

/*
 * Read per token, held in module constants: under the CommonJS transform that tsx and vitest apply, each
 * use of an imported binding is a getter call, which V8 does not always inline.
 */
const TRAVEL_WORDS = TRAVEL_WORD_SET;
const isTriggerWord = triggerWord;

/** A word of the sentence can name a meeting ("talks", "met", "summit"). */
export const HAS_TRIGGER = 1;
/** A word of the sentence is a travel verb ("visit", "travel", "arrived"). */
export const HAS_TRAVEL = 2;

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
    if (!(found & HAS_TRIGGER) && isTriggerWord(t.lower)) found |= HAS_TRIGGER;
    if (!(found & HAS_TRAVEL) && TRAVEL_WORDS.has(t.lower)) found |= HAS_TRAVEL;
  }
  return found;
}
