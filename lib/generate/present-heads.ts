/**
 * Heads of state or government the library shows at work: quoted, at a meeting, or named in a headline. A head
 * the reports only talk of ("in the spirit outlined by President Ho Chi Minh", blind-40) is history or another
 * country's news, not a party to any scene: offered for Biden's words in Hanoi, a student rules him out at once.
 */
import type { GenerateContext } from './context';
import { memoByObject } from './memo';

/** Per library, the people some fact shows present: speakers, meeting participants, people of a headline. */
const presentPeople = memoByObject((ctx: GenerateContext): Set<string> => {
  const out = new Set<string>();
  for (const q of ctx.quotes) if (q.speakerId) out.add(q.speakerId);
  for (const m of ctx.meetings) {
    for (const name of m.participants) {
      const id = ctx.people.resolve(name);
      if (id) out.add(id);
    }
  }
  const titles = [...new Set([...ctx.articles.values()].map((a) => a.title))].join('\n');
  for (const p of ctx.people.byId.values()) if (ctx.people.isMentionedIn(p.id, titles)) out.add(p.id);
  return out;
});

/**
 * Whether some report shows the person present: quoted, meeting someone, or in a headline.
 *
 * @example
 * isShownPresent(ctx, 'ho-chi-minh'); // → false when every report only recalls him
 */
export function isShownPresent(ctx: GenerateContext, personId: string): boolean {
  return presentPeople(ctx).has(personId);
}
