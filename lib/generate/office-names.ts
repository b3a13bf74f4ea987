/**
 * "The Prime Minister will be focused on …" shown alone in a stem: a government's release names its minister
 * by office only, and a student a year later cannot tell which prime minister (blind-30, both judges). A stem
 * names people as the article does at its fullest: the one person the article gives the office to
 * ("The Prime Minister [Keir Starmer]", "the Prime Minister [Irakli Garibashvili]’s visit"), else the office with
 * the government the outlet speaks for ("The [UK] Prime Minister"); with neither, the sentence is not asked.
 */
import type { GenerateContext } from './context';
import { displayName } from './people';
import { sideOf } from './sides';
import { namedIn } from './story';
import { escapeRegExp } from './text';

/** Offices a release writes without the holder's name ("the Defence Secretary said"). */
const OFFICE = /(?<![\p{L}\]])([Tt]he) (Prime Minister|Deputy Prime Minister|Defen[cs]e Secretary|Foreign Secretary|Home Secretary|Chancellor|Defen[cs]e Minister|Foreign Minister|Secretary of State|Secretary of Defense|Secretary[- ]General|President|Vice President)(?![\p{L}-])(?!\s+(?:of\s+)?\p{Lu})/u;

/**
 * Governments whose own sites publish releases that name their ministers by office alone, as the outlet line
 * of an article gives them (the corpora's front matter: "GOV.UK (10 Downing Street press release)", "The
 * White House", "U.S. Department of State", "U.S. Department of Defense", "President of Russia (Kremlin)").
 */
const OUTLET_GOVERNMENTS: readonly [RegExp, string][] = [
  [/GOV\.UK|Downing Street|Number ?10|Prime Minister['’]s Office|Foreign,? (?:and )?Commonwealth|Ministry of Defence/i, 'UK'],
  [/White House|Department of State|State Department|Department of Defense|DoD News|Pentagon/i, 'US'],
  [/Kremlin|President of Russia/i, 'Russian'],
  [/\bNATO\b/, 'NATO'],
];

/**
 * The offices each of those governments has, as its own releases title them: a White House briefing's bare
 * "the Prime Minister" is another state's (the US has none), so "[US] Prime Minister" would teach a falsehood.
 */
const GOVERNMENT_OFFICES: Readonly<Record<string, RegExp>> = {
  UK: /^(?:Prime Minister|Deputy Prime Minister|Defen[cs]e Secretary|Foreign Secretary|Home Secretary|Chancellor|Secretary of State)$/,
  US: /^(?:President|Vice President|Secretary of State|Secretary of Defense|Defen[cs]e Secretary)$/,
  Russian: /^(?:President|Prime Minister|Foreign Minister|Defen[cs]e Minister)$/,
  NATO: /^Secretary[- ]General$/,
};

/** The side (as `sideOf` reads people) of each of those governments: its release's bare "the President" is its own. */
const GOVERNMENT_SIDES: Readonly<Record<string, string>> = { UK: 'UK', US: 'US', Russian: 'Russia', NATO: 'NATO' };

/** Where each of those governments sits: its own release on a visit "to _____" there gives the place away. */
const GOVERNMENT_SEATS: Readonly<Record<string, string>> = { UK: 'London', US: 'Washington', Russian: 'Moscow', NATO: 'Brussels' };

/**
 * Whether a place is the seat of the government an outlet speaks for ("The White House" → Washington).
 *
 * @example
 * isOutletSeat('The White House, Office of the Press Secretary', 'Washington, D.C.'); // → true
 * isOutletSeat('Voice of America', 'Washington'); // → false
 */
export function isOutletSeat(outlet: string | null | undefined, place: string): boolean {
  const government = governmentOfOutlet(outlet);
  const seat = government ? GOVERNMENT_SEATS[government] : undefined;
  return !!seat && new RegExp(`^${seat}\\b`).test(place.trim());
}

/** Whether a government has the office, so that "[UK] Prime Minister" names someone. */
function hasOffice(government: string, office: string): boolean {
  return GOVERNMENT_OFFICES[government]?.test(office) ?? false;
}

/**
 * The name the article last gave the office before `at` ("Georgian Prime Minister Garibashvili … And this was
 * the Prime Minister’s first visit"): a bare title refers back to the holder last named with it. Null if none.
 */
function lastTitledHolder(body: string, office: string, at: number): string | null {
  const title = escapeRegExp(office).replace(/\s+/g, '\\s+');
  const re = new RegExp(`(?<!(?:Deputy|Vice|Former|former|Assistant|Under)\\s)\\b${title}\\s+(\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2})`, 'gu');
  let last: string | null = null;
  for (const m of body.slice(0, at).matchAll(re)) last = m[1] ?? null;
  return last;
}

/**
 * The government an outlet speaks for, or null for a newspaper or a wire.
 *
 * @example
 * governmentOfOutlet('GOV.UK (10 Downing Street press release)'); // → 'UK'
 * governmentOfOutlet('Voice of America'); // → null
 */
export function governmentOfOutlet(outlet: string | null | undefined): string | null {
  for (const [pattern, government] of OUTLET_GOVERNMENTS) if (pattern.test(outlet ?? '')) return government;
  return null;
}

/**
 * The stem with its first bare office named: by the one holder given, else by the government; the stem as it
 * is when it has no bare office, and null when an office needs a name and there is none to give.
 *
 * @example
 * withOfficeNamed('The Prime Minister will meet President Trump today.', [], 'UK'); // → 'The [UK] Prime Minister will meet President Trump today.'
 * withOfficeNamed('The Prime Minister will meet President Trump today.', ['Keir Starmer'], 'UK'); // → 'The Prime Minister [Keir Starmer] will meet President Trump today.'
 * withOfficeNamed('The Prime Minister will meet President Trump today.', [], null); // → null
 * withOfficeNamed('He met the Prime Minister, Nawaz Sharif, today.', ['Nawaz Sharif'], 'UK'); // → 'He met the Prime Minister, Nawaz Sharif, today.'
 * withOfficeNamed('It was the Prime Minister’s first visit.', ['Irakli Garibashvili'], 'US'); // → 'It was the Prime Minister [Irakli Garibashvili]’s first visit.'
 */
export function withOfficeNamed(stem: string, holders: readonly string[], government: string | null): string | null {
  const m = OFFICE.exec(stem);
  if (!m) return stem;
  const end = m.index + m[0].length;
  // "with the Prime Minister, Nawaz Sharif, the Chief of Army Staff …": the name stands beside the office
  // already; a gloss would write it twice ("the Prime Minister [Nawaz Sharif], Nawaz Sharif", gen12's dev sheet).
  if (/^,\s+\p{Lu}[\p{L}.'’-]+\s+\p{Lu}/u.test(stem.slice(end))) return stem;
  // The one holder the article names is the gloss, before a possessive too ("the Prime Minister [Irakli
  // Garibashvili]’s first visit"): the outlet's state may have no such office ("the [US] Prime Minister’s first
  // visit" in a White House briefing on Georgia's prime minister, blind-38).
  if (holders.length === 1) return `${stem.slice(0, end)} [${holders[0]}]${stem.slice(end)}`;
  if (!government) return null;
  return `${stem.slice(0, m.index)}${m[1]} [${government}] ${m[2]}${stem.slice(end)}`;
}

/** Whether a role is the office ("UK Prime Minister" holds "Prime Minister"; "Deputy Prime Minister" does not). */
function holdsOffice(role: string | null, office: string): boolean {
  const r = (role ?? '').toLowerCase().replace(/defense/g, 'defence');
  const o = office.toLowerCase().replace(/defense/g, 'defence').replace('-', ' ');
  const at = r.replace('-', ' ').indexOf(o);
  return at >= 0 && !/(?:deputy|vice|former|assistant|under)\s*$/.test(r.slice(0, at));
}

/**
 * The prompt of a question citing `articleId`, with a bare office in its shown sentence named (see
 * `withOfficeNamed`); null when it cannot be.
 */
export function promptWithOfficeNamed(ctx: GenerateContext, articleId: string, prompt: string, at = 0): string | null {
  const m = OFFICE.exec(prompt);
  if (!m) return prompt;
  const office = m[2] ?? '';
  const government = governmentOfOutlet(ctx.articles.get(articleId)?.outlet);
  // A White House briefing's bare "the President" is the US president, never the Russian one it also names
  // ("the meeting between the President [Vladimir Putin] and Prime Minister Abe", round 15's full review).
  const own = government && hasOffice(government, office) ? GOVERNMENT_SIDES[government] : undefined;
  const holders = [...namedIn(ctx, articleId)]
    .map((id) => ctx.people.byId.get(id))
    .filter((p) => !!p && holdsOffice(p.role, office) && (!own || sideOf(ctx, p) === own))
    .map((p) => displayName(p!));
  // The outlet's state glosses only an office it has; else the holder the article last named with the title.
  if (holders.length === 0 && !(government && hasOffice(government, office))) {
    const last = lastTitledHolder(ctx.articles.get(articleId)?.body ?? '', office, at);
    return withOfficeNamed(prompt, last ? [last] : [], null);
  }
  return withOfficeNamed(prompt, [...new Set(holders)], government);
}
