import { BYLINE_NAME } from './remarks-byline';
import { HONORIFICS } from './lexicon';
import { TITLE_HEADS, TITLE_WORDS } from './lexicons/titles';
import { isGivenName } from './given-name-gender';
import type { Mention } from './mentions';
import type { Paragraph, QuoteSpan } from './text';

/** How many paragraphs a transcript's header (name, post, place, date) may take before the first turn. */
const HEADER_PARAGRAPHS = 8;

const isTitleWord = (w: string) => TITLE_HEADS.words.has(w.toLowerCase()) || TITLE_WORDS.words.has(w.toLowerCase());
/** A courtesy a label writes between the post and the name: "SECRETARY OF DEFENSE DR. MARK T. ESPER". */
const isHonorific = (w: string) => Object.hasOwn(HONORIFICS, w.toLowerCase());
/** "ESPER" → "Esper", "JEAN-PIERRE" → "Jean-Pierre", "T." → "T.". */
const titleCase = (w: string) => w.toLowerCase().replace(/(^|[-'’])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());

/** "MR. CROWLEY" → "crowley", "SECRETARY RICE" → "rice": the label's surname. */
const labelSurname = (label: string) => (label.trim().split(/\s+/).at(-1) ?? '').toLowerCase();

/**
 * The people a transcript's header names in full on a line of their own ("Philip J. Crowley", "Secretary
 * Condoleezza Rice" above "MR. CROWLEY: …"), when a speaker label of the body gives that surname: the
 * header is the only place a State Department transcript writes its speaker's full name, and without it the
 * label stays "Mr. Crowley", nobody a student could be asked to name. A header line no label points at
 * (a venue, a heading) adds no one.
 *
 * @example
 * // 'Heather Nauert\n\nSpokesperson\n\nMS NAUERT: Hi, everybody.' → one mention, ['Heather', 'Nauert']
 */
export function headerPeople(body: string, paragraphs: Paragraph[], quotes: QuoteSpan[]): Mention[] {
  const surnames = new Set(quotes.flatMap((q) => (q.label && !q.label.isIntro ? [labelSurname(q.label.text)] : [])));
  if (surnames.size === 0) return [];
  const firstTurn = quotes.find((q) => q.label)?.paragraph ?? 0;
  const out: Mention[] = [];
  for (const p of paragraphs.slice(0, Math.min(firstTurn, HEADER_PARAGRAPHS))) {
    const line = body.slice(p.start, p.end).trim();
    const found = BYLINE_NAME.exec(line);
    if (!found) {
      out.push(...namesInCapitalLine(body, p, surnames));
      continue;
    }
    const written = found[1] as string;
    const all = written.split(' ');
    // "Secretary Condoleezza Rice": the title is no part of the name.
    const name = all.slice(all.findIndex((w) => !isTitleWord(w)));
    if (name.length < 2 || name.some(isTitleWord) || !surnames.has((name.at(-1) as string).toLowerCase())) continue;
    const start = p.start + body.slice(p.start, p.end).indexOf(written) + written.indexOf(name[0] as string);
    const end = start + name.join(' ').length;
    if (body.slice(start, end) !== name.join(' ')) continue;
    out.push({
      kind: 'person', start, end, nameStart: start, nameEnd: end, name: name.map((w) => w.replace(/\.$/, '')), role: null,
      text: name.join(' '), gender: null, isPlural: false, isPossessive: false, isNested: false, isObject: false,
    });
  }
  return out;
}

/**
 * The people a transcript's capitalised labels name in full after their post ("SECRETARY OF DEFENSE ASH
 * CARTER:", "SECRETARY OF DEFENSE DR. MARK T. ESPER:"): the label is then the transcript's one full naming of
 * its speaker, and kept whole it would be a post and a name run together ("Secretary Of Defense Ash Carter"),
 * no one to offer as a choice. A label without a post ("ANDREW MARR") or with one name word ("MR. PRICE") adds no one.
 *
 * @example
 * // 'SECRETARY OF DEFENSE ASH CARTER:  Well, thank you.' → one mention, ['Ash', 'Carter']
 */
export function labelPeople(body: string, quotes: QuoteSpan[]): Mention[] {
  const out: Mention[] = [];
  const seen = new Set<string>();
  for (const q of quotes) {
    const label = q.label;
    if (!label || label.isIntro || !/^[^\p{Ll}]+$/u.test(label.text) || seen.has(label.text)) continue;
    seen.add(label.text);
    const words = label.text.split(/\s+/);
    const at = nameStart(words, words.findIndex((w) => !isTitleWord(w) && !isHonorific(w)));
    const name = words.slice(at).map(titleCase);
    if (at < 1 || !isTitleWord(words[0] as string) || name.length < 2 || name.length > 4 || name.some((w) => isTitleWord(w) || isHonorific(w))) continue;
    // "ACTING ADMINISTRATION SLAVITT": a post the title lexicon does not know is no given name.
    if (!isGivenName(name[0] as string)) continue;
    const start = label.start + label.text.lastIndexOf(words[at] as string);
    out.push({
      kind: 'person', start, end: label.end, nameStart: start, nameEnd: label.end, name: name.map((w) => w.replace(/\.$/, '')), role: null,
      text: name.join(' '), gender: null, isPlural: false, isPossessive: false, isNested: false, isObject: false,
    });
  }
  return out;
}

/** Words of a state a post may name after "OF" before the name: "UNITED ARAB EMIRATES". */
const MAX_STATE_WORDS = 3;

/**
 * Where the name begins in a label whose post names a state ("PRESIDENT OF RUSSIA VLADIMIR PUTIN"): past the
 * state's words up to a given name, since the title lexicon holds posts, not states. Else `at` as found.
 */
function nameStart(words: string[], at: number): number {
  if (at < 1 || words[at - 1]?.toUpperCase() !== 'OF') return at;
  for (let i = at; i < Math.min(words.length - 1, at + MAX_STATE_WORDS + 1); i++) {
    if (isGivenName(titleCase(words[i] as string))) return i;
  }
  return at;
}

/** A word of a capitals line with what may close it: "GIBBS," → "GIBBS". */
const CAPITAL_WORD = /[\p{Lu}][\p{Lu}.'’-]*/gu;

/**
 * The people a transcript's title line names in capitals among posts and other people ("PRESS BRIEFING BY
 * WHITE HOUSE PRESS SECRETARY ROBERT GIBBS, … AND …" above "MR. GIBBS: …"): a surname a label gives, right
 * after a given name (and an initial), is that speaker's full name. A title line with no label's surname adds no one.
 */
function namesInCapitalLine(body: string, p: Paragraph, surnames: ReadonlySet<string>): Mention[] {
  const line = body.slice(p.start, p.end);
  if (/\p{Ll}/u.test(line)) return [];
  const words = [...line.matchAll(CAPITAL_WORD)].map((x) => ({ text: x[0], start: p.start + (x.index ?? 0) }));
  const out: Mention[] = [];
  words.forEach((w, i) => {
    if (i === 0 || !surnames.has(w.text.toLowerCase()) || !/^\p{Lu}[\p{Lu}'’-]+$/u.test(w.text)) return;
    const initial = /^\p{Lu}\.$/u.test(words[i - 1]?.text ?? '') ? 1 : 0;
    const given = words[i - 1 - initial];
    if (!given || !isGivenName(titleCase(given.text))) return;
    const parts = words.slice(i - 1 - initial, i + 1);
    // Adjacent words only: "GIBBS" after "ROBERT" with one space, not across a comma or a line.
    if (body.slice(given.start, w.start + w.text.length) !== parts.map((x) => x.text).join(' ')) return;
    const name = parts.map((x) => titleCase(x.text).replace(/\.$/, ''));
    const end = w.start + w.text.length;
    out.push({
      kind: 'person', start: given.start, end, nameStart: given.start, nameEnd: end, name, role: null,
      text: name.join(' '), gender: null, isPlural: false, isPossessive: false, isNested: false, isObject: false,
    });
  });
  return out;
}
