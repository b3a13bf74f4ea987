/**
 * Territories a stem may set its scene in that the lists hold as no state of their own, with their towns: "Meanwhile,
 * in the West Bank, hundreds protested … at a funeral in _____" rules out Washington and Gaza at once (blind-44), so
 * a where-question's wrong answers are the territory's other towns. A fixed table of well-known territories and
 * their larger towns, written by hand; the gazetteer files them under their state (Hebron and Gaza both "Palestine").
 */
import { escapeRegExp, normalise } from './text';

const TERRITORY_TOWNS: Record<string, string[]> = {
  'West Bank': ['Hebron', 'Ramallah', 'Nablus', 'Jenin', 'Bethlehem', 'Jericho', 'Tulkarm', 'Qalqilya'],
  'Gaza Strip': ['Gaza City', 'Khan Yunis', 'Rafah', 'Deir el-Balah', 'Jabalia', 'Beit Hanoun'],
  Crimea: ['Simferopol', 'Sevastopol', 'Yalta', 'Kerch', 'Feodosia', 'Yevpatoria'],
  Donbas: ['Donetsk', 'Luhansk', 'Mariupol', 'Kramatorsk', 'Sloviansk', 'Horlivka'],
  Kashmir: ['Srinagar', 'Jammu', 'Muzaffarabad', 'Anantnag', 'Baramulla'],
  Darfur: ['El Fasher', 'Nyala', 'El Geneina', 'Zalingei', 'Ed Daein'],
  'Iraqi Kurdistan': ['Erbil', 'Sulaymaniyah', 'Duhok', 'Halabja', 'Zakho'],
  Tibet: ['Lhasa', 'Shigatse', 'Nyingchi', 'Chamdo'],
  Xinjiang: ['Urumqi', 'Kashgar', 'Hotan', 'Yining', 'Aksu'],
  Chechnya: ['Grozny', 'Gudermes', 'Urus-Martan', 'Shali'],
  'Northern Ireland': ['Belfast', 'Derry', 'Armagh', 'Newry', 'Lisburn', 'Omagh'],
  Scotland: ['Edinburgh', 'Glasgow', 'Aberdeen', 'Dundee', 'Inverness', 'Stirling'],
  Wales: ['Cardiff', 'Swansea', 'Newport', 'Wrexham', 'Bangor'],
};

const SCENES = Object.entries(TERRITORY_TOWNS).map(([name, towns]) => ({
  scene: new RegExp(String.raw`\bin\s+(?:the\s+)?${escapeRegExp(name)}\b`, 'u'),
  towns,
  keys: new Set(towns.map(normalise)),
}));

/**
 * The towns of the territory the shown text sets its scene in ("in the West Bank"), when the answer is one of them:
 * then the only honest wrong answers. Null when the text names no such territory or the answer lies outside it.
 *
 * @example
 * territoryTowns('Meanwhile, in the West Bank, hundreds protested at a funeral in _____.', 'Hebron'); // → ['Hebron', 'Ramallah', 'Nablus', …]
 * territoryTowns('Talks were held in _____.', 'Hebron'); // → null
 */
export function territoryTowns(shown: string, answer: string): string[] | null {
  const key = normalise(answer);
  return SCENES.find((s) => s.keys.has(key) && s.scene.test(shown))?.towns ?? null;
}

/**
 * Territories that are asked beside one another: a place the lists hold as no state, asked as such ("the American
 * hostages still held in Gaza"), gets territories of its own part of the world, never a town ("Jerusalem" beside
 * "Gaza", blind-51b). Written by hand from the conflicts the library's reports cover.
 */
const TERRITORY_PEERS: string[][] = [
  ['Gaza', 'West Bank', 'Golan Heights', 'Sinai', 'southern Lebanon'],
  ['Crimea', 'Donbas', 'Abkhazia', 'South Ossetia', 'Transnistria', 'Nagorno-Karabakh', 'Chechnya'],
];

/** Forms of one territory: "Gaza" and "the Gaza Strip" name the same place, so neither is offered beside the other. */
const SAME_TERRITORY: Record<string, string> = { 'gaza strip': 'gaza' };

/**
 * The other territories to offer when the answer is itself a territory of the table, or null.
 *
 * @example
 * territoryPeers('Gaza'); // → ['West Bank', 'Golan Heights', 'Sinai', 'southern Lebanon']
 * territoryPeers('Ramallah'); // → null
 */
export function territoryPeers(answer: string): string[] | null {
  const key = normalise(answer.replace(/^the\s+/i, ''));
  const own = SAME_TERRITORY[key] ?? key;
  const group = TERRITORY_PEERS.find((g) => g.some((t) => normalise(t) === own));
  return group ? group.filter((t) => normalise(t) !== own) : null;
}

