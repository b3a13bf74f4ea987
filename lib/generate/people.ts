/**
 * Alias normalisation for people: one person may appear as "Antony Blinken", "Tony Blinken",
 * "Mr Blinken" or (in a machine rewrite) "Blinker". Distractors must never be the answer under
 * another name, and a quotation that names its speaker must not become a who-said question.
 */
import { HEADLINE_VERB_LEXICON } from '@/lib/extract/lexicons/speech-verbs';
import { tagSpan } from '@/lib/extract/pos';
import type { Person } from '@/lib/extract/types';
import { withinOneEdit } from '@/lib/text/within-one-edit';
import { containsWords, normalise } from './text';
import { memoByObject } from './memo';

const TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'president', 'vice', 'prime', 'minister', 'secretary',
  'general', 'state', 'of', 'the', 'foreign', 'us', 'uk', 'nato', 'chancellor', 'spokesman', 'spokeswoman',
  'ambassador', 'deputy', 'chief', 'head', 'leader', 'senator', 'gen', 'adm',
]);

/** Name words without titles: "Mr. Antony Blinken" → ["antony", "blinken"]. */
function nameWords(name: string): string[] {
  const words = normalise(name).split(' ').filter(Boolean);
  const stripped = words.filter((w) => !TITLES.has(w));
  return stripped.length > 0 ? stripped : words;
}

function surnameOf(name: string): string {
  const words = nameWords(name);
  return words[words.length - 1] ?? '';
}

/** Two surnames match when equal, or one typo apart for names long enough to make that safe. */
function surnamesMatch(a: string, b: string): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  return Math.min(a.length, b.length) >= 5 && withinOneEdit(a, b);
}

export interface PeopleIndex {
  byId: Map<string, Person>;
  /** The person id a written name refers to, or null. */
  resolve(name: string): string | null;
  /** Whether two written names refer to the same person (conservative: a shared surname counts). */
  samePerson(a: string, b: string): boolean;
  /** Whether a text names this person in any spelling, including a one-letter slip of the surname. */
  isMentionedIn(personId: string, text: string): boolean;
  /** Every written form of the person that names them (not role descriptions), longest first. */
  spellings(personId: string): string[];
}

/**
 * Builds the alias index over the library's people.
 *
 * @example
 * const idx = buildPeopleIndex([{ id: 'antony-blinken', name: 'Antony Blinken', aliases: ['Tony Blinken'], role: null, affiliation: 'US' }]);
 * idx.samePerson('Mr Blinken', 'Blinker'); // → true
 */
export function buildPeopleIndex(people: readonly Person[]): PeopleIndex {
  const byId = new Map<string, Person>();
  const exact = new Map<string, string>();
  const bySurname = new Map<string, Set<string>>();
  const sorted = [...people].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const p of sorted) {
    byId.set(p.id, p);
    for (const form of [p.name, ...p.aliases]) {
      const key = nameWords(form).join(' ');
      if (key && !exact.has(key)) exact.set(key, p.id);
    }
    const s = surnameOf(p.name);
    if (s) bySurname.set(s, (bySurname.get(s) ?? new Set()).add(p.id));
  }
  const cache = new Map<string, string | null>();

  function resolve(name: string): string | null {
    const hit = cache.get(name);
    if (hit !== undefined) return hit;
    const key = nameWords(name).join(' ');
    let id = exact.get(key) ?? null;
    if (!id) {
      const s = surnameOf(name);
      const exactSurname = bySurname.get(s);
      if (exactSurname && exactSurname.size === 1) id = [...exactSurname][0] ?? null;
      else if (!exactSurname) {
        const near = [...bySurname.entries()].filter(([k]) => surnamesMatch(k, s)).flatMap(([, ids]) => [...ids]);
        if (near.length === 1) id = near[0] ?? null;
      }
    }
    cache.set(name, id);
    return id;
  }

  const spellingCache = new Map<string, string[]>();
  function spellings(personId: string): string[] {
    const cached = spellingCache.get(personId);
    if (cached) return cached;
    const p = byId.get(personId);
    if (!p) return [];
    // Role descriptions ("the Secretary of State") start lower-case or with "the": not names.
    const forms = [p.name, ...p.aliases].filter((f) => /^[A-Z]/.test(f) && !/^The\s/.test(f));
    const s = surnameOf(p.name);
    const surname = p.name.split(/\s+/).find((w) => normalise(w) === s);
    if (surname) forms.push(surname);
    const out = [...new Set(forms)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    spellingCache.set(personId, out);
    return out;
  }

  // Nested maps: keying by "id + text" would build a new long string on every lookup.
  const mentionCache = new Map<string, Map<string, boolean>>();
  function isMentionedIn(personId: string, text: string): boolean {
    let perPerson = mentionCache.get(personId);
    if (!perPerson) mentionCache.set(personId, (perPerson = new Map()));
    let hit = perPerson.get(text);
    if (hit === undefined) perPerson.set(text, (hit = isMentionedUncached(personId, text)));
    return hit;
  }

  function isMentionedUncached(personId: string, text: string): boolean {
    if (spellings(personId).some((f) => containsWords(text, f))) return true;
    const p = byId.get(personId);
    if (!p) return false;
    const s = surnameOf(p.name);
    if (s.length < 5) return false;
    return (text.match(/\b[A-Z][\p{L}'-]+/gu) ?? []).some((w) => surnamesMatch(normalise(w), s));
  }

  const sameCache = new Map<string, Map<string, boolean>>();
  function samePerson(a: string, b: string): boolean {
    let row = sameCache.get(a);
    if (!row) sameCache.set(a, (row = new Map()));
    let hit = row.get(b);
    if (hit === undefined) row.set(b, (hit = samePersonUncached(a, b)));
    return hit;
  }

  function samePersonUncached(a: string, b: string): boolean {
    const ia = resolve(a);
    const ib = resolve(b);
    if (ia && ib) return ia === ib || surnamesMatch(surnameOf(a), surnameOf(b));
    return surnamesMatch(surnameOf(a), surnameOf(b)) || normalise(a) === normalise(b);
  }

  return { byId, resolve, samePerson, isMentionedIn, spellings };
}

/**
 * Words that make a capitalised phrase an organisation, a body or a place rather than a person
 * ("Climate Action", "Monetary Policy Committee", "Philippine Red Cross", "Public Works").
 */
const NON_PERSON_WORDS = new Set([
  'action', 'affairs', 'council', 'ministry', 'bank', 'union', 'organization', 'organisation', 'agency', 'committee', 'party',
  'group', 'network', 'association', 'institute', 'fund', 'office', 'department', 'commission', 'court', 'university',
  'news', 'reuters', 'press', 'times', 'post', 'centre', 'centres', 'center', 'centers', 'control', 'policy',
  'programme', 'program', 'service', 'services', 'authority', 'board', 'parliament', 'assembly', 'senate', 'congress',
  'government', 'cross', 'crescent', 'palace', 'forces', 'army', 'police', 'environment', 'works', 'select', 'foundation',
  'corporation', 'company', 'inc', 'ltd', 'plc', 'airlines', 'federation', 'league', 'society', 'trust', 'partners',
  'coalition', 'alliance', 'movement', 'front', 'church', 'school', 'college', 'hospital', 'tribunal', 'summit',
  'chiefs', 'staff', 'command', 'corps', 'guard', 'navy', 'marines',
  'conference', 'forum', 'nations', 'states', 'republic', 'kingdom', 'treasury', 'exchange', 'capital', 'media',
  'television', 'radio', 'club', 'fc', 'team', 'ministers', 'europe', 'africa', 'asia', 'america', 'city', 'province',
  'region', 'island', 'islands', 'street', 'square', 'house', 'building', 'headquarters', 'secretariat', 'cabinet',
  'convention', 'declaration', 'act', 'treaty', 'accord', 'agreement', 'journal', 'review', 'science', 'geoscience',
  'nature', 'emergency', 'emergencies', 'situations', 'health', 'library', 'lane', 'road', 'avenue', 'lakes', 'desk',
  'markets', 'water', 'mill', 'magistrates', 'voice', 'community', 'systems', 'technologies', 'energy', 'children',
  'logistics', 'logistik', 'groep', 'gmbh', 'ag', 'nv', 'bv', 'spa', 'holdings', 'holding', 'motors', 'airways', 'pharma',
  // Headline and briefing words read as names ("President Putin Telephone conversation", "John Kerry Remarks").
  'telephone', 'conversation', 'remarks', 'support', 'pledges', 'officials', 'official', 'briefing', 'background',
  'statement', 'interview', 'readout', 'transcript', 'meeting', 'talks', 'visit', 'call', 'announcement', 'update', 'storm',
  // Press-release furniture and captions read as names ("For Immediate Release", "Celebration Now"), offered as speakers in dev sheets.
  'release', 'celebration', 'now',
  // Military units read as names ("Expeditionary Aircraft Maintenance Squadron", "Base Quantico").
  'squadron', 'base', 'wing', 'battalion', 'regiment', 'brigade', 'division', 'command', 'fleet', 'corps', 'detachment', 'unit',
  // Plans, a cut-off airfield and a thanks read as names, offered as speakers in round 20's sheets ("Indo-Pacific Economic
  // Framework", "the ASEAN Five-Point Consensus", "Futenma Air Station", "Joe. Thank you"), and a people ("Sunni Muslims").
  'framework', 'consensus', 'initiative', 'strategy', 'roadmap', 'air', 'thank', 'thanks', 'muslims', 'christians',
  // Feasts read as names ("Yom Kippur").
  'kippur', 'christmas', 'easter', 'ramadan', 'diwali', 'hanukkah', 'passover', 'eid', 'thanksgiving', 'nowruz',
]);

/** Ranks and trades written before a name ("Senior Airman Brandon Smith", "Naval Air Crewman Brett Parks"). */
const RANK_WORDS = new Set([
  'airman', 'crewman', 'seaman', 'technician', 'sergeant', 'sgt', 'corporal', 'cpl', 'private', 'pvt', 'specialist', 'spc',
  'officer', 'lieutenant', 'lt', 'captain', 'capt', 'major', 'maj', 'colonel', 'col', 'general', 'gen', 'admiral', 'adm',
  'commander', 'cmdr', 'ensign', 'petty', 'warrant', 'chief', 'master', 'staff', 'senior', 'first', 'class',
  'navy', 'naval', 'air', 'force', 'army', 'explosive', 'ordnance', 'disposal', 'aerospace', 'equipment', 'ground',
  // Indian honorifics a transcript writes before a minister's name ("Shrimati Sushma Swaraj"): "Mrs", not a name.
  'shri', 'shrimati', 'smt', 'kumari',
]);

/**
 * The name as a choice shows it: without a rank or trade written before it ("Brett Parks" for "Naval Air
 * Crewman Brett Parks"), when what remains is still a full name.
 *
 * @example
 * displayName({ name: 'Naval Air Crewman Brett Parks' } as Person); // → 'Brett Parks'
 * displayName({ name: 'Jens Stoltenberg' } as Person); // → 'Jens Stoltenberg'
 */
export function displayName(p: Pick<Person, 'name'> & { aliases?: string[] }): string {
  const rest = withoutRank(p.name);
  const name = rest.length >= 2 ? rest.join(' ') : p.name;
  // "Lloyd J. Austin" as the article writes it, not the canonical "Lloyd J Austin" (an initial's dot only).
  const dotted = (p.aliases ?? []).find((a) => /\b\p{Lu}\.\s/u.test(a) && !/\p{Ll}\.\s/u.test(a) && normalise(a) === normalise(name));
  return dotted ?? name;
}

function withoutRank(name: string): string[] {
  const words = name.trim().split(/\s+/);
  let i = 0;
  while (i < words.length && RANK_WORDS.has(normalise(words[i] ?? ''))) i++;
  return words.slice(i);
}

/** Words that open a title or a slogan ("Under Attack", "For Change"), never a personal name. */
// "Afterwards Bush", "Candidate Trump": a sentence adverb or a campaign's word before a surname is no given name.
const FUNCTION_WORDS = new Set(['under', 'for', 'with', 'without', 'in', 'on', 'at', 'by', 'from', 'into', 'over', 'after', 'before', 'the', 'a', 'an', 'our', 'my', 'no', 'not', 'stop', 'save', 'afterwards', 'meanwhile', 'later', 'then', 'candidate']);
/** Particles that start a surname: "De Haan" or "Van Aalst" alone is a family or a firm, not a person to name. */
const SURNAME_PARTICLES = new Set(['de', 'van', 'von', 'da', 'del', 'della', 'der', 'den', 'di', 'du', 'la', 'le', 'al', 'bin', 'ibn', 'dos', 'das']);

/** Endings of common nouns ("Alpine Convention", "Emergency Situations"), not of surnames. */
const NOUN_ENDING = /(tions?|sions?|ments?|ness|ities|ity|ologys?|ogies|ics|ships?|hoods?|ences|isms?)$/;
/** Given names and surnames that end like common nouns. */
const NAMES_LIKE_NOUNS = new Set(['clemence', 'terence', 'florence', 'lawrence', 'laurence', 'clarence', 'prudence', 'hicks', 'dickens']);

/** Titles that, followed by a surname, make one capitalised word a personal name ("Dr Tedros", "Ms Sherman"). */
const PERSONAL_TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'prof', 'professor']);

/**
 * Whether a written name looks like a person's: at least two capitalised name words, or a title
 * and a surname, and no word that names an organisation or a place ("Climate Action", "Public Works").
 * The one place that decides whether a speaker may be asked about or offered as a choice.
 *
 * @example
 * looksLikePersonName('Lars Aagaard'); // → true
 * looksLikePersonName('George W. Bush'); // → true
 * looksLikePersonName('Mr Blinken'); // → true
 * looksLikePersonName('Climate Action'); // → false
 * looksLikePersonName('Marcos'); // → false
 */
export function looksLikePersonName(name: string): boolean {
  // "David Miliband. Do": a sentence's end inside the name; a middle initial's period ("George W. Bush") is none.
  if (/(?<!(?:^|\s)\p{Lu})[.!?]\s+\p{Lu}/u.test(name) && !/^(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Prof|Jr|Sr)\.\s/.test(name)) return false;
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.some((w) => NON_PERSON_WORDS.has(normalise(w)))) return false;
  const first = normalise(words[0] ?? '');
  if (FUNCTION_WORDS.has(first) || (SURNAME_PARTICLES.has(first) && words.length === 2)) return false;
  const last = normalise(words[words.length - 1] ?? '');
  if (NOUN_ENDING.test(last) && !NAMES_LIKE_NOUNS.has(last)) return false;
  const bare = words.map((w) => w.replace(/[.,]+$/, ''));
  if (bare.length === 2 && PERSONAL_TITLES.has(normalise(bare[0] ?? '')) && /^\p{Lu}/u.test(bare[1] ?? '')) return true;
  // Particles ("van", "de", "bin") and suffixes ("Jr") sit between or after capitalised words.
  const nameWords = bare.filter((w) => /^\p{Lu}[\p{L}\p{M}'’-]*$/u.test(w) && !PERSONAL_TITLES.has(normalise(w)));
  const others = bare.filter((w) => !/^\p{Lu}/u.test(w));
  return nameWords.length >= 2 && others.every((w) => /^(van|von|de|da|del|della|der|den|di|du|la|le|bin|al|ibn|y|dos|das)$/.test(w));
}

const HEADLINE_VERBS = HEADLINE_VERB_LEXICON.words;
/** Names already read for a caption's verb: the tagger is slow beside the rest of a guard read per choice. */
const captionVerbCache = new Map<string, boolean>();

/**
 * Whether a name holds the verb of a headline or photo caption it was read from: "Bush Meets" (blind-28),
 * "Clinton Shakes Hands" (blind-38). A headline verb of the lexicon after the first word, or, between two
 * words, a present-tense verb in -s that the tagger reads as a verb ("Shakes", "Delivers").
 */
function hasCaptionVerb(name: string): boolean {
  const words = name.trim().split(/\s+/);
  if (words.slice(1).some((w) => HEADLINE_VERBS.has(w.toLowerCase()))) return true;
  if (words.length < 3) return false;
  const hit = captionVerbCache.get(name);
  if (hit !== undefined) return hit;
  const tags = tagSpan(name, 0, name.length);
  const v = tags.some((t, k) => k > 0 && k < tags.length - 1 && /\p{Ll}s$/u.test(t.word) && !/ss$/.test(t.word) && t.pos === 'VERB');
  if (captionVerbCache.size < 10_000) captionVerbCache.set(name, v);
  return v;
}

/** Forms of address a name reader may take for a name: "Royal Majesty", "His Excellency", "Royal Highness". */
const FORM_OF_ADDRESS = /^(?:(?:His|Her|Your|Their)\s+)?(?:(?:Royal|Imperial|Serene)\s+)?(?:Majesty|Majesties|Highness|Excellency|Holiness|Eminence|Grace|Honou?r)$/;

/**
 * Whether a library person may stand as a speaker: the canonical name, or a title-and-surname alias, looks like a person's.
 *
 * @example
 * isPersonLike({ id: 'climate-action', name: 'Climate Action', aliases: ['Climate'], role: 'director', affiliation: null }); // → false
 */
export function isPersonLike(p: Person): boolean {
  return personLikeOnce(p);
}

/** Once per person object: every question's options ask it of every candidate, and a person's names never change. */
const personLikeOnce = memoByObject(function personLikeUncached(p: Person): boolean {
  // "Royal Majesty", from "His Royal Majesty": a form of address, nobody's name.
  if (FORM_OF_ADDRESS.test(p.name.trim())) return false;
  // "Clinton Shakes Hands", read from a photo caption in title case: a name and a verb, no one to offer.
  if (hasCaptionVerb(p.name)) return false;
  // "Camp Taji", "Fort Bragg": a base read as a name (offered as a speaker in a sampled sheet).
  if (/^(?:Camp|Fort|Base|Mount|Lake|Port|Cape)\s+\p{Lu}/u.test(p.name.trim())) return false;
  // "Benjamin Franklin Room", "Roosevelt Room", "Great Hall": a room or building named after someone, read from a
  // transcript's header line (offered for Rice's words in blind-43).
  if (/\s(?:Room|Hall|Building|Center|Centre|Palace|Chamber|Museum|Library|Airport|Square|Gardens?)$/.test(p.name.trim())) return false;
  // "High-Level Dialogue", "Good Governance": a forum or a topic read from a readout's capitals; "Training
  // Mission-Afghanistan" (offered for Obama's words in gen10's development sheet): a command, not a person.
  if (/\b(?:Mission|Command|Headquarters|Dialogue|Governance|Partnership|Initiative|Cooperation|Opportunities|Development|Strategy|Summit|Forum|Council|Agreement|Change|Movement|Party|Front|Alliance|Coalition|Wikinews|Shorts|Inaugural)\b/.test(p.name)) return false;
  // "David Miliband Do", read from "David Miliband. Do …": a name that runs across a sentence end.
  if (p.aliases.some((a) => /\p{Ll}{2}\.\s+\p{Lu}/u.test(a) && normalise(a) === normalise(p.name))) return false;
  // "Explosive Ordnance Disposal Technician Ryan": a trade and one name is no one a student could name.
  const rest = withoutRank(p.name);
  if (rest.length < p.name.trim().split(/\s+/).length) return rest.length >= 2 && looksLikePersonName(rest.join(' '));
  if (looksLikePersonName(p.name)) return true;
  // "Putin" with the alias "Mr Putin" is a person the extractor knew only by surname.
  return !p.name.trim().includes(' ') && p.aliases.some((a) => looksLikePersonName(a) && normalise(a).endsWith(normalise(p.name)));
});
