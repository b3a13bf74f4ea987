/** Cloze flashcards: the cited sentence with the speaker, the place or the figure blanked. */
import type { ArticleInput, Span } from '@/lib/extract/types';
import type { Question } from './types';
import { factsOfArticle, type GenerateContext } from './context';
import type { QuestionDraft } from './build';
import { finishQuestion } from './build';
import { askableFigure } from './figure-askable';
import { figureCardStandsAlone, givesValue } from './figure-prompt';
import { mentionsNumber } from './numbers';
import { cleanShownText } from './clean';
import { meetingViews } from './meetings';
import type { MeetingView } from './meeting-view';
import { inCaption, sentencesOf } from './evidence';
import { isAskableQuote } from './quote-gates';
import { fullQuoteSpan } from './quote-text';
import { displayName } from './people';
import { inSlippedParagraph, isWholeSentence, needsPrevious, tellsSomething } from './body-lines';
import { hostGivesCapital, meetsAtHome } from './place-giveaways';
import { isRangeEnd, wholeRange } from './range-ends';
import { ownPlaceForms } from './place-forms';
import { acceptTag } from '@/lib/grading/accepted-forms';
import { isAskablePlace } from './places';
import { namesHostsOfCapital, namesSeatOfBody, namesStateOfCapital } from './capital-clues';
import { displayedText } from './dateline';
import { stemFrame } from './frames';
import { outletName, sourceLabel } from './labels';
import { hasCalendarDate, longDate } from './dates';
import { containsWords, escapeRegExp, normalise } from './text';

import { stemVoice, unsaidReferent, voiceWords } from './stem-voice';
import { memoByObject } from './memo';
import { isLonePressOccasion } from './press-occasion';

export const BLANK = '_____';
/** Words beyond which a card's blank is lost in its sentence. */
const CARD_WORDS = 40;

/** Every whole-word occurrence of any of `forms`, longest first, replaced by the blank. */
const formPatterns = new Map<string, RegExp>();

/** Whole words only, and never a piece of a longer number ("5%" inside "5.5%"); compiled once per form. */
function formPattern(form: string): RegExp {
  let re = formPatterns.get(form);
  if (!re) formPatterns.set(form, (re = new RegExp(`(?<![\\p{L}\\p{N}]|\\p{N}[.,])${escapeRegExp(form)}(?![\\p{L}\\p{N}]|[.,]\\p{N})`, 'giu')));
  re.lastIndex = 0;
  return re;
}

function blankOut(text: string, forms: string[]): { text: string; found: string | null } {
  let found: string | null = null;
  let out = text;
  for (const form of [...forms].sort((a, b) => b.length - a.length)) {
    // Cheap test first: most forms are not in the sentence at all.
    if (!out.toLowerCase().includes(form.toLowerCase())) continue;
    out = out.replace(formPattern(form), (m) => {
      found ??= m;
      return BLANK;
    });
  }
  return { text: out, found };
}

type ClozeBase = Omit<QuestionDraft, 'kind' | 'prompt' | 'answer' | 'distractors' | 'sources' | 'back' | 'choiceType'>;

/**
 * `stillShows` tells whether the blanked text still gives the answer away: whole words for names and
 * places, the digits standing alone for a figure (so "4%" may be blanked beside "4.25%").
 */
function cloze(
  ctx: GenerateContext, articleId: string, span: Span, forms: string[], rest: ClozeBase,
  stillShows: (text: string, answer: string) => boolean = containsWords,
  promptLead?: string,
): Question | null {
  const article = ctx.articles.get(articleId);
  // A card shows its whole sentence as fact; a garbled copy's sentences carry its errors.
  // A paragraph a machine translation garbled is not shown as fact either.
  if (!article || ctx.isDerivative(articleId) || inSlippedParagraph(article, span)) return null;
  // The card shows the sentence without its dateline: a blank there ("_____ (Reuters) —") tests the byline.
  const sentence = cleanShownText(displayedText(article, span));
  // A photo caption describes a picture, and its line ends on the credit ("… on April 12, 2011. Image: NASA
  // Bill Ingalls.", blind-33): cut from it, a card shows what the story never told as its own.
  if (inCaption(article.body, span)) return null;
  // A card shown alone must hold its own subject ("The first such meeting was held …" does not), and be whole.
  // Nor so long that the blank is lost in it.
  if (needsPrevious(sentence) || !isWholeSentence(sentence) || sentence.split(/\s+/).length > CARD_WORDS) return null;
  // "… at the Paris talks were dozens of The Conversation's authors": the outlet writing about itself is
  // not the news (round 8).
  const outlet = outletName(article.outlet);
  if (outlet && outlet.split(/\s+/).length >= 2 && containsWords(sentence, outlet.replace(/^The\s+/, ''))) return null;
  const { text, found } = blankOut(sentence, forms);
  // "US Envoy for North Korea Talks Visits Beijing" over "… is in _____": the card's source label answers it.
  if (!found || stillShows(text, found) || containsWords(article.title, found)) return null;
  const frame = stemFrame(ctx, articleId, text, false, found);
  if (!frame) return null;
  // "We have just ended substantive talks with … Xi Jinping, who arrived in _____ today": who "we" are is
  // said by the transcript's speaker, named in the stem; "I met him …" or "here" with no one and nowhere named
  // is not a card.
  // A speaker's card: "_____ noted in his speech" points at the blank itself, and the quotation's "we" is its own.
  // A card that is one whole quotation ("“… we will speak more after our meeting in _____.”") speaks as its
  // speaker all through: its "we" is read as if unquoted, so the stem names who speaks or the card is not made.
  const wholeQuote = /^[“"]/.test(text.trim()) && /[”"]$/.test(text.trim().replace(/[.!?]$/, ''));
  const unsaid = rest.factContent.startsWith('speaker|') ? null : unsaidReferent(wholeQuote ? text.replace(/[“”"]/g, '') : text);
  const voice = unsaid === 'speaker' ? stemVoice(ctx, articleId, span) : null;
  if (unsaid && (!voice || promptLead)) return null;
  const from = voice ? `${voiceWords(voice)}, in ${frame}` : frame;
  const cited = voice?.span && voice.span.start !== span.start ? [{ article: articleId, ...voice.span }] : [];
  return finishQuestion(ctx, {
    ...rest,
    kind: 'cloze',
    // The report named, and dated when known: a card seen alone needs its frame ("After the Geneva talks …
    // Wednesday" read as a plain fact, blind-25/26).
    prompt: `${promptLead ?? `Fill in the blank, from ${from}:`} ${text}`,
    answer: found,
    distractors: [],
    choiceType: 'text',
    sources: [{ article: articleId, ...span }, ...cited],
    back: sentence,
  });
}

/** A blank with no role around it: right after a quotation and before its "said", or ending "…," said Mr. _____. */
const BARE_SPEAKER_BLANK = /[”"’']\s*_____\s+(?:said|says|added|told)\b|\b(?:said|says|added)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?_____\s*[.!]?\s*$/;

/**
 * Whether a speaker carries the story: quoted in two reports or more, or named in a headline. A name from
 * one report (a sergeant's, a resident's) is a guess to type, not a fact learnt; blind reviewers sent every
 * one back, even a sergeant quoted twice in his own feature.
 */
function carriesTheStory(ctx: GenerateContext, speakerId: string): boolean {
  return storyCarriers(ctx).has(speakerId);
}

/** Every speaker who carries a story, worked out once per library: one pass over the quotes, not one per quote. */
const storyCarriers = memoByObject(function storyCarriers(ctx: GenerateContext): ReadonlySet<string> {
  const reports = new Map<string, Set<string>>();
  for (const q of ctx.quotes) if (q.speakerId) reports.set(q.speakerId, (reports.get(q.speakerId) ?? new Set()).add(q.articleId));
  const titles = [...ctx.articles.values()].map((a) => a.title);
  const out = new Set<string>();
  for (const [id, articles] of reports) {
    const surnames = ctx.people.spellings(id).map((f) => f.split(/\s+/).pop() ?? f);
    if (articles.size >= 2 || titles.some((t) => surnames.some((n) => n.length > 2 && containsWords(t, n)))) out.add(id);
  }
  return out;
});

/** Whether the report's headline or its source label names the person, as who-said stems are checked (quotes.ts). */
function namedByOwnTitle(ctx: GenerateContext, articleId: string, personId: string): boolean {
  const title = ctx.articles.get(articleId)?.title ?? '';
  return ctx.people.isMentionedIn(personId, title) || ctx.people.isMentionedIn(personId, sourceLabel(ctx, articleId).label);
}

/**
 * One cloze card per askable quote (speaker blanked), meeting (place blanked) and figure (number blanked).
 *
 * @example
 * clozeQuestions(ctx)[0]?.prompt; // 'Fill in the blank: “…,” _____ said.'
 */
export function clozeQuestions(ctx: GenerateContext): Question[] {
  const out: Question[] = [];
  const push = (q: Question | null) => q && out.push(q);
  // “…,” _____ said. with a bare surname to type: the card says nothing of who the speaker is, so the
  // blank is a guess at a name, not a fact learnt.
  const bareSpeaker = (text: string, answer: string) => containsWords(text, answer) || (!/\s/.test(answer.trim()) && BARE_SPEAKER_BLANK.test(text));
  for (const q of ctx.quotes) {
    if (!isAskableQuote(ctx, q) || !q.speakerId || !carriesTheStory(ctx, q.speakerId)) continue;
    // "Tokayev's statement for the press …" over "… Kassym-Jomart _____: …": the headline answers the card (blind-46).
    if (namedByOwnTitle(ctx, q.articleId, q.speakerId)) continue;
    // "Senior Airman Brandon Smith": the rank stays in the sentence, the name is blanked.
    const forms = [...new Set(ctx.people.spellings(q.speakerId).map((f) => displayName({ name: f })))];
    push(cloze(ctx, q.articleId, fullQuoteSpan(ctx, q), forms, {
      lead: `The speaker is ${q.speaker}.`,
      factIds: [q.id],
      factContent: `speaker|${q.articleId}|${normalise(q.text)}`,
      base: 0.3, similarity: 0, recurrence: q.supportedBy.length,
      personIds: [q.speakerId], places: [],
    }, bareSpeaker));
  }
  for (const v of [...meetingViews(ctx).values()].flat()) {
    const m = v.m;
    // "the Submarine Support complex": a place the lists do not know may be half of a name.
    if (!v.place || !isAskablePlace(v.place) || !ctx.isTrusted(m)) continue;
    // Where a spokesman told the news is no fact of the story (meeting-where.ts).
    if (isLonePressOccasion(ctx, m, v.name)) continue;
    // "meeting in Ethiopia’s capital, _____": the sentence gives the place away; so does "India's prime minister and
    // defense minister … are to meet in _____" (blind-31: a guess at where a state's leaders meet, not a reading).
    const said = v.article.body.slice(m.sentence.start, m.sentence.end);
    if ((/\bcapital\b/i.test(said) && namesStateOfCapital(said, v.place)) || namesHostsOfCapital(said, v.place)) continue;
    // "the United Nations headquarters in _____": where a body sits is known without the article, and said by it.
    if (namesSeatOfBody(said, v.place)) continue;
    // "Foreign Secretary hosts …" over "… Dialogue in _____": a host meets at home (blind-34).
    if (hostGivesCapital(`${v.article.title} ${said}`, v.place)) continue;
    // "Mr. Karzai met in _____ with visiting senators": the one state of the people who met gives its capital.
    // A summit named after its town ("the London Summit") is named by the report, not guessed from who met.
    const atThePlace = new RegExp(`\\b(?:in|to|at)\\s+${escapeRegExp(v.place)}(?![\\p{L}])`, 'u').test(said);
    if (atThePlace && meetsAtHome(ctx, m.participants.map((p) => ctx.people.resolve(p)).filter((id): id is string => !!id), v.place)) continue;
    // "in _____, Colombia": the country after the blank gives its capital away.
    if (new RegExp(`${escapeRegExp(v.place)},\\s+\\p{Lu}`, 'u').test(said)) continue;
    // "in _____ D.C.", "in _____, D.C.": the rest of the place's name gives it away.
    if (new RegExp(`${escapeRegExp(v.place)},?\\s+D\\.?\\s?C\\b`, 'u').test(said)) continue;
    const card = cloze(ctx, m.articleId, m.sentence, [v.place], {
      lead: `The place is ${v.place}.`,
      factIds: [m.id],
      factContent: `place|${m.articleId}|${normalise(m.what)}|${normalise(v.place)}`,
      base: 0.3, similarity: 0, recurrence: m.supportedBy.length,
      personIds: [], places: [v.place],
    });
    // "New Delhi" typed as the article's own "Delhi" is right (blind-35): the grader reads these tags.
    if (card) card.tags.push(...ownPlaceForms(v.article.body, card.answer).map(acceptTag));
    push(card);
  }
  for (const f of ctx.figures) {
    // "At Least 4 Dead …" over "… with _____ confirmed deaths": the label gives the answer in other words.
    if (!askableFigure(ctx, f) || !figureCardStandsAlone(ctx, f) || givesValue(ctx.articles.get(f.articleId)?.title ?? '', f)) continue;
    // "between _____ and 6,000": the other end of the range stays and gives the blank away (blind-35).
    if (isRangeEnd(ctx.articles.get(f.articleId)?.body.slice(f.sentence.start, f.sentence.end) ?? '', f.raw)) continue;
    push(cloze(ctx, f.articleId, f.sentence, [f.raw], {
      lead: `The figure is ${f.raw}.`,
      factIds: [f.id],
      factContent: `figure|${f.articleId}|${normalise(f.about)}|${f.value}`,
      base: 0.45, similarity: 0, recurrence: f.supportedBy.length,
      personIds: [], places: [],
    }, mentionsNumber));
  }
  for (const v of [...meetingViews(ctx).values()].flat()) push(firstSinceCard(ctx, v));
  for (const article of ctx.articles.values()) push(ledeDateCard(ctx, article));
  return out;
}

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
const WEEKDAY = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
/** "Wednesday", "Wednesday (Jan 26)", "Monday, January 10", "March 11": a day the lede dates its news by. */
const DAY_EXPR = new RegExp(`\\b(?:(?:${WEEKDAY})(?:,?\\s+(?:${MONTHS})\\.?\\s+\\d{1,2}\\b|,?\\s+\\d{1,2}\\s+(?:${MONTHS})\\b|\\s*\\((?:${MONTHS})\\.?\\s+\\d{1,2}\\))?|(?:${MONTHS})\\.?\\s+\\d{1,2}\\b)`);
/** Opening sentences searched for the day the news happened. */
const LEDE_SENTENCES = 3;

/**
 * The day the news happened, from the article's opening: "The Biden administration and NATO told Russia
 * on _____ there will be no … concessions". Not from a sentence another card already dates (a meeting's).
 */
function ledeDateCard(ctx: GenerateContext, article: ArticleInput): Question | null {
  if (ctx.isDerivative(article.id)) return null;
  const meetingSentences = new Set((meetingViews(ctx).get(article.id) ?? []).map((v) => v.m.sentence.start));
  const title = normalise(article.title);
  const lede: { start: number; end: number }[] = [];
  for (const s of sentencesOf(article.body)) {
    if (lede.length >= LEDE_SENTENCES) break;
    // "Hôtel du Parc des Eaux-Vives • Geneva, Switzerland • June 16 • 7:20 P.M.": a transcript's header line is no news.
    if (normalise(article.body.slice(s.start, s.end)) !== title && displayedText(article, s).split(/\s+/).length >= 8 && tellsSomething(displayedText(article, s))) lede.push(s);
  }
  for (const s of lede) {
    const shown = displayedText(article, s);
    // "Volume 557: debated on Tuesday 22 January 2013": a page's header line is not the news.
    if (/^[^.:]{0,40}:\s/.test(shown)) continue;
    // "Rumsfeld is greeted by … on April 14. Photo by Robin Hicks": a photo's caption dates the picture (blind-41).
    if (inCaptionParagraph(article.body, s)) continue;
    const found = DAY_EXPR.exec(shown)?.[0];
    // A bare weekday is trivia; "Wednesday (Jan 26)" asks its date, so the typed answer is a date.
    const day = found && hasCalendarDate(found) ? (/\(([^)]+)\)/.exec(found)?.[1] ?? found) : null;
    // A day inside a quotation is the speaker's, and a sentence that holds a meeting is asked about as one.
    if (!day || meetingSentences.has(s.start) || /[“"][^”"]*$/.test(shown.slice(0, shown.indexOf(day)))) continue;
    // The day of the news, not of a detail: "have arrived in Chad since _____" (when an influx began),
    // "made great progress since Hurricane Maria hit on _____", a photo caption's ", Sept. 10, 2020."
    if (!isNewsDay(shown, shown.indexOf(found ?? day))) continue;
    // "Hanoi, Vietnam _____ – 30": one end of a range is never blanked alone (blind-35), the whole range is.
    const range = wholeRange(shown, day);
    if (!range && isRangeEnd(shown, day)) continue;
    // "Jan 26" in a library that spans years names no day: the card says the year ("26 January 2022"),
    // from the report's date, and the typed answer stays the words the sentence shows.
    const full = withYear(day, article.date ?? null) ?? yearFromWeekday(found ?? '', article.body, storyYears(ctx, article.id));
    if (!full) continue;
    // "(a day in January 2022)" invited a lone "26", which grading rightly refuses (blind-30): say what to type.
    const by = article.date ? `by the report’s date (${longDate(article.date)})` : `the year in which it is a ${found?.split(/\W/)[0]}`;
    return cloze(ctx, article.id, s, [range ?? day], {
      lead: range ? `The days are ${range}, from ${full}, ${by}.` : `The day is ${day}: ${full}, ${by}.`,
      factIds: [],
      factContent: `lede-day|${article.id}|${normalise(shown)}`,
      base: 0.35, similarity: 0, recurrence: 1,
      personIds: [], places: [],
    }, containsWords, `Fill in the blank with the ${range ? 'days' : 'day'} and month (${range ? 'dates' : 'a date'} in ${full.replace(/^\d+ /, '')}), from ${sourceLabel(ctx, article.id).label}:`);
  }
  return null;
}

/** A photographer's credit: "Photo by Robin Hicks", "DoD photo by …", "(AP Photo/…)", "Photo: …". */
const PHOTO_CREDIT = /\bphoto(?:graph)?\s+(?:by|courtesy|credit)\b|\bphoto:\s|\(\s*[\p{L}.\s]{0,20}photo\b/iu;

/** Whether the sentence stands in a paragraph that carries a photo credit: a caption. */
function inCaptionParagraph(body: string, s: { start: number; end: number }): boolean {
  const from = body.lastIndexOf('\n\n', s.start);
  const to = body.indexOf('\n\n', s.end);
  return PHOTO_CREDIT.test(body.slice(from < 0 ? 0 : from, to < 0 ? body.length : to));
}

/** Words that make a day the time of something else: the start of an influx, the storm before the relief. */
const DETAIL_DAY = /\b(?:since|until|till|after|before|following|from|by|as of)\b[^.;]{0,50}$/i;

/**
 * Whether the day at `at` is when the sentence's news happened: not bound by "since", "after", "until", "as
 * of" (a when-question about a detail, blind-26), and not a caption's trailing ", Sept. 10, 2020."
 *
 * @example
 * isNewsDay('The United States on Wednesday (Jan 26) rejected …', 18); // → true
 * isNewsDay('More than 5,000 refugees have arrived in southern Chad since December 27.', 58); // → false
 */
export function isNewsDay(sentence: string, at: number): boolean {
  if (at < 0) return false;
  if (DETAIL_DAY.test(sentence.slice(Math.max(0, at - 50), at))) return false;
  return !/,\s*$/.test(sentence.slice(0, at)) || !/^[^,;]*,?\s*\d{4}\.?\s*$/.test(sentence.slice(at));
}

/**
 * An undated report's "Wednesday (Jan 26)" with its year: the first year, from the latest one the report
 * mentions, in which that day is that weekday. Null without a weekday or a year to start from.
 *
 * @example
 * yearFromWeekday('Wednesday (Jan 26)', 'The first meeting since 2019 …'); // → '26 January 2022'
 */
export function yearFromWeekday(found: string, body: string, known: number[] = []): string | null {
  const wd = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/.exec(found)?.[1];
  const years = [...body.matchAll(/\b(19[5-9]\d|20\d\d)\b/g)].map((m) => Number(m[1]));
  if (!wd || (!years.length && !known.length)) return null;
  const latest = years.length ? Math.max(...years) : null;
  // The years the story's dated meetings fall in first, then the latest the report mentions and the three after.
  const candidates = [...new Set([...known, ...(latest ? [latest, latest + 1, latest + 2, latest + 3] : [])])];
  for (const y of candidates) {
    const full = withYear(found, `${y}-06-15`);
    const m = full && /^(\d+) (\w+) (\d{4})$/.exec(full);
    if (!m) return null;
    const date = new Date(Date.UTC(y, MONTH_NAMES.indexOf(m[2] ?? ''), Number(m[1])));
    if (date.toLocaleDateString('en-GB', { weekday: 'long', timeZone: 'UTC' }) === wd) return `${m[1]} ${m[2]} ${y}`;
  }
  return null;
}

/** The years in which this report's meetings are dated, then those other reports of the same meetings give. */
function storyYears(ctx: GenerateContext, articleId: string): number[] {
  // From the per-article index: a filter over the library's meetings per card was quadratic.
  const mine = factsOfArticle(ctx.meetings, articleId);
  const yearsOf = (ms: { date?: string | null }[]) => ms.map((m) => m.date).filter((d): d is string => !!d).map((d) => Number(d.slice(0, 4))).sort();
  // The report's own dates first: another report clustered with it may be of another year.
  return [...new Set([...yearsOf(mine), ...yearsOf(mine.flatMap((m) => ctx.reportsOf(m)).map((m) => ({ date: 'date' in m ? (m.date as string | null) : null })))])];
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A written day with its year, from the report's date: the year of the nearest such day to it. Null
 * when the report is undated or the text gives no month and day.
 *
 * @example
 * withYear('Jan 26', '2022-01-27'); // → '26 January 2022'
 * withYear('December 30', '2022-01-02'); // → '30 December 2021'
 */
export function withYear(day: string, reportDate: string | null): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(reportDate ?? '');
  const md = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})\b/i.exec(day) ?? null;
  const dm = md ? null : /\b(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*/i.exec(day);
  if (!m || (!md && !dm)) return null;
  const month = MONTH_NAMES.findIndex((n) => n.slice(0, 3).toLowerCase() === (md?.[1] ?? dm?.[2] ?? '').toLowerCase());
  const date = Number(md?.[2] ?? dm?.[1]);
  const reportMonth = Number(m[2]) - 1;
  // Six months or more from the report's month: the nearer year ("December 30" in a January report).
  const year = Number(m[1]) + (month - reportMonth > 6 ? -1 : reportMonth - month > 6 ? 1 : 0);
  return month < 0 ? null : `${date} ${MONTH_NAMES[month]} ${year}`;
}

/** "…, the first since the summer of 2019": when a meeting was last held, a fact teachers ask about. */
const FIRST_SINCE = /\bthe first\b[^.;,]{0,40}?\bsince\s+((?:(?:the\s+)?(?:spring|summer|autumn|fall|winter|end|start|beginning|middle)\s+of\s+)?((?:19|20)\d\d))\b/;

function firstSinceCard(ctx: GenerateContext, v: MeetingView): Question | null {
  if (!ctx.isTrusted(v.m)) return null;
  const found = FIRST_SINCE.exec(v.article.body.slice(v.clause.start, v.clause.end));
  const year = found?.[2];
  if (!found || !year) return null;
  return cloze(ctx, v.m.articleId, v.m.sentence, [year], {
    // "the first since the summer of 2019", not "since 2019": the report's season stays (blind-27b).
    lead: `${v.name.charAt(0).toUpperCase()}${v.name.slice(1)} was the first since ${found[1]}.`,
    factIds: [v.m.id],
    factContent: `first-since|${v.m.articleId}|${normalise(v.m.what)}|${year}`,
    base: 0.45, similarity: 0, recurrence: v.m.supportedBy.length,
    personIds: [], places: [],
  }, mentionsNumber);
}
