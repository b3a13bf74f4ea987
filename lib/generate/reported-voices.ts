/**
 * People a report gives words of without quoting them under their own name: "Lydia Buchtmann for Food Standards
 * Australia New Zealand, says they are looking at …", "Tom Molomby, SC, said that …". They speak in the scene the
 * report tells, so they are people a student could take for a quotation's speaker there.
 */
import type { GenerateContext } from './context';
import { memoByObjectAndKey } from './memo';
import { escapeRegExp } from './text';
import { namedIn } from './story';

/** The full name, then at most an appositive set off by commas or a "for / of / from" phrase, then a verb of saying. */
const SAYS_AFTER_NAME = String.raw`(?:,[^,.;:!?“”"]{1,60},|\s+(?:for|of|from|at|with)\s+[^,.;:!?“”"]{1,50},?)?\s+(?:says|said|told|added|explained|argued|warned|stated)\b`;

/**
 * The ids of the people the article names by their full name as the one saying something.
 *
 * @example
 * reportedVoices(ctx, 'iodine-2006'); // → Set { 'lydia-buchtmann' } for "Lydia Buchtmann for Food Standards …, says they are …"
 */
export const reportedVoices = memoByObjectAndKey(function reportedVoices(ctx: GenerateContext, articleId: string): ReadonlySet<string> {
  const body = ctx.articles.get(articleId)?.body ?? '';
  const out = new Set<string>();
  for (const id of namedIn(ctx, articleId)) {
    // A bare surname is another person's too: only a full name says who speaks.
    const full = ctx.people.spellings(id).filter((s) => /\s/.test(s.trim()));
    if (full.some((name) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name.trim())}${SAYS_AFTER_NAME}`, 'u').test(body))) out.add(id);
  }
  return out;
});
