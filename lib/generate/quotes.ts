/** Who said it? (a quotation → four people) and What did X say? (a person → four quotations). */
import type { Person, Quote } from '@/lib/extract/types';
import type { Question } from './types';
import type { GenerateContext } from './context';
import { finishQuestion } from './build';
import { createRng } from './hash';
import { containsWords, normalise, truncateWords, unionSpan, wordCount } from './text';

/** Words in a displayed quotation choice; long quotations are cut so options stay comparable. */
const QUOTE_CHOICE_WORDS = 28;

/**
 * Keys under which "the same words" are recognised across articles: whole text and its opening.
 *
 * @example
 * quoteKeys('There is no change'); // → ['there is no change']
 */
export function quoteKeys(text: string): string[] {
  const n = normalise(text);
  const opening = n.split(' ').slice(0, 8).join(' ');
  return opening === n ? [n] : [n, opening];
}

/**
 * The cited span of a quote: its sentence, stretched to cover quoted words running past it.
 *
 * @example
 * quoteSpan(quote); // → { start: 812, end: 990 }
 */
export function quoteSpan(q: Quote) {
  return unionSpan(q.sentence, { start: q.start, end: q.end });
}

/**
 * A quote is asked about only when its speaker is a known person and the fact is trusted.
 *
 * @example
 * isAskableQuote(ctx, anonymousQuote); // → false
 */
export function isAskableQuote(ctx: GenerateContext, q: Quote): boolean {
  if (q.isFragment || !q.speakerId || !ctx.people.byId.has(q.speakerId)) return false;
  if (q.method === 'anonymous' || q.method === 'none') return false;
  if (wordCount(q.text) < 4 || !ctx.isTrusted(q)) return false;
  // A garbled copy swaps speakers: its attribution counts only when another report agrees.
  return !ctx.isDerivative(q.articleId) || ctx.siblings(q).some((s) => s.kind === 'quote' && !ctx.isDerivative(s.articleId) && s.speakerId === q.speakerId);
}

/**
 * Quoted words as shown in a question: trimmed, without a trailing comma or full stop from the source.
 *
 * @example
 * displayQuote('It lays out a way forward.', 28); // → 'It lays out a way forward'
 */
export function displayQuote(text: string, maxWords: number): string {
  return truncateWords(text.trim().replace(/[\s,.;:[(–—-]+$/, ''), maxWords);
}

interface QuoteIndex {
  /** Every person any report credits with words under this key (contested reports included). */
  speakersByKey: Map<string, Set<string>>;
  askableBySpeaker: Map<string, Quote[]>;
  /** People who make plausible speaker distractors: quoted people first, then people with a role. */
  pool: Person[];
  creditorsOf: Map<string, Set<string>>;
}

const indexCache = new WeakMap<GenerateContext, QuoteIndex>();

function quoteIndex(ctx: GenerateContext): QuoteIndex {
  const cached = indexCache.get(ctx);
  if (cached) return cached;
  const speakersByKey = new Map<string, Set<string>>();
  const askableBySpeaker = new Map<string, Quote[]>();
  for (const q of ctx.quotes) {
    const who = q.speakerId ?? (q.speaker ? ctx.people.resolve(q.speaker) : null);
    if (who) {
      for (const k of quoteKeys(q.text)) speakersByKey.set(k, (speakersByKey.get(k) ?? new Set()).add(who));
    }
    if (isAskableQuote(ctx, q) && q.speakerId) {
      // One entry per distinct wording: copies of a story must not multiply the distractor search.
      const list = askableBySpeaker.get(q.speakerId) ?? [];
      const key = normalise(q.text);
      if (!list.some((o) => normalise(o.text) === key)) list.push(q);
      askableBySpeaker.set(q.speakerId, list);
    }
  }
  const quoted = new Set(askableBySpeaker.keys());
  const reliable = [...ctx.articles.values()].filter((a) => !ctx.isDerivative(a.id));
  // A name only a garbled copy uses ("Belinsky") is not a real official: never offer it.
  const attested = (p: Person) => reliable.some((a) => ctx.people.spellings(p.id).some((form) => containsWords(a.body, form)));
  const pool = [...ctx.people.byId.values()]
    .filter((p) => (quoted.has(p.id) || p.role) && attested(p))
    .sort((a, b) => Number(quoted.has(b.id)) - Number(quoted.has(a.id)) || (a.id < b.id ? -1 : 1));
  // Everyone any report credits with each candidate's words, computed once per distinct quotation.
  const creditorsOf = new Map<string, Set<string>>();
  for (const list of askableBySpeaker.values()) {
    for (const o of list) creditorsOf.set(o.id, new Set(quoteKeys(o.text).flatMap((k) => [...(speakersByKey.get(k) ?? [])])));
  }
  const index = { speakersByKey, askableBySpeaker, pool, creditorsOf };
  indexCache.set(ctx, index);
  return index;
}

/** Everyone who, by any report, said these words (the answer under another name included). */
const creditedCache = new WeakMap<GenerateContext, Map<string, Set<string>>>();
function creditedSpeakers(ctx: GenerateContext, q: Quote): Set<string> {
  let perCtx = creditedCache.get(ctx);
  if (!perCtx) creditedCache.set(ctx, (perCtx = new Map()));
  let hit = perCtx.get(q.id);
  if (!hit) perCtx.set(q.id, (hit = creditedUncached(ctx, q)));
  return new Set(hit);
}

function creditedUncached(ctx: GenerateContext, q: Quote): Set<string> {
  const { speakersByKey } = quoteIndex(ctx);
  const out = new Set<string>();
  if (q.speakerId) out.add(q.speakerId);
  for (const k of quoteKeys(q.text)) for (const id of speakersByKey.get(k) ?? []) out.add(id);
  for (const s of ctx.reportsOf(q)) {
    if (s.kind === 'quote' && s.speakerId) out.add(s.speakerId);
  }
  for (const c of ctx.conflictsOf(q)) {
    for (const claim of c.claims) {
      const id = ctx.people.resolve(claim.says);
      if (id) out.add(id);
    }
  }
  return out;
}

const roleWordCache = new WeakMap<Person, Set<string>>();
function roleWords(p: Person): Set<string> {
  let words = roleWordCache.get(p);
  if (!words) roleWordCache.set(p, (words = new Set(normalise(p.role ?? '').split(' ').filter((w) => w.length > 3))));
  return words;
}

/** How plausible `candidate` is as a stand-in for `answer`: same side, similar office. */
function plausibility(answer: Person, candidate: Person): number {
  let score = 0;
  if (answer.affiliation && candidate.affiliation === answer.affiliation) score += 2;
  const a = roleWords(answer);
  if ([...roleWords(candidate)].some((w) => a.has(w))) score += 1;
  return score;
}

/**
 * Picks up to `count` people for distractors: never anyone excluded or the same as a pick under
 * another name; most plausible first, ties broken by a seeded draw.
 *
 * @example
 * pickPeople(ctx, blinken, new Set(['antony-blinken']), 3, 'seed'); // e.g. [Ned Price, Jens Stoltenberg, Wendy Sherman]
 */
export function pickPeople(
  ctx: GenerateContext,
  answer: Person,
  excluded: Set<string>,
  count: number,
  seed: string,
): Person[] {
  const rng = createRng(seed);
  const excludedNames = [...excluded].map((id) => ctx.people.byId.get(id)?.name).filter((n): n is string => !!n);
  const ranked = quoteIndex(ctx)
    .pool.filter((p) => !excluded.has(p.id) && p.id !== answer.id)
    .map((p) => ({ p, score: plausibility(answer, p) + rng() }))
    .sort((a, b) => b.score - a.score);
  const picked: Person[] = [];
  for (const { p } of ranked) {
    if (picked.length >= count) break;
    const clash = [answer.name, ...excludedNames, ...picked.map((x) => x.name)].some((n) => ctx.people.samePerson(n, p.name));
    if (!clash) picked.push(p);
  }
  return picked;
}

/** The cited text around a quotation: who else it names decides which distractors stay defensible. */
function citedText(ctx: GenerateContext, q: Quote): string {
  const span = quoteSpan(q);
  return ctx.articles.get(q.articleId)?.body.slice(span.start, span.end) ?? q.text;
}

function whoSaid(ctx: GenerateContext, q: Quote): Question | null {
  const person = q.speakerId ? ctx.people.byId.get(q.speakerId) : undefined;
  if (!person) return null;
  // A quotation that names its speaker gives the answer away.
  if (ctx.people.isMentionedIn(person.id, q.text)) return null;
  const excluded = creditedSpeakers(ctx, q);
  // Anyone the sentence names is out: "Price said Blinken warned of 'risks'" makes Blinken a defensible answer too.
  const cited = citedText(ctx, q);
  for (const p of ctx.people.byId.values()) if (ctx.people.isMentionedIn(p.id, cited)) excluded.add(p.id);
  const picks = pickPeople(ctx, person, excluded, 3, `${ctx.seed}|who|${q.id}`);
  if (picks.length < 3) return null;
  return finishQuestion(ctx, {
    kind: 'who-said',
    prompt: `Who said: “${displayQuote(q.text, 60)}”?`,
    answer: person.name,
    distractors: picks.map((p) => p.name),
    choiceType: 'person',
    sources: [{ article: q.articleId, ...quoteSpan(q) }],
    lead: `${person.name}${person.role ? ` (${person.role})` : ''} said it.`,
    factIds: [q.id],
    factContent: `${q.articleId}|${normalise(q.text)}`,
    base: 0.3,
    similarity: picks.filter((p) => plausibility(person, p) >= 2).length / 3,
    recurrence: q.supportedBy.length,
    personIds: [person.id],
    places: [],
  });
}

function whatSaid(ctx: GenerateContext, q: Quote): Question | null {
  const person = q.speakerId ? ctx.people.byId.get(q.speakerId) : undefined;
  if (!person) return null;
  const { askableBySpeaker, creditorsOf } = quoteIndex(ctx);
  const credited = creditedSpeakers(ctx, q);
  const isAsked = (id: string) => credited.has(id) || ctx.people.samePerson(ctx.people.byId.get(id)?.name ?? id, person.name);
  const answerText = displayQuote(q.text, QUOTE_CHOICE_WORDS);
  const used = new Set([normalise(answerText)]);
  const candidates = pickPeople(ctx, person, credited, 12, `${ctx.seed}|what|${q.id}`);
  const distractors: string[] = [];
  for (const other of candidates) {
    if (distractors.length >= 3) break;
    const theirs = (askableBySpeaker.get(other.id) ?? [])
      // Only words nobody credits to the asked person, and that do not name them.
      .filter((o) => ![...(creditorsOf.get(o.id) ?? [])].some(isAsked))
      .filter((o) => !ctx.people.isMentionedIn(person.id, citedText(ctx, o)))
      .sort((a, b) => Math.abs(a.text.length - q.text.length) - Math.abs(b.text.length - q.text.length) || (a.id < b.id ? -1 : 1));
    for (const o of theirs) {
      const shown = displayQuote(o.text, QUOTE_CHOICE_WORDS);
      if (used.has(normalise(shown))) continue;
      used.add(normalise(shown));
      distractors.push(shown);
      break;
    }
  }
  if (distractors.length < 3) return null;
  return finishQuestion(ctx, {
    kind: 'what-said',
    prompt: `Which of these did ${person.name}${person.role ? ` (${person.role})` : ''} say?`,
    answer: answerText,
    distractors,
    choiceType: 'quote',
    sources: [{ article: q.articleId, ...quoteSpan(q) }],
    lead: `${person.name} said: “${q.text}”.`,
    factIds: [q.id],
    factContent: `${q.articleId}|${normalise(q.text)}|${person.id}`,
    base: 0.35,
    similarity: 0.3,
    recurrence: q.supportedBy.length,
    personIds: [person.id],
    places: [],
  });
}

/**
 * Who-said and what-said questions for every askable quotation.
 *
 * @example
 * quoteQuestions(ctx).filter((q) => q.kind === 'who-said');
 */
export function quoteQuestions(ctx: GenerateContext): Question[] {
  const out: Question[] = [];
  for (const q of ctx.quotes) {
    if (!isAskableQuote(ctx, q)) continue;
    const who = whoSaid(ctx, q);
    if (who) out.push(who);
    const what = whatSaid(ctx, q);
    if (what) out.push(what);
  }
  return out;
}
