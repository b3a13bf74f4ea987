/** What-said choices no one should be offered: pleasantries either side could have said, and broken-off transcript lines. */
import { hasBrokenOffWord } from './self-repairs';
import { isMostlyCourtesy } from './openers';
import { isSmallTalk } from './small-talk';

/**
 * Words no key and no wrong choice is made of: thanks, welcome and talk of the meeting itself, true of either side
 * of the table (blind-51: Biden's "We had a very productive discussion today. When nations as close as ours get
 * together …"), and a transcript's line broken off at a dash (blind-52: "to upend and — on our global climate
 * ambitions").
 *
 * @example
 * isIdleOrBroken('We had a very productive discussion today.'); // → true
 */
export function isIdleOrBroken(shown: string): boolean {
  return isSmallTalk(shown) || isMostlyCourtesy(shown) || hasBrokenOffWord(shown);
}
