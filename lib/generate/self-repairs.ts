/**
 * A transcript's self-repairs: words a speaker broke off at a dash and said again ("we’re — we are — we had a
 * detailed discussion", "to build — and to build the industries", "based on — on life sacrifice", "our — excuse
 * me — from"). A transcript sets them down faithfully; a teacher handing the words out would not (blind-50 and
 * blind-50b sent back Biden's "[W]e’re — we are — we had …"). A repair that opens the quotation is cut, as a
 * quotation may start at any word; one inside it cannot be left out without changing what is shown, so the
 * quotation is not asked (quote-gates.ts).
 */

/** One broken-off try: a word (with its contraction) and up to two more, then a dash. */
const TRY = String.raw`(?<!\p{L})(\p{L}+)(?:['’]\p{L}+)?(?:\s+[\p{L}’']+){0,2}\s+[—–]\s+`;

/**
 * A try said again, after "and" or not ("to build — and to build"), or "excuse me" between two tries. Not a word
 * said again before a name: "the President then — President Zelenskyy —" says which one.
 */
const REPAIR = new RegExp(String.raw`${TRY}(?:and\s+)?\1(?!\p{L})|[—–]\s+(?:excuse|pardon)\s+me\s+[—–]`, 'giu');

/** Tries at the quotation's start, each said again by the next ("we’re — we are — we had"), after an "And" or not. */
const OPENING_REPAIR = new RegExp(String.raw`^([\s‘'"“]*(?:(?:and|but|so)\s+)?)((?:${TRY.replace('(\\p{L}+)', '(?:\\p{L}+)')}){1,3})(?=\p{L})`, 'iu');

/**
 * Whether words hold a self-repair anywhere.
 *
 * @example
 * hasSelfRepair('This heritage is based on — on life sacrifice'); // → true
 * hasSelfRepair('Kenya is already at — or past — the halfway mark'); // → false
 */
export function hasSelfRepair(text: string): boolean {
  // Case-sensitive apart from the repeat itself ("We’re — we are"): a capital after it starts a name.
  return [...text.matchAll(REPAIR)].some((m) => !/^\s+\p{Lu}/u.test(text.slice(m.index + m[0].length)));
}

/**
 * The words from where the speaker's last try at the opening starts, when the tries before it were broken off
 * and said again; otherwise the words unchanged.
 *
 * @example
 * withoutOpeningRepair('And we’re — we are — we had a detailed discussion of trade.'); // → 'And we had a detailed discussion of trade.'
 * withoutOpeningRepair('We’re — we are — we had a talk.'); // → '[W]e had a talk.'
 * withoutOpeningRepair('We met — all of us — in Paris.'); // → unchanged
 */
export function withoutOpeningRepair(text: string): string {
  const m = OPENING_REPAIR.exec(text);
  if (!m) return text;
  const rest = text.slice(m[0].length);
  // Only a try said again is a repair: "We met — all of us — in Paris" sets words off, it breaks nothing.
  if (!hasSelfRepair(`${m[2]}${rest}`)) return text;
  const first = m[2]!.trim().split(/\s+/)[0]!.replace(/['’]\p{L}+$/u, '').toLowerCase();
  if (rest.replace(/^and\s+/i, '').split(/\s+/)[0]!.toLowerCase() !== first) return text;
  const restart = rest.replace(/^and\s+/i, '');
  // "[W]e had …": the capital an editor gives the words a quotation now starts on.
  return m[1] ? `${m[1]}${restart}` : `[${restart.charAt(0).toUpperCase()}]${restart.slice(1)}`;
}
