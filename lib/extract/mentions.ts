import {
  COUNTRIES, CITIES, FEMALE_FIRST_NAMES, HONORIFICS, NATIONALITIES, NON_NAME_WORDS, PRONOUNS, ROLE_HEADS, ROLE_WORDS,
  SPEECH_VERBS,
} from './lexicon';
import type { Paragraph } from './text';

/** A word of the body with its offsets; `possessive` when written "Blinken’s". */
export interface Token {
  start: number;
  end: number;
  word: string;
  lower: string;
  possessive: boolean;
  /** Followed directly by a period ("Mr.", "C."). */
  dotted: boolean;
}

export type MentionKind = 'person' | 'pronoun' | 'role' | 'description';

/** Someone the text refers to: a name, a pronoun, a role noun or an anonymous description. */
export interface Mention {
  kind: MentionKind;
  /** Span of the whole mention, including a title before and an appositive after the name. */
  start: number;
  end: number;
  /** Span of the name itself (persons), else the same as start/end. */
  nameStart: number;
  nameEnd: number;
  /** Name tokens as written (persons): ["Jens", "Stoltenberg"]. */
  name: string[];
  /** Role from a title or appositive, or the role words of a role/description mention. */
  role: string | null;
  text: string;
  gender: 'm' | 'f' | null;
  isPlural: boolean;
  isPossessive: boolean;
  /** Inside another mention (an appositive, a possessive title): never a subject itself. */
  isNested: boolean;
  /** Preceded by a preposition: an object, never the subject of the next verb. */
  isObject: boolean;
}

const PARTICLES = new Set(['le', 'la', 'de', 'da', 'di', 'du', 'van', 'von', 'der', 'den', 'del', 'dos', 'al', 'bin', 'ibn']);
const PREPOSITIONS = new Set([
  'to', 'with', 'by', 'for', 'from', 'about', 'on', 'at', 'in', 'against', 'upon', 'than', 'of', 'like', 'between',
  'among', 'toward', 'towards', 'into', 'over', 'under', 'via', 'told', 'asked', 'urged', 'warned', 'accused', 'met',
]);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our']);
const PLURAL_HEADS = new Set(['officials', 'diplomats', 'aides', 'sources', 'lawmakers', 'analysts', 'officers', 'negotiators', 'spokespeople']);

/**
 * A word is one \p{L}\p{N} code point, then any of \p{L}\p{N}\p{M}'’- (as a /u regex would read it).
 * Character classes per UTF-16 code unit of the BMP, filled on first sight (0 = not yet known):
 * bit 1 = may start a word, bit 2 = may continue one, bit 4 = known.
 * A table instead of running the Unicode regex per word: tokenizing is the hottest loop of extraction.
 */
const WORD_START = 1;
const WORD_PART = 2;
const KNOWN = 4;
const charClass = new Uint8Array(0x10000);
const START_RE = /^[\p{L}\p{N}]$/u;
const PART_RE = /^[\p{L}\p{N}\p{M}'’\-]$/u;

function classify(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return KNOWN | (START_RE.test(ch) ? WORD_START : 0) | (PART_RE.test(ch) ? WORD_PART : 0);
}

/** The class bits of the code point at i of body (surrogate pairs read as one code point, like /u). */
function classAt(body: string, i: number): number {
  const c = body.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < body.length) {
    const d = body.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return classify(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
  }
  let k = charClass[c] as number;
  if (k === 0) {
    k = classify(c);
    charClass[c] = k;
  }
  return k;
}

/** Code units taken by the code point at i (2 for a surrogate pair). */
function widthAt(body: string, i: number): number {
  const c = body.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < body.length) {
    const d = body.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

/** The classes of the ASCII characters, looked up without a call. */
const ASCII_CLASS = Uint8Array.from({ length: 128 }, (_, c) => classify(c));
const APOS = 0x27;
const RSQUO = 0x2019;
const HYPHEN = 0x2d;

/**
 * Splits the body into word tokens, remembering possessives and following periods. A word may run
 * past `to` and is then cut there.
 */
export function tokenize(body: string, from = 0, to = body.length): Token[] {
  const out: Token[] = [];
  const n = body.length;
  let i = from;
  while (i < n) {
    // Skip to the next word start; none before `to` means no more tokens.
    const c = body.charCodeAt(i);
    if (c < 128 ? !((ASCII_CLASS[c] as number) & WORD_START) : !(classAt(body, i) & WORD_START)) {
      i += c < 128 ? 1 : widthAt(body, i);
      continue;
    }
    if (i >= to) break;
    const start = i;
    // Plain lower-case ASCII words (most of them) are their own lower case: no toLowerCase call.
    let plain = c >= 97 && c <= 122;
    i += c < 128 ? 1 : widthAt(body, i);
    while (i < n) {
      const d = body.charCodeAt(i);
      if (d < 128) {
        if (!((ASCII_CLASS[d] as number) & WORD_PART)) break;
        if (d >= 65 && d <= 90) plain = false;
        i++;
      } else {
        if (!(classAt(body, i) & WORD_PART)) break;
        plain = false;
        i += widthAt(body, i);
      }
    }
    const end = Math.min(i, to);
    let word = body.slice(start, end);
    let possessive = false;
    const len = word.length;
    const lastC = word.charCodeAt(len - 1);
    const prevC = word.charCodeAt(len - 2);
    if (lastC === 0x73 /* s */ && (prevC === APOS || prevC === RSQUO) && len > 2) {
      possessive = true;
      word = word.slice(0, -2);
    } else if (lastC === APOS || lastC === RSQUO) {
      word = word.slice(0, -1);
    }
    if (word.charCodeAt(word.length - 1) === HYPHEN) {
      let k = word.length - 1;
      while (k > 0 && word.charCodeAt(k - 1) === HYPHEN) k--;
      word = word.slice(0, k);
    }
    out.push({ start, end, word, lower: plain ? word : word.toLowerCase(), possessive, dotted: body[end] === '.' });
  }
  return out;
}

function isExcluded(lower: string): boolean {
  if (NON_NAME_WORDS.has(lower) || COUNTRIES.has(lower) || CITIES.has(lower) || lower in NATIONALITIES) return true;
  if (lower.includes('-')) return lower.split('-').some((part) => NON_NAME_WORDS.has(part) || part in NATIONALITIES);
  return false;
}

/** A capitalised word that could be part of a name (not "NATO", not "Monday", not "Russia"). */
const nameWordCache = new Map<string, boolean>();
export function isNameWord(t: Token): boolean {
  // Most words start with an ASCII character that is not a capital: never a name, no lookup needed.
  const c0 = t.word.charCodeAt(0);
  if (c0 < 128 && !(c0 >= 65 && c0 <= 90)) return false;
  const cached = nameWordCache.get(t.word);
  if (cached !== undefined) return cached;
  const v = computeNameWord(t);
  if (nameWordCache.size < 100_000) nameWordCache.set(t.word, v);
  return v;
}

function computeNameWord(t: Token): boolean {
  if (!/^\p{Lu}[\p{L}\p{M}'’-]*\p{Ll}[\p{L}\p{M}'’-]*$/u.test(t.word)) return false;
  if (/^\p{Lu}{2,}/u.test(t.word)) return false;
  return !isExcluded(t.lower);
}

function isInitial(t: Token): boolean {
  return /^\p{Lu}$/u.test(t.word) && t.dotted;
}

function isRoleishWord(t: Token): boolean {
  return ROLE_WORDS.has(t.lower) || t.lower in NATIONALITIES || /^\p{Lu}{2,5}$/u.test(t.word) ||
    t.lower.split('-').every((p) => ROLE_WORDS.has(p));
}

/** Finds the runs of capitalised words that name people, with their title and appositive. */
function findPersonMentions(body: string, tokens: Token[]): Mention[] {
  const out: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    if (!isNameWord(t)) {
      i++;
      continue;
    }
    // Grow the run: name words, particles and initials separated by single spaces only.
    let j = i;
    while (j + 1 < tokens.length) {
      const cur = tokens[j] as Token;
      const nx = tokens[j + 1] as Token;
      if (cur.possessive) break;
      const gap = body.slice(cur.end, nx.start);
      if (gap !== ' ' && !(cur.dotted && gap === '. ')) break;
      if (isNameWord(nx) || isInitial(nx)) {
        j++;
        continue;
      }
      const after = tokens[j + 2];
      if (PARTICLES.has(nx.lower) && after && isNameWord(after) && body.slice(nx.end, after.start) === ' ') {
        j += 2;
        continue;
      }
      break;
    }
    // "Le Drian": a capitalised particle opening the run is part of the name.
    const run = tokens.slice(i, j + 1);
    const last = run[run.length - 1] as Token;
    const prev = tokens[i - 1];
    const prevGap = prev ? body.slice(prev.end, t.start) : '';
    // "the Biden administration": a name after an article is a modifier, not a person.
    if (prev && (prev.lower === 'the' || prev.lower === 'a' || prev.lower === 'an') && /^\s$/.test(prevGap) && run.length === 1) {
      i = j + 1;
      continue;
    }
    let start = t.start;
    let gender: 'm' | 'f' | null = null;
    let k = i - 1;
    const hon = prev ? HONORIFICS[prev.lower] : undefined;
    const hasHonorific = prev !== undefined && hon !== undefined && /^\.?\s$/.test(prevGap);
    if (hasHonorific && prev) {
      gender = hon ?? null;
      start = prev.start;
      k = i - 2;
    }
    // Title before the name: "NATO Secretary General", "Mr Blinken’s deputy".
    let roleStart = -1;
    let hasHead = false;
    let steps = 0;
    while (k >= 0 && steps < 8) {
      const r = tokens[k] as Token;
      const gapAfter = body.slice(r.end, (tokens[k + 1] as Token).start);
      if (!/^\s+$/.test(gapAfter) && !(r.dotted && /^\.\s+$/.test(gapAfter))) break;
      if (r.possessive && isNameWord(r) && roleStart >= 0) {
        roleStart = r.start;
        let q = k - 1;
        while (q >= 0 && isNameWord(tokens[q] as Token)) q--;
        const h = tokens[q];
        if (h && HONORIFICS[h.lower] !== undefined) roleStart = h.start;
        else if (q + 1 < k) roleStart = (tokens[q + 1] as Token).start;
        break;
      }
      if (!isRoleishWord(r) && !(PARTICLES.has(r.lower) && false)) break;
      if (ROLE_HEADS.has(r.lower) || r.lower.split('-').some((p) => ROLE_HEADS.has(p))) hasHead = true;
      roleStart = r.start;
      k--;
      steps++;
    }
    let role: string | null = null;
    if (roleStart >= 0 && hasHead) {
      let text = body.slice(roleStart, start).trim();
      text = text.replace(/^(?:(?:the|to|of|his|her|their|its|and)\s+)+/i, '').replace(/\s+(?:the|of|to|and)$/i, '');
      if (text && [...text.toLowerCase().split(/[\s-]+/)].some((w) => ROLE_HEADS.has(w))) {
        role = text;
        start = body.indexOf(text, roleStart);
      }
    }
    let end = last.end;
    // Appositive role after the name: "Dmitry Kozak, the Kremlin deputy chief of staff, said".
    if (!last.possessive) {
      const ap = /^,\s+((?:the|a|an|his|her)\s+)?([^,.;:“”"]{2,120}?)(?=,|\.|;|$)/.exec(body.slice(last.end, last.end + 160));
      if (ap) {
        const phrase = (ap[1] ?? '') + (ap[2] ?? '');
        const words = phrase.toLowerCase().split(/[\s’']+/);
        const headAt = words.findIndex((w) => ROLE_HEADS.has(w) || w.split('-').some((p) => ROLE_HEADS.has(p)));
        const hasVerb = words.some((w) => SPEECH_VERBS.has(w));
        if (headAt >= 0 && headAt < 6 && !hasVerb && words.length <= 16) {
          const cut = phrase.split(/\s+(?:who|which|that|and the|and a)\s+/)[0] ?? phrase;
          if (!role) role = cut.trim();
          end = last.end + ap[0].length;
        }
      }
      // Appositive role before the name: "the head of US diplomacy, Tony Blinken".
      if (!role && prevGap === ', ' && prev) {
        let q = i - 1;
        let head = false;
        let first = -1;
        let n = 0;
        while (q >= 0 && n < 8) {
          const r = tokens[q] as Token;
          if (!(isRoleishWord(r) || ROLE_HEADS.has(r.lower))) break;
          if (ROLE_HEADS.has(r.lower)) head = true;
          first = q;
          q--;
          n++;
          if (DETERMINERS.has(r.lower)) break;
        }
        const firstTok = tokens[first];
        if (head && firstTok && DETERMINERS.has(firstTok.lower)) {
          role = body.slice(firstTok.start, prev.end).replace(/^(?:the|his|her|its|their)\s+/i, '');
          start = firstTok.start;
        }
      }
    }
    const name = run.map((r) => r.word);
    if (!gender && name.length >= 2 && FEMALE_FIRST_NAMES.has((name[0] as string).toLowerCase())) gender = 'f';
    const before = tokens[(hasHonorific ? i - 2 : i - 1)];
    out.push({
      kind: 'person',
      start,
      end,
      nameStart: t.start,
      nameEnd: last.end,
      name,
      role,
      text: body.slice(t.start, last.end).replace(/['’]s$/, ''),
      gender,
      isPlural: false,
      isPossessive: last.possessive,
      isNested: false,
      isObject: before !== undefined && role === null && PREPOSITIONS.has(before.lower) && before.end <= start,
    });
    // A possessive name followed by a role with no name after it is an anonymous description:
    // "Emmanuel Macron’s chief of staff".
    if (last.possessive) {
      const rest = /^((?:[a-z-]+\s+){0,3}?(?:chief of staff|[a-z-]+))\b/.exec(body.slice(last.end + 1, last.end + 60));
      const words = rest?.[1]?.split(/\s+/) ?? [];
      const headWord = words[words.length - 1] ?? '';
      const nextTok = tokens[j + 1 + (rest?.[1]?.split(/\s+/).length ?? 0)];
      const followedByName = nextTok !== undefined && isNameWord(nextTok) &&
        body.slice(last.end + 1 + (rest?.[1]?.length ?? 0), nextTok.start) === ' ';
      if (rest?.[1] && (ROLE_HEADS.has(headWord) || rest[1].endsWith('chief of staff')) && !followedByName) {
        const dEnd = last.end + 1 + rest[1].length;
        out.push({
          kind: 'description', start, end: dEnd, nameStart: start, nameEnd: dEnd, name: [], role: rest[1],
          text: body.slice(start, dEnd), gender: null, isPlural: PLURAL_HEADS.has(headWord), isPossessive: false,
          isNested: false, isObject: false,
        });
      }
    }
    i = j + 1;
  }
  return out;
}

const ROLE_HEAD_RE =
  /\b(secretary of state|secretary[- ]general|chief of staff|foreign minister|prime minister|vice[- ]president|president|minister|spokesman|spokeswoman|spokesperson|ambassador|chancellor|official|diplomat|leader|envoy|adviser|advisor|aide|source|negotiator|officials|diplomats|sources|aides|lawmakers|analysts|negotiators)\b/gi;
const PLURAL_LEAD = /^(?:[A-Z][a-z]+|senior|top|other|some|several|many|western|two|three)$/;
const MODIFIER_RE = /^(?:senior|top|former|administration|government|military|western|other|some|several|many|two|three|state|department|foreign|defence|defense|chief|deputy|russian|ukrainian|american|kremlin|white|house)$/i;

/**
 * Role nouns and anonymous sources: "the minister" (to resolve), "an administration official",
 * "Western officials" (kept as written). Found from the head noun backwards, which keeps the scan linear.
 */
function findRoleMentions(body: string, from: number, to: number): Mention[] {
  const out: Mention[] = [];
  ROLE_HEAD_RE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = ROLE_HEAD_RE.exec(body))) {
    const end = m.index + m[0].length;
    if (end > to) break;
    const head = m[0].toLowerCase();
    const isPlural = PLURAL_HEADS.has(head);
    const words = body.slice(Math.max(from, m.index - 60), m.index).split(/\s+/).filter(Boolean);
    if (/\S$/.test(body.slice(Math.max(from, m.index - 1), m.index))) continue;
    // Walk back over modifiers to a determiner ("the", "an") or, for plurals, to a leading adjective.
    let k = words.length - 1;
    let det: string | null = null;
    const mods: string[] = [];
    while (k >= 0 && mods.length <= 4) {
      const w = (words[k] as string).replace(/[,;:.]$/, '');
      if (w !== words[k]) break;
      if (/^(?:the|an?)$/i.test(w)) {
        det = w.toLowerCase();
        break;
      }
      if (!(ROLE_WORDS.has(w.toLowerCase()) || w.toLowerCase() in NATIONALITIES || /^[A-Z]/.test(w) || MODIFIER_RE.test(w))) break;
      mods.unshift(w);
      k--;
    }
    if (!det && !(isPlural && mods.length > 0 && PLURAL_LEAD.test(mods[0] as string))) continue;
    const phrase = [...(det ? [words[k] as string] : []), ...mods, m[0]].join(' ');
    const start = end - phrase.length;
    if (body.slice(start, end) !== phrase) continue;
    const isDefinite = det === 'the';
    out.push({
      kind: isDefinite && !isPlural ? 'role' : 'description',
      start,
      end,
      nameStart: start,
      nameEnd: end,
      name: [],
      role: isPlural ? phrase : `${mods.length ? `${mods.join(' ')} ` : ''}${head}`,
      text: phrase,
      gender: null,
      isPlural,
      isPossessive: false,
      isNested: false,
      isObject: false,
    });
  }
  return out;
}

function findPronouns(tokens: Token[]): Mention[] {
  const out: Mention[] = [];
  for (const t of tokens) {
    if (t.lower !== 'he' && t.lower !== 'she') continue;
    out.push({
      kind: 'pronoun', start: t.start, end: t.end, nameStart: t.start, nameEnd: t.end, name: [], role: null,
      text: t.word, gender: PRONOUNS[t.lower] ?? null, isPlural: false, isPossessive: false, isNested: false, isObject: false,
    });
  }
  return out;
}

/**
 * Every person, pronoun, role noun and anonymous description in the non-junk paragraphs, sorted
 * by position, with mentions inside another mention's span marked nested.
 *
 * @example
 * findMentions('NATO chief Jens Stoltenberg said.', [{ start: 0, end: 33, index: 0, isJunk: false }])[0]?.name
 * // ['Jens', 'Stoltenberg']
 */
export function findMentions(body: string, paragraphs: Paragraph[], sink?: Token[]): Mention[] {
  const all: Mention[] = [];
  for (const p of paragraphs) {
    if (p.isJunk) continue;
    const tokens = tokenize(body, p.start, p.end);
    if (sink) for (const t of tokens) sink.push(t);
    all.push(...findPersonMentions(body, tokens), ...findPronouns(tokens));
    for (const r of findRoleMentions(body, p.start, p.end)) {
      // A role that titles a named person is part of that person's mention.
      if (all.some((x) => x.kind === 'person' && x.start <= r.start && r.end <= x.end)) continue;
      if (all.some((x) => x.kind === 'description' && x.start < r.end && r.start < x.end)) continue;
      all.push(r);
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  for (let i = 0; i < all.length; i++) {
    const a = all[i] as Mention;
    for (let j = i - 1; j >= 0 && j >= i - 6; j--) {
      const b = all[j] as Mention;
      if (b.start <= a.start && a.end <= b.end && b !== a && !(b.start === a.start && b.end === a.end && b.kind === a.kind)) {
        a.isNested = true;
        break;
      }
    }
  }
  return all;
}

/** The tokens inside [a, b) of a sorted token list, by binary search. */
export function tokensIn(tokens: Token[], a: number, b: number): Token[] {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).start < a) lo = mid + 1;
    else hi = mid;
  }
  const out: Token[] = [];
  for (let i = lo; i < tokens.length && (tokens[i] as Token).start < b; i++) out.push(tokens[i] as Token);
  return out;
}
