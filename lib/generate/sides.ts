/**
 * Which side a person speaks for, and which people a who-said question may offer beside the speaker:
 * someone of the side the words are about, or a misspelt twin of a real name, gives the answer away.
 */
import type { Person } from '@/lib/extract/types';
import type { GenerateContext } from './context';
import { withinOneEdit } from '@/lib/text/within-one-edit';
import { escapeRegExp } from './text';

/** "he's made the ultimate decision": someone the quotation speaks of without naming. */
export const UNNAMED_THIRD = /\b(?:he|she)(?:['’]s)?\b/i;
/** Offices that are a US government's own ("the Pentagon's spokesman", "Secretary of Defense"). */
const US_OFFICE = /\b(?:Pentagon|State Department|White House|Secretary of (?:State|Defense)|Defense Secretary|Deputy Secretary of State)\b/;

/**
 * A person's side: the declared one, else that of the person their role is relative to ("Mr Blinken’s
 * deputy" → US), else US for an office only the US government has. Null when nothing tells.
 */
export function sideOf(ctx: GenerateContext, p: Person): string | null {
  if (p.affiliation) return p.affiliation;
  const role = p.role ?? '';
  const boss = /^(?:Mr\.?|Ms\.?|Mrs\.?)?\s*(\p{Lu}[\p{L}-]+)['’]s\b/u.exec(role)?.[1];
  const other = boss ? [...ctx.people.byId.values()].find((o) => o.id !== p.id && o.affiliation && o.name.split(' ').includes(boss)) : undefined;
  if (other) return other.affiliation;
  return US_OFFICE.test(role) ? 'US' : null;
}

/** Whether words name a side: "US-India" names US and India; "Russia's" names Russia. */
export function namesSide(text: string, side: string): boolean {
  if (side === 'US') return /\b(?:US|U\.S\.|United States|Americans?)\b/.test(text);
  return new RegExp(`\\b${escapeRegExp(side.slice(0, Math.max(4, side.length - 2)))}`, 'i').test(text);
}

const twinCache = new WeakMap<GenerateContext, Set<string>>();

/**
 * "Raila Odinda" beside "Raila Odinga": a name one slip from another person's that the library writes
 * less often is the source's misspelling, never offered as a choice.
 */
export function isMisspeltTwin(ctx: GenerateContext, p: Person): boolean {
  let twins = twinCache.get(ctx);
  if (!twins) {
    twins = new Set();
    const people = [...ctx.people.byId.values()].filter((x) => x.name.includes(' '));
    let bodies: string | null = null;
    const uses = (x: Person) => (bodies ??= [...ctx.articles.values()].map((a) => a.body).join('\n')).split(x.name.split(' ').pop() ?? x.name).length - 1;
    // A slip in the surname: people sharing a first name are compared.
    const byFirst = new Map<string, Person[]>();
    for (const x of people) {
      const first = x.name.split(' ')[0] ?? '';
      const group = byFirst.get(first);
      if (group) group.push(x);
      else byFirst.set(first, [x]);
    }
    for (const group of byFirst.values()) {
      for (const [i, a] of group.entries()) for (const b of group.slice(i + 1)) {
        if (a.name.length > 6 && withinOneEdit(a.name.toLowerCase(), b.name.toLowerCase())) {
          const [ua, ub] = [uses(a), uses(b)];
          if (ua !== ub) twins.add(ua < ub ? a.id : b.id);
        }
      }
    }
    twinCache.set(ctx, twins);
  }
  return twins.has(p.id);
}
