/**
 * A transcript's self-repairs: words a speaker broke off at a dash and said again ("we’re — we are — we had a
 * detailed discussion", "to build — and to build the industries", "based on — on life sacrifice", "the exit from
 * the coal — from coal energy", "our — excuse me — from"). A transcript sets them down faithfully; a teacher
 * handing the words out would not (blind-50 and blind-50b sent back Biden's "[W]e’re — we are — we had …"). A
 * repair that opens the quotation is cut, as a quotation may start at any word; the words end before a later
 * sentence holding one; one left inside the words shown keeps the quotation out (quote-gates.ts), as it cannot be
 * dropped without changing them.
 */
import { splitSentences } from './openers';

/** Where a broken-off try starts, and where the speaker's next try starts. */
interface Repair {
  tryStart: number;
  restart: number;
}

const DASH = /\s+[—–]\s+/gu;
/** Up to three words before a dash, within one clause. */
const TRY_WORDS = /(?:[\p{L}’']+\s+){0,2}[\p{L}’']+$/u;
/** "we’re — we are — we had": a try opening on its subject may restart it with another verb. */
const SUBJECT = /^(?:i|we|you|they|he|she|it)$/;

/** A word as a repeat is recognised: lower case, without its contraction ("we’re" → "we"). */
function base(word: string): string {
  return word.toLowerCase().replace(/['’](?:re|s|ve|ll|m|d)$/u, '');
}

/** The repair a dash ends, if the words after it say the words before it again; null otherwise. */
function repairAt(text: string, dash: RegExpMatchArray): Repair | null {
  const at = dash.index!;
  const after = at + dash[0].length;
  const excuse = /^(?:excuse|pardon)\s+me\s+[—–]\s+/iu.exec(text.slice(after));
  const tail = TRY_WORDS.exec(text.slice(0, at));
  if (!tail) return null;
  if (excuse) return { tryStart: at - tail[0].length, restart: after + excuse[0].length };
  const lead = /^and\s+/i.exec(text.slice(after))?.[0].length ?? 0;
  const next = text.slice(after + lead).split(/\s+/).slice(0, 4).map((w) => w.replace(/[^\p{L}’']+$/u, ''));
  // "the President then — President Zelenskyy": a word said again before a name says which one.
  if (/^\p{Lu}/u.test(next[1] ?? '')) return null;
  const tries = tail[0].split(/\s+/);
  for (let len = 1; len <= tries.length; len++) {
    const said = tries.slice(-len);
    // "you might — they might": a subject changed on the same verb is a try said again too.
    const resubject = len > 1 && SUBJECT.test(base(said[0]!)) && SUBJECT.test(base(next[0] ?? '')) && base(said[1]!) === base(next[1] ?? '');
    if (base(said[0]!) !== base(next[0] ?? '') && !resubject) continue;
    // Not "what they want to do — to reach a deal": the second try repeats the first whole, restarts its
    // subject, or comes back to its last word ("from the coal — from coal").
    const again = resubject || len === 1 || said.every((w, i) => base(w) === base(next[i] ?? '')) || SUBJECT.test(base(said[0]!)) || next.slice(1).some((w) => base(w) === base(said[len - 1]!));
    if (again) return { tryStart: at - said.join(' ').length, restart: after + lead };
  }
  return null;
}

/** Every self-repair in the words, in order. */
function repairsIn(text: string): Repair[] {
  return [...text.matchAll(DASH)].map((d) => repairAt(text, d)).filter((r): r is Repair => r !== null);
}

/**
 * Whether words hold a self-repair anywhere.
 *
 * @example
 * hasSelfRepair('This heritage is based on — on life sacrifice'); // → true
 * hasSelfRepair('Kenya is already at — or past — the halfway mark'); // → false
 */
export function hasSelfRepair(text: string): boolean {
  return repairsIn(text).length > 0;
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
  const opening = /^[\s‘'"“]*(?:(?:and|but|so)\s+)?/iu.exec(text)![0].length;
  const repairs = repairsIn(text);
  if (repairs[0]?.tryStart !== opening) return text;
  let last = repairs[0];
  for (const r of repairs.slice(1)) if (r.tryStart === last.restart) last = r;
  const restart = text.slice(last.restart);
  // "[W]e had …": the capital an editor gives the words a quotation now starts on.
  return opening > 0 ? `${text.slice(0, opening)}${restart}` : `[${restart.charAt(0).toUpperCase()}]${restart.slice(1)}`;
}

/** "commitment and — commitment": a conjunction the speaker left hanging before saying the word again. */
const HANGING_CONJUNCTION = /^(?:and|or|but|uh|um)$/i;
/** Up to three plain words before a dash. */
const STUTTER_TRY = /(?<![\p{L}’'-])((?:[\p{L}’']+\s+){0,2}[\p{L}’']+)\s+[—–]\s+/gu;

/** The span to drop at a stutter (after the copy kept, through the dash and the copy said again), or null. */
function stutterAt(text: string, m: RegExpExecArray): { keep: number; end: number } | null {
  const tries = m[1]!.split(/\s+/);
  const after = m.index + m[0].length;
  for (let len = tries.length; len >= 1; len--) {
    const said = tries.slice(-len);
    const kept = len > 1 && HANGING_CONJUNCTION.test(said[len - 1]!) ? said.slice(0, -1) : said;
    const words = (ws: string[]) => ws.map((w) => w.replace(/[’']/g, "['’]")).join(String.raw`\s+`);
    const again = new RegExp(`^${words(kept)}(?![\\p{L}’'-])`, 'iu').exec(text.slice(after));
    if (!again) continue;
    // Where the kept copy starts, and where it ends in the text as written.
    const start = m.index + new RegExp(`${words(said)}$`, 'iu').exec(m[1]!)!.index;
    const keep = start + new RegExp(`^${words(kept)}`, 'iu').exec(text.slice(start))![0].length;
    return { keep, end: after + again[0].length };
  }
  return null;
}

/**
 * Words with each stutter shown once: a word or a few said, broken off at a dash and said again the same ("And —
 * and it all goes", "a commitment and — commitment to", "we — we will"). A transcript sets the stutter down; the
 * words are the same without it, so a teacher shows them once (blind-54: Biden's "And — and" and "commitment and
 * — commitment"). The first copy keeps its capital. A try said again differently ("we’re — we are") is a repair,
 * left to the functions above.
 *
 * @example
 * withoutStutters('Our businesses are blazing trails. And — and it all goes to my core belief.'); // → 'Our businesses are blazing trails. And it all goes to my core belief.'
 * withoutStutters('That optimism is a commitment and — commitment to innovation.'); // → 'That optimism is a commitment to innovation.'
 * withoutStutters('I could feel the same enthusiasm, the same — the same enthusiasm, the same energy.'); // → 'I could feel the same enthusiasm, the same energy.'
 * withoutStutters('Kenya is already at — or past — the halfway mark.'); // → unchanged
 */
export function withoutStutters(text: string): string {
  if (!/[—–]/.test(text)) return text;
  let out = text;
  for (let cut = nextStutter(out); cut; cut = nextStutter(out)) out = out.slice(0, cut.keep) + out.slice(cut.end);
  // "the same enthusiasm, the same — the same enthusiasm": the stutter gone, the phrase is still said twice in a row.
  return out === text ? text : out.replace(SAID_TWICE, '$1');
}

/** The first stutter in the words, or null. */
function nextStutter(text: string): { keep: number; end: number } | null {
  return [...text.matchAll(STUTTER_TRY)].map((m) => stutterAt(text, m as RegExpExecArray)).find((c) => c !== null) ?? null;
}

/** A phrase of two words or more said again right after a comma. */
const SAID_TWICE = /(?<![\p{L}’'-])((?:[\p{L}’']+\s+){1,3}[\p{L}’']+),\s+\1(?![\p{L}’'-])/gu;

/** Words a quotation ended before a repair keeps at least: "America’s back. It’s interesting" (13) says too little. */
const MIN_KEPT_WORDS = 15;

/**
 * The words up to the sentence that holds a self-repair, when the sentences before it say enough; otherwise
 * the words unchanged (a repair then left in keeps them out).
 *
 * @example
 * beforeSelfRepair('We are concerned by the differences between the two governments. We are – we have friends in both.'); // → 'We are concerned by the differences between the two governments.'
 */
export function beforeSelfRepair(text: string): string {
  const first = repairsIn(text)[0];
  if (!first) return text;
  let end = 0;
  let kept = 0;
  for (const s of splitSentences(text)) {
    const at = text.indexOf(s, end);
    if (at + s.length > first.tryStart) break;
    end = at + s.length;
    kept += s.split(/\s+/).length;
  }
  return kept >= MIN_KEPT_WORDS ? text.slice(0, end) : text;
}

/**
 * A dash after a word no sentence stops on (an article, a preposition, a possessive, a conjunction): "to upend
 * and — on our global climate ambitions", "with the — all the partners". The speaker broke off and went on with
 * other words; "already at — or past — the halfway mark" sets an alternative off and is left alone.
 */
const BROKEN_OFF = /(?<![\p{L}’'-])(?:the|a|an|and|or|but|to|of|for|with|in|on|at|from|by|into|our|their|my|your|its)\s+[—–]\s+(?!(?:or|and)\s+(?:\S+\s+){0,2}[—–]\s)/iu;

/**
 * Whether words hold a try the speaker broke off on an open word: a transcript sets it down, a teacher would not
 * hand it out as what was said (blind-52: Biden's "to upend and — on our global climate ambitions" as a choice).
 *
 * @example
 * hasBrokenOffWord('To unite our efforts to upend and — on our global climate ambitions'); // → true
 * hasBrokenOffWord('Kenya is already at — or past — the halfway mark'); // → false
 */
export function hasBrokenOffWord(text: string): boolean {
  return BROKEN_OFF.test(text);
}
