/** What-said choices no one should be offered: pleasantries either side could have said, and broken-off transcript lines. */
import { hasBrokenOffWord } from './self-repairs';
import { isMostlyCourtesy } from './openers';
import { isSmallTalk } from './small-talk';
import { isMostlyProtocol } from './protocol';
import { memoByText } from './memo';

/**
 * A last word no finished sentence stops on (an article, a possessive, a conjunction, "of", "than"), or a comparison
 * left without what it compares with ("to invest in what we know will be more."): a transcript's line the speaker
 * broke off, which a full stop does not finish (blind-54: Harris's "… what we know will be more" as a choice).
 */
const UNFINISHED_END = /(?:\b(?:the|a|an|and|or|but|of|than|our|their|my|your|its|whose)|\bbe\s+(?:much\s+|far\s+)?(?:more|less))[\s,.;:!?”"’')\]]*$/i;

/**
 * Whether shown words end mid-phrase, whatever mark the transcript put after them.
 *
 * @example
 * endsUnfinished('We must invest in what we know will be more.'); // → true
 * endsUnfinished('We must all do more.'); // → false
 */
export function endsUnfinished(shown: string): boolean {
  return UNFINISHED_END.test(shown);
}

/**
 * Words no key and no wrong choice is made of: thanks, welcome, talk of the meeting itself and protocol, true of
 * either side of the table (blind-51: Biden's "We had a very productive discussion today. When nations as close as
 * ours get together …"; blind-54: Putin's "constructive and business-like atmosphere"), and a transcript's line
 * broken off at a dash (blind-52: "to upend and — on our global climate ambitions") or at its end.
 *
 * @example
 * isIdleOrBroken('We had a very productive discussion today.'); // → true
 */
export const isIdleOrBroken = memoByText(function isIdleOrBroken(shown: string): boolean {
  return isSmallTalk(shown) || isMostlyCourtesy(shown) || isMostlyProtocol(shown) || hasBrokenOffWord(shown) || endsUnfinished(shown);
});
