/**
 * The people a quotation question may offer: every person quoted or titled in the library, ranked for one
 * answer by side, story and office (pickPeople). Who-said options, what-said speakers and the source check draw here.
 */
import type { Person } from '@/lib/extract/types';
import type { GenerateContext } from './context';
import { isAskableQuote } from './quote-gates';
import { createRng } from './hash';
import { displayName, isPersonLike } from './people';
import { actorsOf, storyPeopleOf } from './story';
import { onStage } from './on-stage';
import { containsWords, escapeRegExp, normalise } from './text';
import { isMisspeltTwin, isPassingMention } from './sides';
import { memoByObject } from './memo';
import { everyMentionReads, isHonorificTwin, readAsThing } from './thing-names';
import { titledName } from './titled-names';
import { readsAsNoPerson } from './person-words';
import { fullQuoteText, quoteKeys } from './quote-text';
import type { Quote } from '@/lib/extract/types';

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

/** The library's quotations by speaker and wording, and the pool of people to offer: once per library. */
export const quoteIndex = memoByObject(function quoteIndex(ctx: GenerateContext): QuoteIndex {
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
const roleWords = memoByObject((p: Person): Set<string> => new Set(normalise(p.role ?? '').split(' ').filter((w) => w.length > 3)));

function isSameSide(answer: Person, candidate: Person): boolean {
  return !!answer.affiliation && candidate.affiliation === answer.affiliation;
}

function isSimilarOffice(answer: Person, candidate: Person): boolean {
  const a = roleWords(answer);
  return [...roleWords(candidate)].some((w) => a.has(w));
}

/** How plausible `candidate` is as a stand-in for `answer`: same side, similar office. */
export function plausibility(answer: Person, candidate: Person): number {
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
 * `voices` adds people the article gives words of in reported speech to those its facts name.
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
  voices: ReadonlySet<string> = new Set(),
  byTitle = false,
): Person[] {
  const rng = createRng(seed);
  const { pool, inPool, attested, extrasByArticle } = quoteIndex(ctx);
  const excludedNames = [...excluded].map((id) => ctx.people.byId.get(id)?.name).filter((n): n is string => !!n);
  const here = articleId ? onStage(ctx, articleId) : new Set<string>();
  const story = articleId ? storyPeopleOf(ctx, articleId) : new Set<string>();
  // Fewer than three officials in the story: people the article's own facts name beat strangers.
  let extras: Person[] = [];
  if (articleId) {
    const cached = extrasByArticle.get(articleId);
    extras = cached ?? [...actorsOf(ctx, articleId)].sort()
      .map((id) => ctx.people.byId.get(id))
      .filter((p): p is Person => !!p && !inPool.has(p.id) && attested(p) && !isNamedAsThing(ctx.articles.get(articleId)?.body ?? '', p.name) && !isReporter(p));
    if (!cached) extrasByArticle.set(articleId, extras);
    // People the report gives words of only in reported speech (reported-voices.ts), when the caller asks for them.
    const body = ctx.articles.get(articleId)?.body ?? '';
    const known = new Set(extras.map((p) => p.id));
    extras = [...extras, ...[...voices].sort()
      .map((id) => ctx.people.byId.get(id))
      .filter((p): p is Person => !!p && !inPool.has(p.id) && !known.has(p.id) && attested(p) && !isNamedAsThing(body, p.name) && !isReporter(p))];
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
  // A surname known only with its title ("President Yudhoyono") is never offered beside full names; in a
  // question asked in title form every option is named so (the caller's test checks each has that form).
  const sameForm = (p: Person) => byTitle || !isPersonLike(answer) || isPersonLike(p);
  const ranked = [...pool, ...extras]
    // The caller's test last: it is the costly one, asked of every person of the library's pool, and every test here is pure.
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
