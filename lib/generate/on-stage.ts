/**
 * The people of a report's own scene when the report is a transcript that knows a speaker only by title and
 * surname ("PRESIDENT NIINISTÖ:", "President Niinistö of Finland"): namedIn reads full names only and leaves such
 * a speaker out, so a who-said of his host found no one on stage to offer beside the host.
 */
import type { Person, Quote } from '@/lib/extract/types';
import type { GenerateContext } from './context';
import { isPersonLike } from './people';
import { namedIn, speakersOf } from './story';
import { titledNameIn } from './titled-names';
import { memoByObjectAndKey } from './memo';

/** Speakers the report quotes and knows only by a title before the surname, never by a full name. */
const titleOnlySpeakers = memoByObjectAndKey((ctx: GenerateContext, articleId: string): string[] =>
  [...speakersOf(ctx, articleId)].sort().filter((id) => {
    const p = ctx.people.byId.get(id);
    return !!p && !isPersonLike(p) && titledNameIn(ctx, { p, articleId }) !== null;
  }),
);

/**
 * The people a report names, and those it quotes by title and surname only: the people on its stage.
 *
 * @example
 * onStage(ctx, 'rose-garden-2022'); // → Set { 'joe-biden', 'magdalena-andersson', 'niinisto' }
 */
export const onStage = memoByObjectAndKey((ctx: GenerateContext, articleId: string): ReadonlySet<string> => {
  const here = namedIn(ctx, articleId);
  const titled = titleOnlySpeakers(ctx, articleId).filter((id) => !here.has(id));
  return titled.length > 0 ? new Set([...here, ...titled]) : here;
});

/**
 * Whether a who-said names its speaker and options as "Title Surname": the speaker is known so only, or the report
 * quotes someone it knows so only and the speaker has a title form there too ("President Biden" beside
 * "President Niinistö", never "Joe Biden" beside it).
 *
 * @example
 * asksByTitle(ctx, q, biden); // → true in the Rose Garden transcript of 2022
 */
export function asksByTitle(ctx: GenerateContext, q: Quote, speaker: Person): boolean {
  if (!isPersonLike(speaker)) return true;
  return titleOnlySpeakers(ctx, q.articleId).length > 0 && titledNameIn(ctx, { p: speaker, articleId: q.articleId }) !== null;
}
