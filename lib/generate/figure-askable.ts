/** Whether a figure may be asked at all: trusted, precise, written out in a sentence that stands on its own. */
import { isOpenSpanToll } from './open-span';
import type { Figure } from '@/lib/extract/types';
import { factsOfArticle, type GenerateContext } from './context';
import { dropped } from './trace';
import { parseWritten, statedNumbers, type WrittenNumber } from './numbers';
import { datelineSpan, displayedText } from './dateline';
import { inSlippedParagraph, needsPrevious, roleSubject } from './body-lines';
import { disagreeingFigures } from './figure-conflicts';
import { shortHeadline } from './labels';
import { namedIn } from './story';
import { sentencesOf } from './evidence';
import { restatesEarlierCount } from './figure-wording';
import { containsWords, escapeRegExp } from './text';
import { isTrivialBlank, isVagueCount } from './figure-trivia';
import { isGoodwillTally } from './figure-tallies';
import { isBackgroundSum, isMinorSumAmongMany, isPartOfPackage } from './background-sums';
import { hasRivalClaim, sameValue } from './figure-rivals';
import { figurePattern } from './figure-pattern';
import { namesItsEvent } from './figure-event-names';
import { isDisowned } from './figure-disowned';

/** What a figure measures, which decides how its near misses and its tolerance are written. */
export type FigureKind = 'count' | 'money' | 'percent';

const MONEY_UNIT = /(?:^|\s)(?:dollars?|euros?|pounds|yen|yuan|renminbi|rupees|pesos|francs|krona|kronor|kroner|crowns|roubles|rubles|reais|rand|money)$/i;
const PERCENT_UNIT = /^(?:percent|per cent|%|percentage points?)$/i;

function kindOf(f: Figure, parsed: WrittenNumber): FigureKind {
  if (parsed.form?.currency || MONEY_UNIT.test(f.unit.trim())) return 'money';
  if (parsed.form?.percent || PERCENT_UNIT.test(f.unit.trim())) return 'percent';
  return 'count';
}

/** A link list or a photo credit, not the story: "- ^ Vital Signs: … (theconversation.com)". */
const JUNK_LINE = /^[-–•^*>|]|\((?:[\w-]+\.)+(?:com|org|net|gov|edu|au|uk|nz|ca|ru|ua|int)\)|^(?:Photo|Image|Picture|Caption|Credit)\b/i;
/** Words before a number that make it a name, not a count. */
const LABEL_BEFORE = /\b(?:round|phase|stage|article|chapter|section|no\.?|number|level|grade|flight|route|expedition|page|columns?|paragraph|tier|category|class|type|lot|ward|district|zone|resolution|g|covid|world war|magnitude|level)[\s-]*$/i;

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
  // "shook hands with more than 20,000 soldiers": a visit's goodwill counted, not its substance (blind-55 to 57).
  if (isGoodwillTally(article, f)) return dropped(ctx, f.id, 'figure:goodwill-tally', null);
  // "RUSAL has invested $120 million in a joint venture": what cooperation costs, in a leader's list, is no news (blind-48).
  if (kind === 'money' && isBackgroundSum(article.body.slice(f.sentence.start, f.sentence.end), article.title)) return dropped(ctx, f.id, 'figure:background-sum', null);
  if (kind === 'money' && isPartOfPackage(sumOf(article.body, f), sameCurrencySums(ctx, f, parsed))) return dropped(ctx, f.id, 'figure:part-of-package', null);
  if (kind === 'money' && isMinorSumAmongMany(sumOf(article.body, f), paragraphSums(ctx, f, parsed))) return dropped(ctx, f.id, 'figure:minor-sum', null);
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
  // "deny the reports that 147 civilians had been killed", a Gaza toll recalled in a story of Afghanistan (blind-48).
  if (isDisowned(article, f, shown)) return dropped(ctx, f.id, 'figure:not-asserted', null);
  if (UNCONFIRMED.test(article.body.slice(f.sentence.start, next?.end ?? f.sentence.end))) return dropped(ctx, f.id, 'figure:unconfirmed', null);
  return { article, parsed, kind };
}

/** A figure's value with the sentence that gives it. */
function sumOf(body: string, f: Figure): { sentence: string; value: number } {
  return { sentence: body.slice(f.sentence.start, f.sentence.end), value: f.value };
}

/** The report's other sums written in the same currency as `f` ("$"): what a package beside it is measured in. */
function sameCurrencySums(ctx: GenerateContext, f: Figure, parsed: WrittenNumber): { sentence: string; value: number }[] {
  const body = ctx.articles.get(f.articleId)?.body ?? '';
  const currency = parsed.form?.currency;
  if (!currency) return [];
  return factsOfArticle(ctx.figures, f.articleId)
    .filter((g) => g.id !== f.id && parseWritten(g.raw)?.form?.currency === currency)
    .map((g) => sumOf(body, g));
}

/** The values of the sums in `f`'s currency that its paragraph gives, its own among them. */
function paragraphSums(ctx: GenerateContext, f: Figure, parsed: WrittenNumber): number[] {
  const body = ctx.articles.get(f.articleId)?.body ?? '';
  const currency = parsed.form?.currency;
  if (!currency) return [];
  const start = body.lastIndexOf('\n\n', f.sentence.start) + 1;
  const next = body.indexOf('\n\n', f.sentence.end);
  const end = next < 0 ? body.length : next;
  return factsOfArticle(ctx.figures, f.articleId)
    .filter((g) => g.valueStart >= start && g.valueEnd <= end && parseWritten(g.raw)?.form?.currency === currency)
    .map((g) => g.value);
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
export function roleHolder(ctx: GenerateContext, articleId: string, shown: string): { role: string; name: string; said: string } | null {
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
