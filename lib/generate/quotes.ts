/** Who said it? (a quotation → four people) and What did X say? (a person → four quotations). */
import type { Person, Quote, Span } from '@/lib/extract/types';
import type { Question, QuestionSource } from './types';
import type { GenerateContext } from './context';
import { finishQuestion } from './build';
import { jobTitle, restoreApostrophes } from './clean';
import { sentencesOf, speakerEvidence } from './evidence';
import { colonIntro } from './colon-intro';
import { isListedHeadline } from './listed-headline';
import { isMostlyRoomTalk } from './room-talk';
import { opensByAddressing } from './addressed';
import { isCartoonScript } from './cartoon';
import { isWholeQuotation } from './fragments';
import { dropped } from './trace';
import { hasCleanerCopy } from './cleanest-copy';
import { titleForReport } from './time-bound-title';
import { isCeremony, isMostlyCourtesy, isProcedure, withoutGreeting } from './openers';
import { isSmallTalk } from './small-talk';
import { glossPronouns } from './glosses';
import { createRng } from './hash';
import { framedLabel } from './frames';
import { inSlippedParagraph, isMachineTranslated } from './body-lines';
import { displayName, isPersonLike } from './people';
import { actorsOf, namedIn, speakersOf, storyPeopleOf } from './story';
import { whoSaidOptions } from './who-said-options';

export { isThankedSide } from './named-nation';
import { containsWords, escapeRegExp, normalise } from './text';
import { isMisspeltTwin, isPassingMention, namesOwnOtherSide, sameCamp } from './sides';
import { memoByObject, memoByObjectAndKey } from './memo';
import { everyMentionReads, isHonorificTwin, readAsThing } from './thing-names';
import { titledName } from './titled-names';
import { MILITARY_RANK_LEXICON } from '@/lib/extract/lexicons/titles';
import { readsAsNoPerson } from './person-words';
import { FIRST_OR_SECOND_PERSON } from './spoken-of';
import { displayQuote, fullQuoteSpan, fullQuoteText, isContinuation, namesAllIn, namesNothing, quoteChoice, quoteKeys, withoutLeadingConjunction, withStandingOpening } from './quote-text';

/** Words in a displayed quotation choice; long quotations are cut so options stay comparable. */
const QUOTE_CHOICE_WORDS = 40;
/** Wrong choices a quotation question needs: two from the story make three honest options. */
export const MIN_DISTRACTORS = 2;
/** Words of a quotation a who-said question shows. */
const QUESTION_QUOTE_WORDS = 60;

/**
 * A quote is asked about only when its speaker is a known person and the fact is trusted.
 *
 * @example
 * isAskableQuote(ctx, anonymousQuote); // → false
 */
export const isAskableQuote = memoByObjectAndKey(isAskableUncached, (q: Quote) => q.id);

function isAskableUncached(ctx: GenerateContext, q: Quote): boolean {
  const speaker = q.speakerId ? ctx.people.byId.get(q.speakerId) : undefined;
  // "Climate Action" said it: an organisation the extractor took for a person is no speaker to ask about.
  if (q.isFragment) return dropped(ctx, q.id, 'quote:fragment', false);
  if (!speaker) return dropped(ctx, q.id, 'quote:no-speaker', false);
  // "PRESIDENT YUDHOYONO:" heads a transcript's turns: a surname the report gives with its title names the speaker.
  if (!isPersonLike(speaker) && !titledName(ctx, speaker)) return dropped(ctx, q.id, 'quote:speaker-not-a-person', false);
  // The second half of a split quotation is asked together with its first half, never alone.
  if (isContinuation(q)) return dropped(ctx, q.id, 'quote:continuation', false);
  // "“following a series of telephone discussions between …,” Putin called for …": words the reporter's own
  // sentence carries, not a quotation that stands alone.
  if (/^[\s‘'"“]*(?:\p{Ll}+ing|after|before|in|on|for|with|by|to|of|from|at|as|over|under|about|against|amid|during)\b/u.test(q.text)) return dropped(ctx, q.id, 'quote:reporter-words', false);
  if (q.method === 'anonymous' || q.method === 'none') return dropped(ctx, q.id, 'quote:anonymous', false);
  if (isPressSpeaker(ctx, q, speaker)) return dropped(ctx, q.id, 'quote:press-speaker', false);
  // "double that number", "if we approach this…", "not simple": words that need the reporter's sentence around them.
  const body = ctx.articles.get(q.articleId)?.body ?? '';
  if (!isWholeQuotation(q, body, shownText(ctx, q))) return dropped(ctx, q.id, 'quote:not-whole', false);
  if (isListedHeadline(body, q)) return dropped(ctx, q.id, 'quote:listed-headline', false);
  if (isCartoonScript(body, q.sentence)) return dropped(ctx, q.id, 'quote:cartoon', false);
  if (isProcedure(q.text)) return dropped(ctx, q.id, 'quote:briefing-procedure', false);
  if (isCeremony(shownText(ctx, q))) return dropped(ctx, q.id, 'quote:ceremony', false);
  // What a question shows of a long turn is its opening: thanks for the welcome there say nothing of the speaker.
  if (isMostlyCourtesy(displayQuote(shownText(ctx, q), QUESTION_QUOTE_WORDS))) return dropped(ctx, q.id, 'quote:courtesy', false);
  // "Our talks took place in the spirit of trust": either side of the table could have said it.
  if (isSmallTalk(displayQuote(shownText(ctx, q), QUESTION_QUOTE_WORDS))) return dropped(ctx, q.id, 'quote:small-talk', false);
  // "We have time for opening statements and then questions": the chair's business, not the speaker's view.
  if (isMostlyRoomTalk(displayQuote(shownText(ctx, q), QUESTION_QUOTE_WORDS))) return dropped(ctx, q.id, 'quote:room-talk', false);
  if (!ctx.isTrusted(q)) return dropped(ctx, q.id, 'quote:untrusted', false);
  if (answersAQuestion(body, q.sentence) || opensByAddressing(q.text)) return dropped(ctx, q.id, 'quote:answers-a-question', false);
  // "… for political change and I think for economic cha": words the page cut off at a line's end.
  if (!/[.!?…"”’)\]]\s*$/.test(q.text.trim()) && /^[ \t]*(?:\n|$)/.test(body.slice(q.end, q.end + 4))) return dropped(ctx, q.id, 'quote:cut-at-line-end', false);
  // "“…,” he said. he declares.": a paragraph a translation garbled; its quotations are the translator's words.
  const article = ctx.articles.get(q.articleId);
  if (article && inSlippedParagraph(article, q.sentence)) return dropped(ctx, q.id, 'quote:slipped-paragraph', false);
  // A report a machine translated throughout: every quotation in it is the translator's rendering.
  if (article && isMachineTranslated(article)) return dropped(ctx, q.id, 'quote:machine-translated', false);
  // A garbled copy rewords and swaps speakers: what it shares with a reliable report is asked from that report.
  if (ctx.isDerivative(q.articleId)) return dropped(ctx, q.id, 'quote:derivative', false);
  // Nothing names the speaker near the quotation: a teacher could not check who said it.
  return quoteSources(ctx, q) !== null || dropped(ctx, q.id, 'quote:speaker-not-named-nearby', false);
}

/** "reporter", "correspondent": the press at the scene, whose name a student has no reason to know. */
const PRESS_NOUN = /\b(?:reporter|correspondent|journalist|stringer)\s+$/i;

/**
 * Whether the report introduces the speaker as one of the press ("said reporter Franck Berruyer"): a wire
 * reporter's line on what is not yet confirmed teaches nothing about the events (blind-39).
 *
 * @example
 * isPressSpeaker(ctx, berruyerQuote, berruyer); // → true for '“… Colonel Bacar,” said reporter Franck Berruyer.'
 */
function isPressSpeaker(ctx: GenerateContext, q: Quote, speaker: Person): boolean {
  const sentence = ctx.articles.get(q.articleId)?.body.slice(q.sentence.start, q.sentence.end) ?? '';
  const name = displayName(speaker);
  for (let at = sentence.indexOf(name); at >= 0; at = sentence.indexOf(name, at + 1)) {
    if (PRESS_NOUN.test(sentence.slice(Math.max(0, at - 20), at))) return true;
  }
  return false;
}

/**
 * Whether quoted words reply to a reporter's question ("Asked whether talks would bring a breakthrough, the
 * minister replied: “Breaks, definitely.”"): without the question they mean nothing, so they are not asked.
 *
 * @example
 * answersAQuestion('Reporters asked her if a deal was near. She replied: “Not this week.”', { start: 40, end: 68 }); // → true
 */
export function answersAQuestion(body: string, sentence: { start: number; end: number }): boolean {
  const own = body.slice(sentence.start, sentence.end);
  if (/\b(?:replied|answered|responded|retorted)\b/i.test(own) || /^\s*(?:Asked|When asked)\b/.test(own)) return true;
  // The sentence before: "U.S. reporters asked Lavrov if there would be …".
  const before = body.slice(Math.max(0, sentence.start - 300), sentence.start);
  const previous = before.split(/(?<=[.!?]["”]?)\s+/).filter((x) => x.trim()).pop() ?? '';
  return /\basked\b[^.]*\b(?:if|whether|what|how|why|when|about)\b/i.test(previous);
}

/**
 * What a question about a quotation cites: the quotation's sentence(s), then, when they do not name
 * the speaker ("he said"), the sentence that does, and the line ending in a colon that opened the quoted
 * paragraphs when there is one. Null when no sentence names the speaker.
 *
 * @example
 * quoteSources(ctx, trussContinued); // → [{ article, start: 4468, end: 4737 }, { article, start: 4083, end: 4311 }]
 */
export const quoteSources = memoByObjectAndKey(function quoteSources(ctx: GenerateContext, q: Quote): QuestionSource[] | null {
  const span = fullQuoteSpan(ctx, q);
  const naming = speakerEvidence(ctx, q, span);
  // "Speaking after the meeting the Foreign Secretary said:" above the paragraph is what says who speaks.
  const intro = naming === null ? undefined : colonIntro(ctx, q, span);
  const named = intro ? speakerEvidence(ctx, q, intro) : undefined;
  if (intro && named !== undefined) return [{ article: q.articleId, ...span }, { article: q.articleId, ...intro }, ...(named ? [{ article: q.articleId, ...named }] : [])];
  const evidence = attributionRun(ctx, q.articleId, naming, span);
  return evidence === undefined ? null : [{ article: q.articleId, ...span }, ...(evidence ? [{ article: q.articleId, ...evidence }] : [])];
}, (q) => q.id);

/** Sentences between the one naming the speaker and the quotation that the citation takes in with them. */
const MAX_RUN_SENTENCES = 2;

/**
 * The sentence naming the speaker, stretched to the quotation when one or two sentences carry the
 * attribution between them ("Blinken said …" … "“All told it sets out …,” he said." … the quotation): the
 * citation shows how the name reaches the words, not a name "in a nearby sentence" (blind-25). Further back
 * (a transcript's speaker label above a long turn) the naming sentence is cited alone.
 *
 * @example
 * attributionRun(ctx, '003_…', { start: 100, end: 180 }, { start: 260, end: 400 }); // → { start: 100, end: 259 } when one sentence lies between
 */
export function attributionRun(ctx: GenerateContext, articleId: string, evidence: Span | null | undefined, quote: Span): Span | null | undefined {
  if (!evidence || evidence.end > quote.start) return evidence;
  const body = ctx.articles.get(articleId)?.body ?? '';
  const between = sentencesOf(body).filter((s) => s.start >= evidence.end && s.end <= quote.start);
  if (between.length === 0 || between.length > MAX_RUN_SENTENCES) return evidence;
  return { start: evidence.start, end: (between[between.length - 1] as Span).end };
}


/**
 * What a who-said question shows of a quotation: the whole of it, without the greeting that opens a
 * speech ("Good afternoon. I made clear …" → "I made clear …").
 */
function shownText(ctx: GenerateContext, q: Quote): string {
  return withStandingOpening(withoutGreeting(fullQuoteText(ctx, q).replace(INTERPRETER_NOTE, '')));
}

/** "(As interpreted.) I would like to …": the transcript's note on the language, no words of the speaker. */
const INTERPRETER_NOTE = /^\s*\((?:as interpreted|via (?:an )?(?:interpreter|translator)|through (?:an )?interpreter)\.?\)\s*/i;

interface QuoteIndex {
  /** Every person any report credits with words under this key (contested reports included). */
  speakersByKey: Map<string, Set<string>>;
  askableBySpeaker: Map<string, Quote[]>;
  /** People who make plausible speaker distractors: quoted people first, then people with a role. */
  pool: Person[];
  creditorsOf: Map<string, Set<string>>;
  inPool: Set<string>;
  /** Whether a reliable (not garbled) report names the person. */
  attested: (p: Person) => boolean;
  /** Per article: people its facts name who are not in the pool (filled lazily). */
  extrasByArticle: Map<string, Person[]>;
}

/** Words that make the name after them an organisation or a product: "the campaign group Alpine Futures". */
const THING_BEFORE = /\b(?:group|campaign|company|firm|charity|organi[sz]ation|union|party|brand|scheme|programme|program|initiative|coalition|network|alliance|foundation|app|platform|promotions?)\s*$/i;

/**
 * Whether every mention of a name in the article is in quotation marks (“Price Crash” promotions)
 * or follows a word for an organisation: two capitalised words that are not a person to offer as one.
 */
function isNamedAsThing(body: string, name: string): boolean {
  return everyMentionReads([body], [new RegExp(escapeRegExp(name), 'g')], (text, at) => {
    const before = text.slice(Math.max(0, at - 40), at);
    return /[‘“"']$/.test(before) || THING_BEFORE.test(before);
  });
}

const REPORTER_ROLE = /\b(correspondent|reporter|editor|photographer|writer|columnist|journalist)\b/i;
/** Someone the extractor found named only as a report's reporter ("VOA's Jim Teeple reports …"), or a byline's correspondent. */
const isReporter = (p: Person) => !!p.role && REPORTER_ROLE.test(p.role);

const quoteIndex = memoByObject(function quoteIndex(ctx: GenerateContext): QuoteIndex {
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
      const key = normalise(fullQuoteText(ctx, q));
      if (!list.some((o) => normalise(fullQuoteText(ctx, o)) === key)) list.push(q);
      askableBySpeaker.set(q.speakerId, list);
    }
  }
  const quoted = new Set(askableBySpeaker.keys());
  const reliable = [...ctx.articles.values()].filter((a) => !ctx.isDerivative(a.id));
  // A name only a garbled copy uses ("Belinsky") is not a real official: never offer it.
  const attestedById = new Map<string, boolean>();
  const attested = (p: Person) => {
    let hit = attestedById.get(p.id);
    if (hit === undefined) {
      const forms = ctx.people.spellings(p.id);
      // A headline counts: a transcript names its guests in full only there ("Prime Minister Kishida Fumio").
      attestedById.set(p.id, (hit = reliable.some((a) => forms.some((form) => containsWords(a.body, form) || containsWords(a.title, form)))));
    }
    return hit;
  };
  // A byline's "Economics Correspondent" is a role, but reporters are not the people a story quotes.
  const isSpeakerRole = (p: Person) => !!p.role && !isReporter(p);
  const pool = [...ctx.people.byId.values()]
    .filter((p) => (quoted.has(p.id) || isSpeakerRole(p)) && (isPersonLike(p) || titledName(ctx, p) !== null) && attested(p) && !isMisspeltTwin(ctx, p))
    .sort((a, b) => Number(quoted.has(b.id)) - Number(quoted.has(a.id)) || (a.id < b.id ? -1 : 1));
  // Everyone any report credits with each candidate's words, computed once per distinct quotation.
  const creditorsOf = new Map<string, Set<string>>();
  for (const list of askableBySpeaker.values()) {
    for (const o of list) creditorsOf.set(o.id, new Set(quoteKeys(o.text).flatMap((k) => [...(speakersByKey.get(k) ?? [])])));
  }
  return { speakersByKey, askableBySpeaker, pool, inPool: new Set(pool.map((p) => p.id)), creditorsOf, attested, extrasByArticle: new Map() };
});

/** Everyone who, by any report, said these words (the answer under another name included). */
function creditedSpeakers(ctx: GenerateContext, q: Quote): Set<string> {
  return new Set(creditedOnce(ctx, q));
}

const creditedOnce = memoByObjectAndKey(creditedUncached, (q: Quote) => q.id);

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

const roleWords = memoByObject((p: Person): Set<string> => new Set(normalise(p.role ?? '').split(' ').filter((w) => w.length > 3)));

function isSameSide(answer: Person, candidate: Person): boolean {
  return !!answer.affiliation && candidate.affiliation === answer.affiliation;
}

function isSimilarOffice(answer: Person, candidate: Person): boolean {
  const a = roleWords(answer);
  return [...roleWords(candidate)].some((w) => a.has(w));
}

/** How plausible `candidate` is as a stand-in for `answer`: same side, similar office. */
function plausibility(answer: Person, candidate: Person): number {
  return (isSameSide(answer, candidate) ? 2 : 0) + (isSimilarOffice(answer, candidate) ? 1 : 0);
}

/**
 * Ranking weights, most significant first (each outweighs all below it together). A declared side
 * (affiliation, set for curated people only) comes first: Blinken's distractors are US officials,
 * as teachers expect. Then quoted or titled people of the story (the answer's article and reports
 * sharing its people or meeting places); then people the article's own facts name without a role;
 * then everyone else. Within a group: the same article, a similar office, a seeded draw.
 */
const W_SIDE = 10_000;
const W_STORY = 1000;
const W_ARTICLE_EXTRA = 100;
const W_ARTICLE = 4;
const W_OFFICE = 2;

/**
 * Picks up to `count` people for distractors: never anyone excluded or the same as a pick under
 * another name. With `articleId` (the article the question cites), people from that article come
 * first, then people from the same story, then people named in that article's facts even without a
 * role; within a tier (and among everyone else) the same side and office first, ties broken by a seeded draw.
 *
 * @example
 * pickPeople(ctx, blinken, new Set(['antony-blinken']), 3, 'seed', '003_7dd9c39fcf2f66b9'); // e.g. [Wendy Sherman, Ned Price, Jens Stoltenberg]
 */
export function pickPeople(
  ctx: GenerateContext,
  answer: Person,
  excluded: Set<string>,
  count: number,
  seed: string,
  articleId?: string,
  eligible: (p: Person) => boolean = () => true,
): Person[] {
  const rng = createRng(seed);
  const { pool, inPool, attested, extrasByArticle } = quoteIndex(ctx);
  const excludedNames = [...excluded].map((id) => ctx.people.byId.get(id)?.name).filter((n): n is string => !!n);
  const here = articleId ? namedIn(ctx, articleId) : new Set<string>();
  const story = articleId ? storyPeopleOf(ctx, articleId) : new Set<string>();
  // Fewer than three officials in the story: people the article's own facts name beat strangers.
  let extras: Person[] = [];
  if (articleId) {
    const cached = extrasByArticle.get(articleId);
    extras = cached ?? [...actorsOf(ctx, articleId)].sort()
      .map((id) => ctx.people.byId.get(id))
      .filter((p): p is Person => !!p && !inPool.has(p.id) && attested(p) && !isNamedAsThing(ctx.articles.get(articleId)?.body ?? '', p.name) && !isReporter(p));
    if (!cached) extrasByArticle.set(articleId, extras);
  }
  const score = (p: Person) => {
    const isHere = here.has(p.id);
    const group = !inPool.has(p.id) ? W_ARTICLE_EXTRA : isHere || story.has(p.id) ? W_STORY : 0;
    return group + (isSameSide(answer, p) ? W_SIDE : 0) + (isHere ? W_ARTICLE : 0) + (isSimilarOffice(answer, p) ? W_OFFICE : 0) + rng();
  };
  // An official from another story (the WHO chief for a fisheries quotation) gives the answer away: with an
  // article to go by, only people of its story, or named by its own facts, are offered.
  // Someone another report only mentions in passing (at a funeral) was not in the room: no stand-in either.
  const inStory = (p: Person) => !articleId || here.has(p.id) || (story.has(p.id) && !isPassingMention(ctx, p)) || !inPool.has(p.id);
  // "Indo Pacific", a photo credit, "Mister Sharon" beside "Ariel Sharon": nobody to offer as a person.
  const { askableBySpeaker } = quoteIndex(ctx);
  // "Space Shuttle Columbia", "Southeast Asian", a source list's "Edmonton Sun": words no reader takes for a person.
  const isOption = (p: Person) => !readsAsNoPerson(ctx, p) && (askableBySpeaker.has(p.id) || (!readAsThing(ctx, p) && !isHonorificTwin({ name: displayName(p) }, allNames(ctx))));
  // A surname known only with its title ("President Yudhoyono") is never offered beside full names.
  const sameForm = (p: Person) => !isPersonLike(answer) || isPersonLike(p);
  // The caller's test last: it is the costly one, asked of every person of the library's pool, and every test here is pure.
  const ranked = [...pool, ...extras]
    .filter((p) => !excluded.has(p.id) && p.id !== answer.id && inStory(p) && sameForm(p) && isOption(p) && eligible(p))
    .map((p) => ({ p, score: score(p) }))
    .sort((a, b) => b.score - a.score);
  const picked: Person[] = [];
  for (const { p } of ranked) {
    if (picked.length >= count) break;
    const clash = [answer.name, ...excludedNames, ...picked.map((x) => x.name)].some((n) => ctx.people.samePerson(n, p.name));
    if (!clash) picked.push(p);
  }
  return picked;
}

/** Every person's displayed name, once per library. */
const allNames = memoByObject((ctx: GenerateContext): string[] => [...ctx.people.byId.values()].map((p) => displayName(p)));

/**
 * "Emmanuel Macron (French President)": the role only when it is a job title ("Polish counterpart" is
 * not), and only when the cited report gives it beside the person: a role held later ("Secretary of
 * State" for words said as deputy adviser in 2014) is not the speaker's at the time.
 */
function withTitle(p: Person, body: string): string {
  const role = jobTitle(p.role);
  const title = role && titleForReport(role, body);
  // "science adviser with the U": a role cut at an abbreviation's first stop (U.S.) is shown as no role.
  if (!title || /\b\p{Lu}$/u.test(title) || !titledIn(body, p, title)) return displayName(p);
  // "Lieutenant Ibrahim Moussa": a rank is written before the name, never as "Ibrahim Moussa (Lieutenant)" (blind-39).
  // "President Pervez Musharraf": a bare office is written before the name too, never "Pervez Musharraf (President)" (blind-41).
  const name = displayName(p);
  const before = isRank(title) || (BARE_OFFICE.test(title) && !/^(?:Mister|Mr|Mrs|Ms|Miss|Dr)\b/.test(name));
  return before ? `${title} ${name}` : `${name} (${title})`;
}

/** An office with nothing that says of what: written before the name, as English writes it. */
const BARE_OFFICE = /^(?:(?:Vice|Deputy)\s+)?(?:President|Prime Minister|Premier|Chancellor|King|Queen|Emperor|Senator|Governor|Ambassador)$/;

/** A military rank alone ("Lieutenant", "Lieutenant Colonel"), with no post beside it. */
function isRank(title: string): boolean {
  return title.split(/\s+/).every((w) => MILITARY_RANK_LEXICON.words.has(w.toLowerCase()));
}

/** Nationality words and short words a report may leave out of a title ("US", "of"). */
const TITLE_FILLER = /^(?:of|the|and|for|us|u\.s\.|uk|eu|\p{Lu}\p{Ll}+(?:an|ese|ish|ch|i))$/u;

/** Whether the body writes the title's words near one of the person's mentions (within a sentence's reach). */
function titledIn(body: string, p: Person, title: string): boolean {
  const words = title.split(/\s+/).filter((w) => !TITLE_FILLER.test(w)).map((w) => w.toLowerCase());
  if (words.length === 0) return true;
  const surname = displayName(p).split(' ').pop() ?? '';
  if (!surname) return false;
  const lower = lowerBody(body);
  for (let at = body.indexOf(surname); at >= 0; at = body.indexOf(surname, at + 1)) {
    const near = lower.slice(Math.max(0, at - 120), at + surname.length + 120);
    if (words.every((w) => near.includes(w))) return true;
  }
  return false;
}

const lowerCache = new Map<string, string>();

/** An article's body in lower case, made once per article rather than once per question. */
function lowerBody(body: string): string {
  let hit = lowerCache.get(body);
  if (hit === undefined) {
    if (lowerCache.size > 2000) lowerCache.clear();
    lowerCache.set(body, (hit = body.toLowerCase()));
  }
  return hit;
}

/** The cited text around a quotation: who else it names decides which distractors stay defensible. */
function citedText(ctx: GenerateContext, q: Quote): string {
  const span = fullQuoteSpan(ctx, q);
  return ctx.articles.get(q.articleId)?.body.slice(span.start, span.end) ?? q.text;
}

/** Everything a quotation question cites, the sentence naming the speaker included. */
function allCitedText(ctx: GenerateContext, q: Quote): string {
  const body = ctx.articles.get(q.articleId)?.body ?? '';
  return (quoteSources(ctx, q) ?? []).map((s) => body.slice(s.start, s.end)).join(' ');
}

const READOUT_VERB = /\b(?:met with|[Mm]eeting with|spoke (?:today |yesterday )?with|held discussions|held talks|underscored|reaffirmed|emphasized|discussed|welcomed)\b/;

/** Whether quoted words are a readout: third-person reporting of a meeting, no "I", "we" or "you" in it. */
function isReadout(text: string): boolean {
  return READOUT_VERB.test(text) && !FIRST_OR_SECOND_PERSON.test(text);
}

function whoSaid(ctx: GenerateContext, q: Quote): Question | null {
  const person = q.speakerId ? ctx.people.byId.get(q.speakerId) : undefined;
  if (!person) return null;
  // A quotation that names its speaker gives the answer away.
  const text = shownText(ctx, q);
  if (ctx.people.isMentionedIn(person.id, text)) return dropped(ctx, q.id, 'who-said:names-speaker', null);
  // A spokesperson's written readout ("delegations held discussions on …", "The Secretary underscored …")
  // reports others in the third person: nobody's own words to remember a person by.
  if (isReadout(text)) return dropped(ctx, q.id, 'who-said:readout', null);
  const excluded = creditedSpeakers(ctx, q);
  // Anyone the sentence names is out: "Price said Blinken warned of 'risks'" makes Blinken a defensible answer too.
  const cited = allCitedText(ctx, q);
  for (const p of ctx.people.byId.values()) if (ctx.people.isMentionedIn(p.id, cited)) excluded.add(p.id);
  const bare = withoutLeadingConjunction(displayQuote(text, QUESTION_QUOTE_WORDS));
  // "… readiness across the…": a quotation shown cut inside its sentence is not what was said (round 15).
  if (bare?.endsWith('…')) return dropped(ctx, q.id, 'who-said:cut-mid-sentence', null);
  // "he [Vladimir Putin]": a pronoun glossed with the person the report names before the quotation.
  const shown = bare ? glossPronouns(ctx, q, bare) : null;
  if (!shown) return dropped(ctx, q.id, bare ? 'who-said:unglossed-pronoun' : 'who-said:points-back', null);
  const picks = whoSaidOptions(ctx, q, person, text, shown, excluded);
  // "President Yudhoyono" is offered beside "President Obama", never beside "Barack Obama": one form for every option.
  const byTitle = !isPersonLike(person);
  // Three plausible people beat four with a stranger among them.
  if (picks.length < MIN_DISTRACTORS) return dropped(ctx, q.id, 'who-said:few-options', null);
  const prompt = whoSaidPrompt(ctx, q, person, shown);
  if (!prompt) return dropped(ctx, q.id, 'who-said:referent-missing', null);
  return finishQuestion(ctx, {
    kind: 'who-said',
    prompt,
    answer: shownName(ctx, person),
    distractors: picks.map((p) => (byTitle ? titledName(ctx, p) ?? displayName(p) : displayName(p))),
    choiceType: 'person',
    sources: quoteSources(ctx, q) ?? [],
    lead: `${byTitle ? shownName(ctx, person) : withTitle(person, ctx.articles.get(q.articleId)?.body ?? '')} said it.`,
    factIds: [q.id],
    factContent: `${q.articleId}|${normalise(q.text)}`,
    base: 0.3,
    similarity: picks.filter((p) => plausibility(person, p) >= 2).length / 3,
    recurrence: q.supportedBy.length,
    personIds: [person.id],
    places: [],
  });
}

/** Things a report's events are: what "this crisis" or "that conflict" stands for. */
const EVENT_NOUN = String.raw`(?:crisis|conflict|war|situation|tragedy|problem|issue|dispute|incident|attack|attacks|disaster|violence|fighting|unrest|emergency|catastrophe|standoff|stand-off|outbreak|epidemic|coup|clashes|protests)`;
/** A time the reader places only by the report's date: "this year", "next month", "last week". */
const RELATIVE_TIME = /\b(?:this|next|last|coming)\s+(?:year|month|week|spring|summer|autumn|fall|winter)\b/i;
const POINTED_EVENT = new RegExp(String.raw`\b(?:this|that|these|those)\s+(?:\p{Ll}+\s+)?(${EVENT_NOUN})\b`, 'iu');

/**
 * The who-said stem. Words that point at the story's event without naming it ("to find a solution to this
 * crisis") leave a student asking which crisis (blind-35), so the stem names the report, whose headline says:
 * "According to “Over 900 asylum seekers rescued off …” (Wikinews, May 2015), who said: …?". So does a time only
 * the report's date places ("at the end of this year"). Null when the headline names the speaker of words about
 * an event, which would give the answer away: then the question is not asked (a time is then left unplaced).
 *
 * @example
 * whoSaidPrompt(ctx, q, najib, 'We share the desire to find a solution to this crisis'); // → 'According to “…” (Wikinews, May 2015), who said: “We share …”?'
 */
export function whoSaidPrompt(ctx: GenerateContext, q: Quote, speaker: Person, shown: string): string | null {
  const pointed = POINTED_EVENT.exec(shown);
  // "the crisis in Yemen … this crisis": named before it is pointed at.
  const pointsAtEvent = pointed !== null && !new RegExp(String.raw`\b${pointed[1]}\b`, 'i').test(shown.slice(0, pointed.index));
  // "at the end of this year, you will take full charge": which year is the report's, so its date goes in the stem (blind-37).
  const dated = RELATIVE_TIME.test(shown);
  if (!pointsAtEvent && !dated) return `Who said: “${shown}”?`;
  const label = framedLabel(ctx, q.articleId, true);
  if (ctx.people.isMentionedIn(speaker.id, label)) return pointsAtEvent ? null : `Who said: “${shown}”?`;
  return `According to ${label}, who said: “${shown}”?`;
}

/** The speaker as a choice or a stem names them: the full name, or the title and surname a report knows them by. */
function shownName(ctx: GenerateContext, p: Person): string {
  return isPersonLike(p) ? displayName(p) : titledName(ctx, p) ?? displayName(p);
}

function whatSaid(ctx: GenerateContext, q: Quote): Question | null {
  const person = q.speakerId ? ctx.people.byId.get(q.speakerId) : undefined;
  if (!person) return null;
  const { askableBySpeaker, creditorsOf } = quoteIndex(ctx);
  const credited = creditedSpeakers(ctx, q);
  const isAsked = (id: string) => credited.has(id) || ctx.people.samePerson(ctx.people.byId.get(id)?.name ?? id, person.name);
  const fullText = fullQuoteText(ctx, q);
  const answerText = quoteChoice(fullText, QUOTE_CHOICE_WORDS);
  // A spokesperson's readout ("Secretary Blinken met with …") is nobody's own words, as answer or option.
  if (!answerText || isReadout(fullText)) return null;
  const used = new Set([normalise(answerText)]);
  const candidates = pickPeople(ctx, person, credited, 12, `${ctx.seed}|what|${q.id}`, q.articleId, (p) => askableBySpeaker.has(p.id));
  const distractors: string[] = [];
  const mine = speakersOf(ctx, q.articleId);
  const topic = topicWords(ctx, q.articleId);
  // Words from a report of the same story (one quoting someone this article quotes), or on its topic
  // ("Russia", "missiles", "Europe"); never an athlete's for a minister.
  // From another story, words on the topic may stand only if every name they hold is the asked article's
  // too: Kerry's "cessation of hostilities in Syria" beside Blinken on Ukraine gives itself away.
  const body = ctx.articles.get(q.articleId)?.body ?? '';
  // Another report of a shared speaker counts only with names the asked one uses: Obama's "a difficult time for
  // Indonesia" from Jakarta is no option for President Quang's words in Hanoi.
  const close = (o: Quote) => o.articleId === q.articleId || ([...speakersOf(ctx, o.articleId)].some((id) => mine.has(id)) && namesAllIn(o.text, body))
    || (sharedWords(topic, o.text) >= MIN_TOPIC_WORDS && namesAllIn(o.text, body));
  const unused: Quote[] = [];
  for (const other of candidates) {
    if (distractors.length >= 3) break;
    const theirs = (askableBySpeaker.get(other.id) ?? [])
      .filter(close)
      // Only words nobody credits to the asked person, and that do not name them.
      .filter((o) => ![...(creditorsOf.get(o.id) ?? [])].some(isAsked))
      .filter((o) => !ctx.people.isMentionedIn(person.id, citedText(ctx, o)))
      .filter((o) => !namesOwnOtherSide(ctx, person, other, o.text) && sameCamp(ctx, person, other) && !isReadout(o.text))
      .sort((a, b) => Math.abs(a.text.length - q.text.length) - Math.abs(b.text.length - q.text.length) || (a.id < b.id ? -1 : 1));
    const at = theirs.findIndex((o) => takeChoice(ctx, o, used, distractors));
    if (at >= 0) unused.push(...theirs.filter((o) => o.articleId === q.articleId));
  }
  // A joint press conference quotes two principals: when the guest's words are the only others, a second line of
  // theirs from the same conference makes up the number, if it names no one and nowhere that could give it away
  // (a quotation otherwise lost when who-said finds too few people of the same form, #15).
  for (const o of unused) {
    if (distractors.length >= MIN_DISTRACTORS) break;
    if (namesNothing(fullQuoteText(ctx, o))) takeChoice(ctx, o, used, distractors);
  }
  if (distractors.length < MIN_DISTRACTORS) return null;
  return finishQuestion(ctx, {
    kind: 'what-said',
    prompt: `Which of these did ${isPersonLike(person) ? withTitle(person, ctx.articles.get(q.articleId)?.body ?? '') : shownName(ctx, person)} say?`,
    answer: answerText,
    distractors,
    choiceType: 'quote',
    sources: quoteSources(ctx, q) ?? [],
    lead: `${shownName(ctx, person)} said: “${restoreApostrophes(fullText)}”.`,
    factIds: [q.id],
    factContent: `${q.articleId}|${normalise(q.text)}|${person.id}`,
    base: 0.35,
    similarity: 0.3,
    recurrence: q.supportedBy.length,
    personIds: [person.id],
    places: [],
  });
}

/** Adds a quotation's shown choice unless it is empty or already offered; whether it did. */
function takeChoice(ctx: GenerateContext, o: Quote, used: Set<string>, distractors: string[]): boolean {
  const shown = quoteChoice(fullQuoteText(ctx, o), QUOTE_CHOICE_WORDS);
  if (!shown || used.has(normalise(shown))) return false;
  used.add(normalise(shown));
  distractors.push(shown);
  return true;
}

/** Content words a quotation from another story must share with the asked article to be a plausible option. */
const MIN_TOPIC_WORDS = 2;
const TOPIC_STOP = new Set(['about', 'after', 'again', 'their', 'there', 'these', 'those', 'which', 'where', 'would', 'could', 'should', 'think', 'other', 'being', 'because', 'while', 'today', 'people', 'really', 'every', 'going', 'always', 'never', 'first', 'years', 'three', 'still']);

/** The words of five letters or more an article uses: what it is about, roughly. */
const topicWords = memoByObjectAndKey(function topicWords(ctx: GenerateContext, articleId: string): Set<string> {
  return new Set(normalise(ctx.articles.get(articleId)?.body ?? '').split(' ').filter((w) => w.length >= 5 && !TOPIC_STOP.has(w)));
});

function sharedWords(topic: Set<string>, text: string): number {
  return new Set(normalise(text).split(' ').filter((w) => w.length >= 5 && topic.has(w))).size;
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
    // The same words by the same speaker in another report, printed without this copy's slips and asked from
    // there: cited from there.
    if (hasCleanerCopy(ctx, q, quoteSources, (c, o) => isAskableQuote(c, o) && whoSaid(c, o) !== null)) continue;
    const who = whoSaid(ctx, q);
    if (who) out.push(who);
    const what = whatSaid(ctx, q);
    if (what) out.push(what);
  }
  return out;
}
