/** Cloze flashcards: the cited sentence with the speaker, the place or the figure blanked. */
import type { Question } from './types';
import type { GenerateContext } from './context';
import { askableFigure } from './figure-askable';
import { figureCardStandsAlone, givesValue } from './figure-prompt';
import { mentionsNumber } from './numbers';
import { meetingViews } from './meetings';
import { isAskableQuote } from './quote-gates';
import { fullQuoteSpan } from './quote-text';
import { displayName } from './people';
import { hostGivesCapital, meetsAtHome } from './place-giveaways';
import { isRangeEnd } from './range-ends';
import { placeNameGoesOn } from './meeting-blanks';
import { ownPlaceForms } from './place-forms';
import { acceptTag } from '@/lib/grading/accepted-forms';
import { isAskablePlace } from './places';
import { namesHostsOfCapital, namesSeatOfBody, namesStateOfCapital, namesStatePair, welcomesTo } from './capital-clues';
import { sourceLabel } from './labels';
import { containsWords, escapeRegExp, normalise } from './text';
import { memoByObject } from './memo';
import { isLonePressOccasion } from './press-occasion';
import { isOneStopOfSeries } from './series-stops';
import { cloze } from './cloze-card';
import { firstSinceCard, ledeDateCard } from './cloze-dates';

export { isNewsDay, withYear, yearFromWeekday } from './cloze-dates';

/** A blank with no role around it: right after a quotation and before its "said", or ending "…," said Mr. _____. */
const BARE_SPEAKER_BLANK = /[”"’']\s*_____\s+(?:said|says|added|told)\b|\b(?:said|says|added)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?_____\s*[.!]?\s*$/;
/**
 * A blank in the label that opens a transcript's turn ("President of China _____ (retranslated): Mr Putin, …"): the
 * label is the page's note of who speaks, so the card asks a student to read it back, not to learn who said what.
 */
const LABEL_BLANK = /^[^“"”:.!?]{0,100}_____[^“"”:.!?]{0,100}:\s/;

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
  const bareSpeaker = (text: string, answer: string) => containsWords(text, answer) || (!/\s/.test(answer.trim()) && BARE_SPEAKER_BLANK.test(text)) || LABEL_BLANK.test(text);
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
    // One stop of a series ("the first meeting set to take place in _____"), as the where- and when-questions (full-r15).
    if (isOneStopOfSeries(v.article.body.slice(m.sentence.start, m.sentence.end))) continue;
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
    // "welcome … Merkel to _____" (the host's capital), "the Russian-Armenian Forum took place in _____" (a toss between
    // the pair's two capitals): typed from the sentence's own words, not learnt (blind-48, blind-49b).
    if (welcomesTo(said, v.place) || namesStatePair(said, v.place)) continue;
    // "Mr. Karzai met in _____ with visiting senators": the one state of the people who met gives its capital.
    // A summit named after its town ("the London Summit") is named by the report, not guessed from who met.
    const atThePlace = new RegExp(`\\b(?:in|to|at)\\s+${escapeRegExp(v.place)}(?![\\p{L}])`, 'u').test(said);
    if (atThePlace && meetsAtHome(ctx, m.participants.map((p) => ctx.people.resolve(p)).filter((id): id is string => !!id), v.place)) continue;
    // "in _____, Colombia": the country after the blank gives its capital away.
    if (new RegExp(`${escapeRegExp(v.place)},\\s+\\p{Lu}`, 'u').test(said)) continue;
    // "in _____ D.C.", "in _____, D.C.": the rest of the place's name gives it away.
    if (new RegExp(`${escapeRegExp(v.place)},?\\s+D\\.?\\s?C\\b`, 'u').test(said)) continue;
    // "on the sidelines of the _____ International Economic Forum": a place inside a gathering's name is filled in from
    // the name, not learnt (blind-51 Q26, Q28; blind-52 Q22).
    if (placeNameGoesOn(said.replace(new RegExp(`(?<![\\p{L}])${escapeRegExp(v.place)}(?![\\p{L}])`, 'gu'), '_____'))) continue;
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
    const figureSaid = ctx.articles.get(f.articleId)?.body.slice(f.sentence.start, f.sentence.end) ?? '';
    if (isRangeEnd(figureSaid, f.raw)) continue;
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
