/**
 * The member states of bodies whose meetings news copy names ("the NATO Summit in Lisbon", "the EU Council in
 * Brussels"): a summit of a body is held in one of its members' towns, so its wrong choices are towns of its
 * members too, never Kabul or Geneva beside Lisbon for NATO (blind-46). State names as lib/extract's
 * world-countries list writes them.
 */
import { stateOfTown } from './home-towns';

/** Each member with the year it joined, and the year it left if it has ("United Kingdom" left the EU in 2020). */
type Members = Readonly<Record<string, readonly [number, number?]>>;

const BODIES: readonly { source: string; names: RegExp; members: Members }[] = [
  {
    source: 'NATO member countries and accession years (nato.int, 2024: 32 Allies)',
    names: /\b(?:NATO|Nato|North Atlantic (?:Treaty Organi[sz]ation|Council|Alliance))\b/,
    members: {
      Belgium: [1949], Canada: [1949], Denmark: [1949], France: [1949], Iceland: [1949], Italy: [1949], Luxembourg: [1949],
      Netherlands: [1949], Norway: [1949], Portugal: [1949], 'United Kingdom': [1949], 'United States': [1949],
      Greece: [1952], Türkiye: [1952], Germany: [1955], Spain: [1982], Czechia: [1999], Hungary: [1999], Poland: [1999],
      Bulgaria: [2004], Estonia: [2004], Latvia: [2004], Lithuania: [2004], Romania: [2004], Slovakia: [2004], Slovenia: [2004],
      Albania: [2009], Croatia: [2009], Montenegro: [2017], 'North Macedonia': [2020], Finland: [2023], Sweden: [2024],
    },
  },
  {
    source: 'EU member states and accession years (european-union.europa.eu; the EEC before 1993)',
    names: /\b(?:EU|European (?:Union|Council))\b/,
    members: {
      Belgium: [1958], France: [1958], Germany: [1958], Italy: [1958], Luxembourg: [1958], Netherlands: [1958],
      Denmark: [1973], Ireland: [1973], 'United Kingdom': [1973, 2020], Greece: [1981], Portugal: [1986], Spain: [1986],
      Austria: [1995], Finland: [1995], Sweden: [1995], Cyprus: [2004], Czechia: [2004], Estonia: [2004], Hungary: [2004],
      Latvia: [2004], Lithuania: [2004], Malta: [2004], Poland: [2004], Slovakia: [2004], Slovenia: [2004],
      Bulgaria: [2007], Romania: [2007], Croatia: [2013],
    },
  },
  {
    source: 'ASEAN member states and admission years (asean.org)',
    names: /\b(?:ASEAN|Association of Southeast Asian Nations)\b/,
    members: {
      Indonesia: [1967], Malaysia: [1967], Philippines: [1967], Singapore: [1967], Thailand: [1967], Brunei: [1984],
      Vietnam: [1995], Laos: [1997], Myanmar: [1997], Cambodia: [1999], 'Timor-Leste': [2025],
    },
  },
];

/** The members in a year (every present one when the report's year is not known). */
function membersIn(members: Members, year: number | null): Set<string> {
  const y = year ?? Number.MAX_SAFE_INTEGER;
  return new Set(Object.entries(members).filter(([, [from, to]]) => from <= y && (to === undefined || y < to)).map(([s]) => s));
}

/** A body's own gathering: "NATO Summit", "EU foreign ministers' council", "summit of ASEAN". */
const GATHERING = String.raw`(?:summit|council|ministerial|meeting of (?:foreign|defen[cs]e) ministers)`;

/** Each body with the pattern of its own gathering ("the NATO Summit", "summit of ASEAN"), compiled once. */
const OWN_GATHERINGS = BODIES.map((b) => ({
  members: b.members,
  own: new RegExp(String.raw`${b.names.source}(?:\s+(?:\p{L}+(?:['’]s?)?)){0,3}?\s+${GATHERING}\b|\b${GATHERING}\s+of\s+(?:the\s+)?${b.names.source}`, 'iu'),
}));

/**
 * The member states in the report's year of the body whose own gathering a text names, when the answer is a town of one of them;
 * null otherwise (an "EU-China summit in Beijing" is no gathering of the EU alone, and is left as it was).
 *
 * @example
 * gatheringMembers('where will the NATO Summit take place?', 'Lisbon', 2010)?.has('Finland'); // → false (it joined in 2023)
 * gatheringMembers('the EU-China summit', 'Beijing', 2010); // → null
 */
export function gatheringMembers(text: string, answer: string, year: number | null): ReadonlySet<string> | null {
  const state = stateOfTown(answer);
  if (!state) return null;
  for (const b of OWN_GATHERINGS) {
    if (!b.own.test(text)) continue;
    const members = membersIn(b.members, year);
    if (members.has(state)) return members;
  }
  return null;
}

/**
 * Whether a text names a body's own gathering ("the NATO defense ministerial meeting", "the EU Council"), which meets
 * at the body's seat or a member's town of its choosing, whatever town a report is filed from.
 *
 * @example
 * isBodyGathering('an open session of the NATO defense ministerial meeting here today'); // → true
 * isBodyGathering('talks with the NATO Secretary General'); // → false
 */
export function isBodyGathering(text: string): boolean {
  return OWN_GATHERINGS.some((b) => b.own.test(text));
}

const townStates = new Map<string, string | null>();

/** A town's state, once per town: a where-question of a body's gathering weighs every town of the list. */
export function memoStateOfTown(town: string): string | null {
  let s = townStates.get(town);
  if (s === undefined) townStates.set(town, (s = stateOfTown(town)));
  return s;
}
