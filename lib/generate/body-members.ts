/**
 * The member states of bodies whose meetings news copy names ("the NATO Summit in Lisbon", "the EU Council in
 * Brussels"): a summit of a body is held in one of its members' towns, so its wrong choices are towns of its
 * members too, never Kabul or Geneva beside Lisbon for NATO (blind-46). State names as lib/extract's
 * world-countries list writes them.
 */
import { stateOfTown } from './home-towns';

const BODIES: readonly { source: string; names: RegExp; members: readonly string[] }[] = [
  {
    source: 'NATO member countries (nato.int, 2024: 32 Allies)',
    names: /\b(?:NATO|Nato|North Atlantic (?:Treaty Organi[sz]ation|Council|Alliance))\b/,
    members: [
      'Albania', 'Belgium', 'Bulgaria', 'Canada', 'Croatia', 'Czechia', 'Denmark', 'Estonia', 'Finland', 'France',
      'Germany', 'Greece', 'Hungary', 'Iceland', 'Italy', 'Latvia', 'Lithuania', 'Luxembourg', 'Montenegro',
      'Netherlands', 'North Macedonia', 'Norway', 'Poland', 'Portugal', 'Romania', 'Slovakia', 'Slovenia', 'Spain',
      'Sweden', 'Türkiye', 'United Kingdom', 'United States',
    ],
  },
  {
    source: 'EU member states (european-union.europa.eu, 2020-: 27)',
    names: /\b(?:EU|European (?:Union|Council))\b/,
    members: [
      'Austria', 'Belgium', 'Bulgaria', 'Croatia', 'Cyprus', 'Czechia', 'Denmark', 'Estonia', 'Finland', 'France',
      'Germany', 'Greece', 'Hungary', 'Ireland', 'Italy', 'Latvia', 'Lithuania', 'Luxembourg', 'Malta', 'Netherlands',
      'Poland', 'Portugal', 'Romania', 'Slovakia', 'Slovenia', 'Spain', 'Sweden',
    ],
  },
  {
    source: 'ASEAN member states (asean.org: 10, Timor-Leste admitted 2025)',
    names: /\b(?:ASEAN|Association of Southeast Asian Nations)\b/,
    members: ['Brunei', 'Cambodia', 'Indonesia', 'Laos', 'Malaysia', 'Myanmar', 'Philippines', 'Singapore', 'Thailand', 'Vietnam', 'Timor-Leste'],
  },
];

/** A body's own gathering: "NATO Summit", "EU foreign ministers' council", "summit of ASEAN". */
const GATHERING = String.raw`(?:summit|council|ministerial|meeting of (?:foreign|defen[cs]e) ministers)`;

/**
 * The member states of the body whose own gathering a text names, when the answer is a town of one of them;
 * null otherwise (an "EU-China summit in Beijing" is no gathering of the EU alone, and is left as it was).
 *
 * @example
 * gatheringMembers('where will the NATO Summit take place?', 'Lisbon')?.has('Portugal'); // → true
 * gatheringMembers('the EU-China summit', 'Beijing'); // → null
 */
export function gatheringMembers(text: string, answer: string): ReadonlySet<string> | null {
  const state = stateOfTown(answer);
  if (!state) return null;
  for (const b of BODIES) {
    const body = b.names.source;
    const own = new RegExp(String.raw`${body}(?:\s+(?:\p{L}+(?:['’]s?)?)){0,3}?\s+${GATHERING}\b|\b${GATHERING}\s+of\s+(?:the\s+)?${body}`, 'iu');
    if (!own.test(text) || !b.members.includes(state)) continue;
    return new Set(b.members);
  }
  return null;
}

const townStates = new Map<string, string | null>();

/** A town's state, once per town: a where-question of a body's gathering weighs every town of the list. */
export function memoStateOfTown(town: string): string | null {
  let s = townStates.get(town);
  if (s === undefined) townStates.set(town, (s = stateOfTown(town)));
  return s;
}
