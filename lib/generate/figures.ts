/** Figures: multiple choice, and a typed number within a stated tolerance. */
import { isOpenSpanToll } from './open-span';
import type { ArticleInput, Figure } from '@/lib/extract/types';
import type { Question } from './types';
import { factsOfArticle, type GenerateContext } from './context';
import { dropped } from './trace';
import { finishQuestion } from './build';
import { seededShuffle } from './hash';
import {
  decimalPlaces, formatLike, mentionsNumber, nearbyWritten, parseWritten, scaleName, smallerTolerance, spacedApart, statedNumbers, typedTolerance, type WrittenNumber,
} from './numbers';
import { datelineSpan, displayedText } from './dateline';
import { inSlippedParagraph, isWholeSentence, needsPrevious, roleSubject } from './body-lines';
import { disagreeingFigures } from './figure-conflicts';
import { figureClass } from './headline-figures';
import { glossWeekday } from './weekday-gloss';
import { endsMidPhrase, namesPlaceOnlyByPointing, standsAlone, statusStem, trimCutPhrase, usableClaimant } from './figure-stems';
import { figureStemBody, isAskableClause } from './stems';
import { datedSourceLabel, outletName, shortHeadline } from './labels';
import { reportWhen } from './frames';
import { namedIn } from './story';
import { cleanShownText } from './clean';
import { inCaption, sentencesOf } from './evidence';
import { countedNoun, givenAs, hedgeAsWritten, isApproximate, restatesEarlierCount, withEventPhrase } from './figure-wording';
import { containsWords, escapeRegExp, normalise } from './text';
import { memoByObject } from './memo';
import { claimantShown, shownFromTranslation } from './figure-claims';
import { namePointedPlaces } from './pointed-places';
import { clipTrailingClause, figureClause, glossCitySubject, strengthOf } from './figure-clauses';
import { isTrivialBlank, isVagueCount } from './figure-trivia';
import { HEDGES, hasRivalClaim, sameValue } from './figure-rivals';

/** What a figure measures, which decides how its near misses and its tolerance are written. */
export type FigureKind = 'count' | 'money' | 'percent';

const MONEY_UNIT = /(?:^|\s)(?:dollars?|euros?|pounds|yen|yuan|renminbi|rupees|pesos|francs|krona|kronor|kroner|crowns|roubles|rubles|reais|rand|money)$/i;
const PERCENT_UNIT = /^(?:percent|per cent|%|percentage points?)$/i;

function kindOf(f: Figure, parsed: WrittenNumber): FigureKind {
  if (parsed.form?.currency || MONEY_UNIT.test(f.unit.trim())) return 'money';
  if (parsed.form?.percent || PERCENT_UNIT.test(f.unit.trim())) return 'percent';
  return 'count';
}

/** "Ten" opening a sentence makes "nine", "seven" read as wrong at a glance: options take the answer's case. */
function caseLike(answer: string, option: string): string {
  if (/^\p{Lu}/u.test(answer)) return option.charAt(0).toUpperCase() + option.slice(1);
  if (/^\p{Ll}/u.test(answer)) return option.charAt(0).toLowerCase() + option.slice(1);
  return option;
}

/** A link list or a photo credit, not the story: "- ^ Vital Signs: … (theconversation.com)". */
const JUNK_LINE = /^[-–•^*>|]|\((?:[\w-]+\.)+(?:com|org|net|gov|edu|au|uk|nz|ca|ru|ua|int)\)|^(?:Photo|Image|Picture|Caption|Credit)\b/i;
/** "That's up from 27 states last week": a sentence whose subject is the sentence before. */
/** Words before a number that make it a name, not a count. */
const LABEL_BEFORE = /\b(?:round|phase|stage|article|chapter|section|no\.?|number|level|grade|flight|route|expedition|page|columns?|paragraph|tier|category|class|type|lot|ward|district|zone|resolution|g|covid|world war|magnitude|level)[\s-]*$/i;
/** Durations in passing ("over the last seven days", "in just the first two days"): rarely what a story is about. */
const DURATION_UNIT = /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|times)$/i;

/** Figures asked per article: the headline figures, not every number a story mentions. */
const FIGURES_PER_ARTICLE = 3;

/**
 * The figures of each article worth a question, at most three: those its headline gives, then those of its
 * opening sentences; a small count or a duration mentioned in passing, and a number inside a quotation, are not asked.
 *
 * @example
 * keyFigures(ctx).has(troopsOnStandby.id); // → true
 */
export const keyFigures = memoByObject(function keyFigures(ctx: GenerateContext): Set<string> {
  const out = new Set<string>();
  for (const article of ctx.articles.values()) {
    const figures = factsOfArticle(ctx.figures, article.id);
    if (!figures.length) continue;
    const lede = ledeEnd(article);
    const score = (f: Figure) => (containsWords(article.title, f.raw) ? 4 : 0) + (f.sentence.start < lede ? 2 : 0)
      - (f.value < 3 ? 1 : 0) - (DURATION_UNIT.test(f.unit.trim()) ? 1 : 0);
    const seen = new Set<string>();
    // A number inside a quotation is the speaker's, asked through the quotation if at all.
    // Only a headline figure (a toll, the displaced, troops, money pledged, a vote, or the headline's own number).
    const worthAsking = (f: Figure) => {
      const ok = askableFigure(ctx, f, true);
      return !!ok && figureClass(article, f, ok.kind) !== null;
    };
    const ranked = figures.filter((f) => worthAsking(f) && !isQuoted(article, f)).map((f) => ({ f, s: score(f) })).filter((x) => x.s >= 0).sort((a, b) => b.s - a.s || a.f.sentence.start - b.f.sentence.start);
    for (const { f } of ranked) {
      // The same number said twice is one fact.
      const key = `${f.value}|${normalise(f.unit)}`;
      if (seen.has(key) || seen.size >= FIGURES_PER_ARTICLE) continue;
      seen.add(key);
      out.add(f.id);
    }
  }
  return out;
});

/** Whether a figure sits inside quotation marks: more opening than closing marks before it in its paragraph. */
function isQuoted(article: ArticleInput, f: Figure): boolean {
  const from = article.body.lastIndexOf('\n', f.valueStart) + 1;
  const before = article.body.slice(from, f.valueStart);
  const opens = (before.match(/“/g)?.length ?? 0) + Math.ceil((before.match(/"/g)?.length ?? 0) / 2);
  const closes = (before.match(/”/g)?.length ?? 0) + Math.floor((before.match(/"/g)?.length ?? 0) / 2);
  return opens > closes;
}

/** Where the article's opening (its first three sentences after the headline) ends. */
function ledeEnd(article: ArticleInput): number {
  const title = normalise(article.title);
  const sentences = sentencesOf(article.body).filter((s) => normalise(article.body.slice(s.start, s.end)) !== title);
  return sentences[2]?.end ?? article.body.length;
}

/**
 * Whether a figure's value may be taught as plain fact: never from a garbled copy, nor when another
 * report gives another value for the same thing (that is a source check). Nor when the reports disagree
 * about what the figure counts ("Nato has put 8,500 troops on standby" against "deployed"): whose troops
 * doing what is then in doubt, and a blank in that sentence would teach one version of it as fact.
 * A disagreement about something else leaves the value standing, asked from the original.
 */
function isValueTrusted(ctx: GenerateContext, f: Figure, passiveStatus: boolean): boolean {
  if (ctx.isDerivative(f.articleId) || disagreeingFigures(ctx, f).length > 0) return false;
  const conflicts = ctx.conflictsOf(f);
  // A status only the rewritten copy disputes ("on standby" against 004's "deployed") stands, asked in the
  // passive (see statusStem); any other dispute about what the figure counts leaves it unasked.
  // A card blanks the sentence itself, so it never asks a disputed status.
  const copyOnly = (c: (typeof conflicts)[number]) => passiveStatus && c.claims.every((cl) => cl.article === f.articleId || ctx.isDerivative(cl.article));
  if (conflicts.some((c) => c.kind === 'status' && !copyOnly(c))) return false;
  if (conflicts.some((c) => c.kind === 'value')) return ctx.isTrusted(f);
  return conflicts.every((c) => c.claims.every((cl) => cl.article === f.articleId || ctx.compareReliability(f.articleId, cl.article) > 0));
}

/**
 * A figure is asked about when it is trusted, precise, written out in its sentence and not a year, nor
 * in a link list or a sentence that needs the one before it ("That's up from 27 states").
 * Sums of money, percentages and scaled numbers ("$4.5bn", "4.25%", "1.8 million") are asked in the
 * way they are written; a bare decimal only as a percentage (a magnitude "7.1" is not one), and a
 * score ("2-1") never, since it is not one number. `passiveStatus` lets a status only the rewritten copy
 * disputes stand, for the quiz questions that ask it without its actor (never for a card's blank).
 *
 * @example
 * askableFigure(ctx, figure)?.parsed.style; // → { kind: 'grouped', separator: ',' }
 * askableFigure(ctx, revenueFigure)?.kind; // → 'money' for "$4.5bn"
 */
export function askableFigure(ctx: GenerateContext, f: Figure, passiveStatus = false) {
  const article = ctx.articles.get(f.articleId);
  const parsed = parseWritten(f.raw);
  if (!article || !parsed || !sameValue(parsed.value, f.value) || f.value <= 0) return dropped(ctx, f.id, 'figure:unparsed', null);
  if (!isValueTrusted(ctx, f, passiveStatus)) return dropped(ctx, f.id, 'figure:disputed', null);
  const shown = displayedText(article, f.sentence);
  if (JUNK_LINE.test(shown) || inSlippedParagraph(article, f.sentence)) return dropped(ctx, f.id, 'figure:junk-line', null);
  if (needsPrevious(shown) && !roleHolder(ctx, article.id, shown)) return dropped(ctx, f.id, 'figure:needs-previous', null);
  if (isOpenSpanToll(shown)) return dropped(ctx, f.id, 'figure:open-span', null);
  // "the twenty-first century": half of an ordinal.
  if (/^-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b/i.test(article.body.slice(f.valueEnd, f.valueEnd + 10))) return dropped(ctx, f.id, 'figure:ordinal', null);
  // "killed 20-thousand people": the blank would read "_____-thousand" and the answer "20" is not the count.
  if (/^-(?:thousand|million|billion|hundred)\b/i.test(article.body.slice(f.valueEnd, f.valueEnd + 10))) return dropped(ctx, f.id, 'figure:hyphenated-scale', null);
  // "round 3", "Article 5", "Type 23": a number that names something counts nothing.
  if (LABEL_BEFORE.test(article.body.slice(Math.max(f.sentence.start, f.valueStart - 20), f.valueStart))) return dropped(ctx, f.id, 'figure:label', null);
  const kind = kindOf(f, parsed);
  if (/year/i.test(f.unit) || (!parsed.form && parsed.style.kind === 'plain' && f.value >= 1900 && f.value <= 2100)) return dropped(ctx, f.id, 'figure:year', null);
  if (parsed.style.kind === 'decimal' && !parsed.form && kind !== 'percent') return dropped(ctx, f.id, 'figure:bare-decimal', null);
  // "£40m" counted in "troops" or "5%" in "US dollars": the extractor misread it; asking would teach its error.
  if ((parsed.form?.currency && kind !== 'money') || (parsed.form?.percent && kind !== 'percent')) return dropped(ctx, f.id, 'figure:misread-unit', null);
  if (!f.unit.trim() || !f.about.trim()) return dropped(ctx, f.id, 'figure:no-unit', null);
  // A number inside "GENEVA, March 3 (AP) —" is the dateline's, not the story's.
  if (f.valueStart < datelineSpan(article, f.sentence).end) return dropped(ctx, f.id, 'figure:dateline', null);
  if (!containsWords(shown, f.raw)) return dropped(ctx, f.id, 'figure:not-shown', null);
  if (isVagueCount(f)) return dropped(ctx, f.id, 'figure:vague-count', null);
  if (isTrivialBlank(article, f)) return dropped(ctx, f.id, 'figure:trivial', null);
  if (hasRivalClaim(ctx, article, f)) return dropped(ctx, f.id, 'figure:rival-claim', null);
  // "more than 5,000 refugees" in the lede, "an estimated 5,600" later: a count given twice is asked once.
  if (kind === 'count' && restatesEarlierCount(f, factsOfArticle(ctx.figures, f.articleId))) return dropped(ctx, f.id, 'figure:restated', null);
  if (!namesItsEvent(ctx, shown)) return dropped(ctx, f.id, 'figure:no-event-named', null);
  // "watched by 68,000 people in 68 countries": with one blanked, the other echoes it a thousandfold.
  const others = (shown.replace(figurePattern(f.raw), ' ').match(/\d[\d,]*\d|\d/g) ?? []).map((n) => Number(n.replace(/,/g, '')));
  if (others.some((n) => n !== f.value && n > 0 && [10, 100, 1000, 1e6].some((k) => n === f.value * k || n * k === f.value))) return dropped(ctx, f.id, 'figure:echoed', null);
  // "24 bodies were found … taking the number of dead from 125 to 149": the stem's own numbers give it (blind-27).
  // So do its number words and the headline its label shows: "Revised Down to 32" and "double counting three
  // people" give the earlier toll of 35 (round 7's development sheet).
  const given = [...statedNumbers(shown.replace(figurePattern(f.raw), ' ')), ...statedNumbers(shortHeadline(article.title))];
  if (given.some((a, i) => given.some((b, j) => i !== j && (a - b === f.value || (i < j && a + b === f.value))))) return dropped(ctx, f.id, 'figure:derivable', null);
  // "won _____ per cent of the votes, Hamdeen took 3pc and 3.7pc of the votes were declared void": shares
  // of one whole that the stem gives all but one of add up to the answer.
  if (kind === 'percent' && isRestOfWhole(shown, f)) return dropped(ctx, f.id, 'figure:derivable', null);
  // "… quoted a militant spokesman as saying 34 hostages … were killed. That report has not been independently
  // confirmed.": a claim the report itself doubts is no figure to learn (blind-27).
  const next = sentencesOf(article.body).find((x) => x.start >= f.sentence.end);
  if (UNCONFIRMED.test(article.body.slice(f.sentence.start, next?.end ?? f.sentence.end))) return dropped(ctx, f.id, 'figure:unconfirmed', null);
  return { article, parsed, kind };
}

/** The sentence just before a figure's own, in its paragraph or the one before (empty when there is none). */
function previousSentence(article: ArticleInput, span: { start: number }): string {
  const prev = sentencesOf(article.body).filter((s) => s.end <= span.start).pop();
  return prev ? article.body.slice(prev.start, prev.end) : '';
}

/** Whether a share and the other shares its sentence gives make up a whole (100 per cent). */
function isRestOfWhole(shown: string, f: Figure): boolean {
  const rest = shown.replace(figurePattern(f.raw), ' ').match(/\d+(?:\.\d+)?(?=\s*(?:%|pc\b|per\s*cent|percent))/gi) ?? [];
  const sum = rest.reduce((total, n) => total + Number(n), f.value);
  return rest.length > 0 && Math.abs(sum - 100) < 0.5;
}

/** A report doubting its own figure: "has not been independently confirmed", "could not be verified". */
const UNCONFIRMED = /\b(?:not\s+(?:been\s+|yet\s+been\s+)?(?:independently\s+)?(?:confirmed|verified)|could\s+not\s+(?:be\s+)?(?:independently\s+)?(?:confirm|verify|confirmed|verified)|unconfirmed|unverified)\b/i;

/**
 * The one person the article names whose role the sentence's role-only subject is ("The Secretary of State
 * stressed …" in a report naming US Secretary of State Antony Blinken), or null.
 */
function roleHolder(ctx: GenerateContext, articleId: string, shown: string): { role: string; name: string; said: string } | null {
  const said = roleSubject(shown);
  if (!said || needsPreviousOtherwise(shown)) return null;
  const holders = [...namedIn(ctx, articleId)]
    .map((id) => ctx.people.byId.get(id))
    .filter((p): p is NonNullable<typeof p> => !!p?.role && new RegExp(`\\b${escapeRegExp(said)}$`, 'i').test(p.role));
  return holders.length === 1 && holders[0]!.role ? { role: holders[0]!.role, name: holders[0]!.name, said } : null;
}

/** Whether a sentence lacks its subject for another reason than a role standing for a name. */
function needsPreviousOtherwise(shown: string): boolean {
  return needsPrevious(shown.replace(/^The\s+/, 'A '));
}

/** "The Secretary of State stressed …" → "US Secretary of State Antony Blinken stressed …". */
function withRoleHolder(ctx: GenerateContext, articleId: string, shown: string): string {
  const h = roleHolder(ctx, articleId, shown);
  return h ? shown.replace(new RegExp(`^The\\s+${escapeRegExp(h.said)}`), `${h.role} ${h.name}`) : shown;
}

/**
 * Every whole occurrence of a figure as written, never a piece of a longer number: "5%" is not in "5.5%".
 *
 * @example
 * 'rose 5% to 5.5%'.replace(figurePattern('5%'), '_____'); // → 'rose _____ to 5.5%'
 */
export function figurePattern(raw: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}\\p{Sc}]|\\p{N}[.,])${escapeRegExp(raw)}(?![\\p{L}\\p{N}%]|[.,]\\p{N})`, 'gu');
}

/** Hedges a figure may carry before it and still open its clause: "More than 300 …", "About 600 trucks …". */
const LEADING_HEDGE = /(?:^|[,;:]\s+|\b(?:that|said|says|reported|announced|estimated|found|finds|showed|shows)\s+)(?:(?:more than|fewer than|less than|about|around|some|nearly|almost|at least|up to|over|only|an estimated|roughly|approximately|estimated)\s+)?$/i;

/**
 * Whether the figure opens its clause ("1,500 people were evacuated …"), the only place where "How many
 * …?" reads the sentence right: after "the country's", "whether any of", "The", or a verb, the count is
 * of something else ("whether any of the country's three dailies will …" does not say three will).
 */
function opensItsClause(article: ArticleInput, f: Figure): boolean {
  const before = displayedText(article, { start: f.sentence.start, end: f.valueStart });
  // "several thousand of an estimated 9,500 people remaining in Vaharai have fled": the figure is the whole,
  // and "How many … have fled?" would take it for the part (a false key).
  if (/\bof\s+(?:(?:an?|the)\s+)?(?:estimated\s+|total\s+of\s+)?$/i.test(`${before.trimEnd()} `)) return false;
  return before.trim() === '' || LEADING_HEDGE.test(`${before.trim()} `);
}

/** "fewer australians were unemployed": a description that lower-cases a name of its sentence was rewritten, not quoted. */
function isRecased(article: ArticleInput, f: Figure, about: string): boolean {
  const sentence = article.body.slice(f.sentence.start, f.sentence.end);
  const names = new Set((sentence.match(/(?<=\s)\p{Lu}\p{Ll}+/gu) ?? []).map((w) => w.toLowerCase()));
  return about.split(/\s+/).some((w) => /^\p{Ll}/u.test(w) && names.has(w) && !sentence.includes(` ${w}`));
}

/** A description that stops before a name ("schools remain closed across the central" | "Sahel") or before what its object is about lost its end. */
function isCutShort(article: ArticleInput, f: Figure, about: string): boolean {
  const sentence = article.body.slice(f.sentence.start, f.sentence.end);
  const at = sentence.indexOf(about);
  if (at < 0) return false;
  const after = sentence.slice(at + about.length);
  // "imprisoned for peaceful political" | "expression": an adjective left at the end waits for its noun.
  const last = about.split(/\s+/).pop() ?? '';
  // "62 Nobel Prize winners sent a letter" | "to the leaders … calling for peacekeepers": a thing ending on
  // "a letter", "a request", "a deal" says what it is about after it; "How many … sent a letter?" asks nothing.
  const indefiniteEnd = /\b(?:a|an)\s+\p{L}+$/iu.test(about) && /^\s+\p{L}/u.test(after);
  return indefiniteEnd || /^\s+\p{Lu}/u.test(after) || (/^\s+\p{Ll}/u.test(after) && ADJECTIVE_END.test(last));
}

/** Endings of adjectives ("political", "economic", "peaceful"), which do not end a noun phrase. */
const ADJECTIVE_END = /^\p{Ll}{3,}(?:al|ic|ive|ful|ous|ian|ese|ish|ary|less|able|ible)$/u;

const CALENDAR_WORD = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Mr|Ms|Mrs|Dr)$/;
/** "the deadlocked peace talks", "the meeting": talks the sentence refers to without naming them. */
const UNNAMED_TALKS = /\bthe\s+(?:[\w-]+\s+){0,2}(?:talks|meetings?|negotiations|conference|summit)\b/i;

/**
 * Whether a sentence about "the talks" says which: a place, a country, a people or a body beyond the
 * names of the people in it. "Brahimi's Saturday meetings … was a last-ditch effort to rescue the
 * deadlocked peace talks" does not say it is Syria, nor Geneva.
 *
 * @example
 * namesItsEvent(ctx, 'Envoys met for only 27 minutes to rescue the deadlocked talks.'); // → false
 */
export function namesItsEvent(ctx: GenerateContext, shown: string): boolean {
  if (!UNNAMED_TALKS.test(shown)) return true;
  const words = shown.split(/\s+/).slice(1).map((w) => w.replace(/['’]s$/, '').replace(/[^\p{L}-]/gu, ''));
  return words.some((w) => /^\p{Lu}/u.test(w) && !CALENDAR_WORD.test(w) && ![...ctx.people.byId.values()].some((p) => p.name.split(/\s+/).includes(w)));
}

/**
 * Whether a card may blank this figure in its sentence: the sentence stands alone ("In this latest conflict …
 * _____ Israelis have died" does not).
 *
 * @example
 * figureCardStandsAlone(ctx, israelisInThisLatestConflict); // → false
 */
export function figureCardStandsAlone(ctx: GenerateContext, f: Figure): boolean {
  const article = ctx.articles.get(f.articleId);
  if (!article) return false;
  return standsAlone(cleanShownText(displayedText(article, f.sentence)).replace(figurePattern(f.raw), '_____'));
}

/** Words in a blanked sentence stem beyond which the blank is lost: cut it or leave it. */
const STEM_WORDS = 40;

/**
 * The report as a figure's stem names it. "20 Killed in Philippines Earthquake" is the headline fact, and
 * its label would give the answer: the outlet and the day name the report instead ("a report by Voice of
 * America (October 15, 2013)"); without an outlet, null (not asked).
 */
function figureLabel(ctx: GenerateContext, article: ArticleInput, f: Figure): string | null {
  const label = datedSourceLabel(ctx, article.id);
  if (!givesValue(label, f)) return label;
  // Without its headline the stem must say which event itself ("an earthquake … in the central Philippines");
  // "Officials say more than 160 people have been rescued" does not say which ferry.
  if (!namesAPlace(ctx, article.body.slice(f.sentence.start, f.sentence.end))) return null;
  const outlet = outletName(article.outlet);
  const when = reportWhen(ctx, article.id);
  const plain = outlet && when ? `a report by ${outlet} (${when})` : null;
  return plain && !givesValue(plain, f) ? plain : null;
}

/** Whether a sentence names something beyond its first word that is not a day, a month or a person of the library. */
function namesAPlace(ctx: GenerateContext, sentence: string): boolean {
  const words = sentence.split(/\s+/).slice(1).map((w) => w.replace(/['’]s$/, '').replace(/[^\p{L}-]/gu, ''));
  return words.some((w) => /^\p{Lu}/u.test(w) && !CALENDAR_WORD.test(w) && ![...ctx.people.byId.values()].some((p) => p.name.split(/\s+/).includes(w)));
}

/**
 * Whether a text gives a figure's value, as written or otherwise ("At Least 4 Dead" gives "four deaths").
 *
 * @example
 * givesValue('At Least 4 Dead, 290 Missing After South Korea Ferry Sinks', fourDeaths); // → true
 */
export function givesValue(text: string, f: Figure): boolean {
  return mentionsNumber(text, f.raw) || text.split(/[\s,;:()“”"]+/).some((w) => parseWritten(w)?.value === f.value);
}

/**
 * A figure's sentence as a stem shows it: its pointed places named from its paragraph ("the highest in the
 * constituency [New Territories East]", blind-34), whole, not a caption (it tells the picture, not the story), and
 * short enough that the blank is not lost in it, or else cut before a trailer after the figure ("…, aimed at …",
 * round 16). Null when no such text is left.
 */
function shownToFit(article: ArticleInput, f: Figure, text: string): string | null {
  if (!isWholeSentence(text) || inCaption(article.body, f.sentence)) return null;
  const paragraph = article.body.slice(article.body.lastIndexOf('\n', f.sentence.start) + 1, f.sentence.start);
  const fits = (t: string | null) => !!t && t.split(/\s+/).length <= STEM_WORDS;
  const whole = namePointedPlaces(paragraph, text);
  if (whole && isWholeSentence(whole) && fits(whole)) return whole;
  if (fits(text)) return null;
  const clipped = clipTrailingClause(text, f.raw, STEM_WORDS);
  const named = clipped && namePointedPlaces(paragraph, clipped);
  return named && fits(named) ? named : null;
}

/**
 * "How many Russian troops massed around Ukraine?" — the figure itself never appears. When the
 * extractor's description is not a clause that completes "How many …?" ("people have died of cholera
 * in", "tonnes of medical supplies", a percentage or a sum of money without its own wording), the
 * question shows the sentence (without its dateline) with the figure blanked instead.
 */
function stem(ctx: GenerateContext, f: Figure, article: ArticleInput, typed: boolean): string | null {
  const sentence = article.body.slice(f.sentence.start, f.sentence.end);
  // "Nato has put 8,500 troops on standby" (it was the US, for NATO's force, teachers noted): a disputed status is
  // asked as what the named report says, with the alliance the troops stand by for (statusStem), or not at all.
  if (ctx.conflictsOf(f).some((c) => c.kind === 'status')) {
    const label = figureLabel(ctx, article, f);
    return label ? statusStem(f.about, f.unit, label, sentence) : null;
  }
  // "the 350,000-strong Afghan National Security Forces": the sentence cannot be blanked ("the _____-strong"), the
  // force's name and its size can.
  const force = strengthOf(article.body, f.valueEnd);
  if (force) {
    const label = figureLabel(ctx, article, f);
    return label ? `According to ${label}, how many strong ${force.plural ? 'were' : 'was'} the ${force.name}?` : null;
  }
  const whole = f.about.trim().replace(/[.?!]+$/, '');
  // "killed by collapsing" | "buildings", "killed in the" | "region": asked up to the cut phrase, or not at all.
  const cut = endsMidPhrase(sentence, whole) || !isAskableClause(whole);
  // "killed in the" | "unrest": trimmed back to the clause, then given its event again where the sentence names it.
  const about = withEventPhrase(sentence, cut ? trimCutPhrase(whole) ?? whole : whole);
  const extra = normalise(about).split(' ').filter((w) => w && !normalise(f.unit).split(' ').includes(w));
  // Short descriptions ("troops around Ukraine") make broken questions; the sentence never does.
  // "10-man Haldon Rovers": a figure joined to its noun describes, it does not count ("How many man …?").
  const adjectival = article.body[f.valueEnd] === '-';
  const templated = extra.length >= 3 && !adjectival && !namesPlaceOnlyByPointing(about) && opensItsClause(article, f) && !isRecased(article, f, about)
    && (about !== whole || !isCutShort(article, f, about)) && !endsMidPhrase(sentence, about) && usableClaimant(f.claimant, article.body);
  const body = templated ? figureStemBody(about, f.unit, f.raw) : null;
  if (!body) {
    // Showing a garbled copy's sentence would show its errors too (see cloze).
    if (ctx.isDerivative(article.id)) return null;
    // A translation's quotations are the translator's words, not its speaker's: shown without them, or not at all.
    const own = glossCitySubject(previousSentence(article, f.sentence), figureClause(cleanShownText(displayedText(article, f.sentence))));
    const translated = shownFromTranslation(ctx, article, withRoleHolder(ctx, article.id, own));
    const shown = translated && shownToFit(article, f, translated);
    if (!shown) return null;
    // "On Thursday [July 7, 2011], …": a past weekday is dated from the report's date (blind-26).
    const blanked = glossWeekday(shown.replace(figurePattern(f.raw), '_____'), article.date);
    // "The _____ countries", "in the region", "this latest conflict", a slip of the source: not shown.
    if (!standsAlone(blanked)) return null;
    // The sentence is that report's account on its day, said to be so: "has killed more than _____ since
    // 2014" and "this latest conflict" are read against the report's date, and its headline names the event.
    const label = figureLabel(ctx, article, f);
    if (!label) return null;
    // A speaker's figure is asked as theirs, so a student who knows another estimate is not marked wrong.
    const claimant = claimantShown(ctx, f, shown, article.body);
    // "According to the PM …, he confirmed _____" beside "Italian Prime Minister Giorgia Meloni": a role with no
    // name, standing for the "he" of the sentence, leaves which prime minister to guess.
    if (claimant && /^the\s/.test(claimant) && !ctx.people.resolve(claimant) && /\b(?:he|she|his|her)\b/i.test(blanked)) return null;
    if (claimant) return `According to ${claimant} in ${label}, ${typed ? 'type the figure that completes this sentence:' : 'which figure completes this sentence?'} ${blanked}`;
    const from = ` in ${label}`;
    return `${typed ? `Type the figure that completes this sentence${from}:` : `Which figure completes this sentence${from}?`} ${blanked}`;
  }
  // "How many people have reported injuries?" names neither the event nor the report (blind-22): the report
  // and its day say which earthquake.
  const label = figureLabel(ctx, article, f);
  if (!label) return null;
  const lowered = `${body.charAt(0).toLowerCase()}${body.slice(1)}`;
  const asked = f.claimant ? `According to ${f.claimant} in ${label}, ${lowered}` : `According to ${label}, ${lowered}`;
  // "Nearly 30" is quoted as written: "about" would misquote it (blind-25).
  const written = hedgeAsWritten(article, f) ?? f.qualifier;
  const hedge = written ? ` (The article says “${written} …”.)` : '';
  return `${asked}${hedge}`;
}


/**
 * Values that other reports give for this figure, or that the article gives for other figures in the
 * same unit: offering one of them, or accepting it as typed, would make two answers defensible.
 */
function otherValues(ctx: GenerateContext, f: Figure): number[] {
  const out: number[] = [];
  for (const s of ctx.reportsOf(f)) if (s.kind === 'figure') out.push(s.value);
  for (const c of ctx.conflictsOf(f)) {
    for (const cl of c.claims) {
      const written = parseWritten(cl.says)?.value;
      const n = written ?? Number(cl.says.replace(/[^\d.]/g, ''));
      if (cl.says.match(/\d/) && Number.isFinite(n)) out.push(n);
    }
  }
  for (const o of factsOfArticle(ctx.figures, f.articleId)) {
    if (o.id !== f.id && normalise(o.unit) === normalise(f.unit)) out.push(o.value);
  }
  for (const g of disagreeingFigures(ctx, f)) out.push(g.value);
  return out.filter((v) => !sameValue(v, f.value));
}

/** Shares under 100 % have no neighbour at or above 100 %; growth rates ("118%") may. */
function ceilingOf(f: Figure, kind: FigureKind): number | undefined {
  return kind === 'percent' && f.value < 100 && !/points?$/i.test(f.unit.trim()) ? 100 : undefined;
}

/**
 * Three options of a shuffled list with at least one on each side of the answer, so that the answer is
 * never the smallest or largest of the four ("Two million" beside three, four and five million).
 */
function bothSides<T extends { value: number }>(shuffled: T[], answer: number): T[] {
  const picks = shuffled.slice(0, 3);
  for (const below of [true, false]) {
    const side = (c: T) => (below ? c.value < answer : c.value > answer);
    if (picks.some(side)) continue;
    const other = shuffled.find(side);
    const swap = picks.findIndex((c) => picks.filter((d) => side(d) === side(c)).length > 1);
    if (other && swap >= 0) picks[swap] = other;
  }
  return picks;
}

/** How far apart (the larger over the smaller) any two options of an approximate figure stand. */
const APPROXIMATE_RATIO = 1.5;

/** How far (a share of the claim) an option keeps from a figure a speaker claims. */
const CLAIM_GAP = 0.25;

function figureChoice(ctx: GenerateContext, f: Figure): Question | null {
  // "At least 150 killed" makes "at least 120" true as well: a bound's smaller (or, for "up to", larger)
  // options are also right, and options on one side only give the answer away. The typed question asks it.
  if (isBound(f.qualifier)) return null;
  const ok = askableFigure(ctx, f, true);
  if (!ok) return null;
  const prompt = stem(ctx, f, ok.article, false);
  if (!prompt || mentionsNumber(prompt, f.raw)) return dropped(ctx, f.id, 'figure:no-stem', null);
  const hedged = HEDGES.has(f.qualifier);
  const approximate = isApproximate(ok.article, f, ok.parsed);
  // "about ten" against nine, twelve, thirteen splits hairs: a hedged handful is not asked as a choice.
  if ((hedged || approximate) && ok.parsed.value <= 12) return null;
  // Nor is an option a number the stem itself gives ("insist _____ … only six"), nor, for a hedged
  // figure, one within a fifth of it; nor, for a speaker's claim, one within a quarter: another source's
  // estimate of a toll or a crowd lies that near (blind-32: Najib's 150,000 beside the 120,000 others give).
  const gap = Math.max(hedged ? 0.2 : 0, f.claimant ? CLAIM_GAP : 0);
  const near = nearbyWritten(ok.parsed, { below: ceilingOf(f, ok.kind), asAmount: ok.kind !== 'count', avoid: otherValues(ctx, f) })
    .filter((c) => !mentionsNumber(prompt, c.text) && Math.abs(c.value - ok.parsed.value) >= gap * ok.parsed.value)
    .filter((c) => !approximate || spacedApart([c.value, ok.parsed.value], APPROXIMATE_RATIO));
  // Options that can only be smaller (a share near 100 %, "$960 million" kept under a billion) would
  // make the answer the largest every time: the typed question asks it instead.
  if (!near.some((c) => c.value > ok.parsed.value) || !near.some((c) => c.value < ok.parsed.value)) return null;
  const chosen = bothSides(seededShuffle(near, `${ctx.seed}|figure|${f.id}`), ok.parsed.value);
  // "around five thousand" beside four and six thousand (blind-34): the true margin, about 5,500, makes
  // "six thousand" as defensible. An approximate figure is asked only with options half again apart, each
  // from every other, or not as a choice (the neighbours offered today, half to twice it, seldom allow it).
  if (approximate && !spacedApart([ok.parsed.value, ...chosen.map((c) => c.value)], APPROXIMATE_RATIO)) return dropped(ctx, f.id, 'figure:approximate-close', null);
  const picks = chosen.map((c) => caseLike(f.raw, c.text));
  if (new Set([f.raw, ...picks].map(normalise)).size < 4) return null;
  return finishQuestion(ctx, {
    kind: 'figure-choice',
    prompt,
    answer: f.raw,
    distractors: picks,
    choiceType: 'number',
    sources: [{ article: f.articleId, start: f.sentence.start, end: f.sentence.end }],
    lead: `The article gives ${givenAs(ok.article, f)}.`,
    factIds: [f.id],
    factContent: `${f.articleId}|${normalise(f.about)}|${f.value}|${normalise(f.unit)}`,
    base: 0.4,
    similarity: 0.5,
    recurrence: f.supportedBy.length,
    personIds: f.claimant ? [ctx.people.resolve(f.claimant)].filter((x): x is string => !!x) : [],
    places: [],
  });
}

/** "1 decimal place", "2 decimal places" in words, so that no digit of the prompt can echo the answer. */
const PLACES = ['', 'one decimal place', 'two decimal places', 'three decimal places'];

/**
 * What the student types and how close it must be, in words for the prompt and as the unit of
 * `numeric`: "Type the amount in billions of US dollars; answers within 0.2 of the reported figure
 * are accepted." The typed number is the figure in the scale it is written in (4.5 for "$4.5bn").
 */
function typedInstruction(f: Figure, parsed: WrittenNumber, kind: FigureKind, tolerance: number): { text: string; unit: string } {
  const places = decimalPlaces(parsed.style);
  const tol = parsed.style.kind === 'grouped' && Number.isInteger(tolerance) ? formatLike(tolerance, parsed.style) : String(tolerance);
  const within = `answers within ${tol}`;
  const scale = scaleName(parsed);
  if (kind === 'percent') {
    const points = /points?$/i.test(f.unit.trim());
    const what = points ? 'the number of percentage points' : 'the percentage';
    const pointWord = tolerance === 1 ? 'percentage point' : 'percentage points';
    if (tolerance > 0) return { text: `Type ${what}; ${within} ${pointWord} of the reported figure are accepted.`, unit: f.unit };
    const exact = places === 0 ? 'as a whole number' : `to ${PLACES[places] ?? `${places} decimal places`}`;
    return { text: `Type ${what} ${exact}; only the exact figure is accepted.`, unit: f.unit };
  }
  if (kind === 'money') {
    const currency = /^money$/i.test(f.unit.trim()) ? '' : f.unit.trim();
    const what = scale ? `${scale}s${currency ? ` of ${currency}` : ''}` : currency;
    const inWhat = what ? ` in ${what}` : '';
    const unit = [scale, currency || 'money'].filter(Boolean).join(' ');
    if (tolerance === 0) return { text: `Type the exact amount${inWhat}.`, unit };
    return { text: `Type the amount${inWhat}; ${within} of the reported figure are accepted.`, unit };
  }
  const inScale = scale ? ` in ${scale}s` : '';
  const unit = scale ? `${scale} ${f.unit}` : f.unit;
  if (tolerance === 0) return { text: `Type the exact number${inScale}.`, unit };
  return { text: `Type ${scale ? `the number${inScale}` : 'a number'}; ${within} of the reported figure are accepted.`, unit };
}

/** Qualifiers that state one side of a range ("more than", "up to"): the figure is the bound itself. */
const BOUNDS: ReadonlySet<Figure['qualifier']> = new Set(['more than', 'less than', 'up to', 'at least', 'over', 'between']);

/**
 * Whether a figure's qualifier bounds it, so that any typed margin would cross the bound.
 *
 * @example
 * isBound('more than'); // → true
 * isBound('about'); // → false
 */
export function isBound(qualifier: Figure['qualifier']): boolean {
  return BOUNDS.has(qualifier);
}

function figureNumeric(ctx: GenerateContext, f: Figure): Question | null {
  const ok = askableFigure(ctx, f, true);
  // Typing "eight" against a number field is a spelling test, not a figure test.
  if (!ok || ok.parsed.style.kind === 'word') return null;
  const factor = ok.parsed.form?.factor ?? 1;
  const amount = ok.parsed.form?.amount ?? ok.parsed.value;
  const places = decimalPlaces(ok.parsed.style);
  // Another figure of the article within the tolerance would be accepted too: narrow it until none is.
  const others = otherValues(ctx, f).map((v) => v / factor);
  // "more than 13,000" is a bound, not an estimate: a symmetric margin would accept 12,000, which the
  // article rules out, so a bounded figure is typed exactly as written. "about", "estimated" hedge it.
  const approximate = isApproximate(ok.article, f, ok.parsed);
  let tolerance = isBound(f.qualifier) ? 0 : typedTolerance(ok.parsed, ok.kind, f.qualifier !== null || approximate);
  while (tolerance > 0 && others.some((v) => Math.abs(v - amount) <= tolerance * (1 + 1e-9))) tolerance = smallerTolerance(tolerance, places);
  // "evacuated about _____ people … Type the exact number": an estimate is not typed to the unit.
  if (tolerance === 0 && approximate) return dropped(ctx, f.id, 'figure:approximate-exact', null);
  const body = stem(ctx, f, ok.article, true);
  if (!body) return dropped(ctx, f.id, 'figure:no-stem', null);
  const instruction = typedInstruction(f, ok.parsed, ok.kind, tolerance);
  const prompt = `${body} ${instruction.text}`;
  if (mentionsNumber(prompt, f.raw)) return dropped(ctx, f.id, 'figure:stem-gives-it', null);
  const counted = countedNoun(ok.article, f);
  const unitWords = ok.parsed.form?.currency || ok.parsed.form?.percent ? '' : ` ${counted}`;
  return finishQuestion(ctx, {
    kind: 'figure-numeric',
    prompt,
    answer: f.raw,
    distractors: [],
    choiceType: 'number',
    numeric: { value: amount, tolerance, unit: ok.parsed.form ? instruction.unit : counted },
    sources: [{ article: f.articleId, start: f.sentence.start, end: f.sentence.end }],
    lead: `The article gives ${givenAs(ok.article, f)}${unitWords}.`,
    factIds: [f.id],
    factContent: `${f.articleId}|${normalise(f.about)}|${f.value}|${normalise(f.unit)}|${tolerance}`,
    base: 0.6,
    similarity: 0,
    recurrence: f.supportedBy.length,
    personIds: f.claimant ? [ctx.people.resolve(f.claimant)].filter((x): x is string => !!x) : [],
    places: [],
  });
}

/**
 * Figure questions (multiple choice and typed) for every askable figure.
 *
 * @example
 * figureQuestions(ctx).find((q) => q.kind === 'figure-numeric')?.numeric; // { value: 100000, tolerance: 10000, unit: 'troops' }
 * // "$4.5bn" → { value: 4.5, tolerance: 0.2, unit: 'billion US dollars' }, prompt "… Type the amount in billions of US dollars; answers within 0.2 …"
 */
export function figureQuestions(ctx: GenerateContext): Question[] {
  const out: Question[] = [];
  for (const f of ctx.figures) {
    const c = figureChoice(ctx, f);
    if (c) out.push(c);
    const n = figureNumeric(ctx, f);
    if (n) out.push(n);
  }
  return out;
}
