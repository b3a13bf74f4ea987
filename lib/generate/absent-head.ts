/** Who-said options: a head of another state the report does not name, offered for a head's words. */
import type { Person, Quote } from '@/lib/extract/types';
import type { GenerateContext } from './context';
import { officeKind } from './office-kinds';
import { withWrittenTitle } from './written-title';
import { onStage } from './on-stage';
import { isHeadThen } from './head-scene';
import { namesNothing } from './quote-text';
import { sideOf } from './sides';

/**
 * A head of another state whom the report does not name had no part in a head's event: beside words that name a
 * state, a people or a place ("the Afghan Defense and Security Forces", "the partnership with the United States")
 * he gives the answer away (Putin, then Xi and Moon, for Ghani's words in the Oval Office, blind-42; Putin for
 * Abbas's in Bethlehem, blind-43). Such options leave the words unasked: people of a lesser office in his place
 * would stand out as much. A head of the speaker's own state (Medvedev for Putin's words) may stand in.
 *
 * @example
 * unlessAbsentHead(ctx, q, ghani, 'the partnership with the United States', [putin, biden]); // → [] (Putin is not in the report)
 */
export function unlessAbsentHead(ctx: GenerateContext, q: Quote, speaker: Person, text: string, picks: Person[]): Person[] {
  // "President Mohammad Ashraf Ghani" of a White House headline is a head though no report gives him a role.
  const isHead = (p: Person) => isHeadThen(ctx, p) || officeKind(withWrittenTitle(ctx, p)) === 'head-of-government';
  if (namesNothing(text) || !isHead(speaker)) return picks;
  const here = onStage(ctx, q.articleId);
  // "PRESIDENT BUSH:" and a headline's "President Bush Meets …" name the host by surname only: he was there.
  const article = ctx.articles.get(q.articleId);
  const named = (p: Person) => here.has(p.id) || (!!article && ctx.people.isMentionedIn(p.id, `${article.title}\n${article.body}`));
  const own = sideOf(ctx, speaker);
  const isAbsentForeignHead = (p: Person) => isHead(p) && (!own || sideOf(ctx, p) !== own) && !named(p);
  return picks.some(isAbsentForeignHead) ? [] : picks;
}
