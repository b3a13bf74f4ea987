/**
 * Heads of state or government the library shows at work: quoted, at a meeting, or named in a headline. A head
 * the reports only talk of ("in the spirit outlined by President Ho Chi Minh", blind-40) is history or another
 * country's news, not a party to any scene: offered for Biden's words in Hanoi, a student rules him out at once.
 * The same holds for anyone offered beside a speaker: one the reports only mention was in no room of the time.
 */
import type { GenerateContext } from './context';
import { memoByObject } from './memo';
import { yearOf } from './peer-era';
import { reportedVoices } from './reported-voices';
import { namedIn } from './story';

/** Per library, the reports in which some fact shows each person present: speakers, meeting participants, people of a headline. */
const presentIn = memoByObject((ctx: GenerateContext): Map<string, Set<string>> => {
  const out = new Map<string, Set<string>>();
  const add = (personId: string, articleId: string) => out.set(personId, (out.get(personId) ?? new Set()).add(articleId));
  for (const q of ctx.quotes) if (q.speakerId) add(q.speakerId, q.articleId);
  for (const m of ctx.meetings) {
    for (const name of m.participants) {
      const id = ctx.people.resolve(name);
      if (id) add(id, m.articleId);
    }
  }
  // Only the people some headline names are looked for headline by headline (one pass over all titles first):
  // every person against every report's title was a hot loop in a library of a thousand reports.
  const titles = [...new Set([...ctx.articles.values()].map((a) => a.title))].join('\n');
  const inSomeTitle = [...ctx.people.byId.values()].filter((p) => ctx.people.isMentionedIn(p.id, titles));
  for (const [articleId, a] of ctx.articles) {
    for (const p of inSomeTitle) if (ctx.people.isMentionedIn(p.id, a.title)) add(p.id, articleId);
  }
  return out;
});

/**
 * Whether some report shows the person present: quoted, meeting someone, or in a headline.
 *
 * @example
 * isShownPresent(ctx, 'ho-chi-minh'); // → false when every report only recalls him
 */
export function isShownPresent(ctx: GenerateContext, personId: string): boolean {
  return presentIn(ctx).has(personId);
}

/** Per library, the people some fact shows present in each report: the reverse of presentIn. */
const presentByReport = memoByObject((ctx: GenerateContext): Map<string, Set<string>> => {
  const out = new Map<string, Set<string>>();
  for (const [personId, reports] of presentIn(ctx)) for (const id of reports) out.set(id, (out.get(id) ?? new Set()).add(personId));
  return out;
});

/**
 * The people a report shows present: it quotes them, has them meet someone or names them in its headline.
 *
 * @example
 * presentAt(ctx, 'putin-merkel-2020'); // → Set { 'vladimir-putin', 'angela-merkel' }
 */
export function presentAt(ctx: GenerateContext, articleId: string): ReadonlySet<string> {
  return presentByReport(ctx).get(articleId) ?? new Set();
}

/** Years either side of the asked report within which a report showing someone at work makes them of its time. */
const PRESENT_YEARS = 1;

/**
 * Whether someone the asked report names is at work in its time: it gives their words (quoted or reported), has
 * them meet someone or names them in its headline, or a report of the same years does. Otherwise it only talks of
 * them, and one at work only in other years is of another time: Medvedev, named in a journalist's question at the
 * 2019 Normandy summit and shown at work only in 2011, was offered for Putin's words there (blind-48). Someone it
 * does not name, or no report shows at work, is left to the scene and era rules.
 *
 * @example
 * isAtWorkNear(ctx, 'dmitry-medvedev', 'normandy-summit-2019'); // → false when only a 2011 report shows him at work
 */
export function isAtWorkNear(ctx: GenerateContext, personId: string, articleId: string): boolean {
  if (!namedIn(ctx, articleId).has(personId) || reportedVoices(ctx, articleId).has(personId)) return true;
  // One no report shows at work is left to the other rules: a report's own people make up its scene (blind-26).
  const reports = presentIn(ctx).get(personId);
  if (!reports || reports.has(articleId)) return true;
  const year = yearOf(ctx, articleId);
  return [...reports].some((id) => {
    const theirs = yearOf(ctx, id);
    return year === null || theirs === null || Math.abs(year - theirs) <= PRESENT_YEARS;
  });
}
