/**
 * Balance: a sentence feeds about two questions, not seven. Each fact of a sentence first gets its key
 * question (who said it; where and when a meeting took place; the figure), then the sentence is filled
 * to two with the next best; the rest are dropped, so that a set drawn from the bank covers the article
 * instead of drilling one line.
 */
import type { ArticleInput } from '@/lib/extract/types';
import type { Question, QuestionKind, QuestionSource } from './types';
import type { GenerateContext } from './context';
import { garbledShareOf, inSlippedParagraph, isStoryLine } from './body-lines';
import { keyFigures } from './figure-key';
import { hashString } from './hash';
import { dropped } from './trace';
import { containsWords, normalise } from './text';
import { isOwnWording, placeKey } from './giveaways';
import { namesStateOfCapital } from './capital-clues';
import { showsMiswrittenBody } from './body-names';
import { memoByObjectAndKey } from './memo';
import { isPlaceLineSource } from './location-line';
import { SALIENCE_ORDER, salienceOf } from './salience';
import { withoutLowSalience } from './low-salience';

/** Questions a sentence may feed beyond its facts' key questions. */
const PER_SENTENCE = 2;
/** Quotation questions one report's speaker may answer. */
const PER_SPEAKER = 3;
/** Who-said questions of one report's speaker with one set of choices. */
const SAME_CHOICES_PER_SPEAKER = 2;
/** Key questions a sentence may feed when it announces several meetings (their places and days are each key). */
const KEY_PER_SENTENCE = 3;

/** The order in which a fact's questions are worth asking. */
const RANK: Record<QuestionKind, number> = {
  'who-said': 0, where: 0, when: 0, 'figure-choice': 0, 'what-said': 1, 'figure-numeric': 2, cloze: 3, order: 0, 'source-check': 0,
};

/** Kinds that ask a fact's key question: a meeting's place and its day are both key. */
function isKey(q: Question, kindsOfFact: Set<QuestionKind>): boolean {
  if (q.kind === 'where' || q.kind === 'when' || q.kind === 'who-said' || q.kind === 'figure-choice') return true;
  if (q.kind === 'what-said') return !kindsOfFact.has('who-said');
  if (q.kind === 'figure-numeric') return !kindsOfFact.has('figure-choice');
  return q.kind === 'cloze' && kindsOfFact.size === 1;
}

/** An answer as compared across kinds: "8,500", "8 500" and "8500" are one. */
function sameAnswer(answer: string): string {
  return answer.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Keeps at most about two questions per cited sentence (source checks, which compare
 * sentences, are kept as they are), choosing each fact's key question first, and questions on
 * an article's key figures only.
 *
 * @example
 * balance(ctx, questions).length <= questions.length; // → true
 */
export function balance(ctx: GenerateContext, generated: Question[]): Question[] {
  const echoes = echoingWhoSaid(ctx, generated);
  const questions = generated.filter((q) => !echoes.has(q) || dropped(ctx, q.factIds[0] ?? q.id, 'balance:echoes-neighbour', false));
  const bySentence = new Map<string, Question[]>();
  const kept = new Set<Question>();
  // An article's headline figures are asked, not every number it mentions (source checks on figures stay).
  const figures = keyFigures(ctx);
  // The same fact with the same answer is one quiz question, whatever its kind and whichever report of the
  // story it comes from: "8,500" chosen or typed, never both; Geneva asked once, not once per report.
  // A quotation is asked once too: "Who said …?" beside "Which of these did Blinken say?" is one fact twice.
  const askedOnce = new Map<string, Question>();
  const onceKey = (q: Question) => {
    const fact = storyFact(ctx, q.factIds[0] ?? q.id);
    return q.kind === 'who-said' || q.kind === 'what-said' ? `quote\u0000${fact}` : `${fact}\u0000${sameAnswer(q.answer)}`;
  };
  // A figure is chosen or typed by turns (a stable hash of the fact, computed once), so that a bank keeps
  // both kinds. A quotation is asked by who said it two times in three, and by its words otherwise or when
  // that cannot be asked (reviewers sign "Who said …?" more often: four quotations from elsewhere make
  // weaker options than four people of the story). Among reports of one fact, the one whose sentence shows no translation slip
  // (nor a body's name as a translation miswrote it) is asked.
  const turn = (q: Question) => hashString(q.factIds[0] ?? q.id).charCodeAt(0) % 2 === 0;
  const byWords = (q: Question) => hashString(q.factIds[0] ?? q.id).charCodeAt(0) % 3 === 0;
  const rankOnce = (q: Question) => ((q.kind === 'figure-numeric' && turn(q)) || (q.kind === 'what-said' && byWords(q)) ? -1 : RANK[q.kind]) + (slipped(ctx, q) || citesMiswrittenBody(ctx, q) ? 10 : 0);
  const candidates = questions
    .filter((q) => q.kind !== 'source-check' && q.kind !== 'order' && q.kind !== 'cloze')
    .map((q) => ({ q, rank: rankOnce(q), key: onceKey(q), garble: garbledShare(ctx, q.sources[0]?.article), salience: SALIENCE_ORDER[salienceOf(ctx, q)] }))
    // Then an article's key facts (main speakers, the headline meeting and figures), so that they take the budgets first.
    // Then the cleaner report: of two translations of one story, the one with fewer garbled paragraphs.
    // Then, for a speaker's words, the ones naming most (Camp David, the leaders of Japan and Korea): with a few
    // questions per speaker and report, "I've hosted at Camp David" beats "you've stepped up to do the hard work".
    .sort((a, b) => a.rank - b.rank || a.salience - b.salience || a.garble - b.garble || specificity(b.q) - specificity(a.q) || (a.q.id < b.q.id ? -1 : 1));
  // Two what-said questions sharing two quotations (speakers swapped) answer each other: the second
  // quotation is asked by who said it instead.
  const wordSets: Set<string>[] = [];
  const sharesWords = (q: Question) => q.kind === 'what-said' && wordSets.some((set) => q.choices.filter((c) => set.has(c)).length >= 2);
  // Two quotations of one speaker in one paragraph ("We cannot and will not compromise …” … “Russia should
  // refrain …,” he said) are one turn of one speech: asked once (blind-20).
  const speeches = new Set<string>();
  // A quotation is shown in one question only: words offered as a what-said option and asked again by who
  // said them answer one question with the other (blind-20, blind-21).
  // Compared by their opening words: a choice and a stem show the same quotation from its start.
  const shown = new Set<string>();
  const head = (text: string) => normalise(text).slice(0, 40);
  const quotesShown = (q: Question) => (q.kind === 'what-said' ? q.choices : q.kind === 'who-said' ? [quoteOf(ctx, q)] : []).map(head);
  // Who said a quotation comes first: a what-said whose options other questions ask by who said them
  // would leave those speakers' words unasked (Bailey's options were the Chancellor's and two deputies').
  const askedByWho = new Set(candidates.filter((c) => c.q.kind === 'who-said').map((c) => head(quoteOf(ctx, c.q))));
  const offersAsked = (q: Question) => q.kind === 'what-said' && q.choices.some((c) => c !== q.answer && askedByWho.has(head(c)));
  const quota = speakerQuota(ctx);
  for (const { q, key } of candidates) {
    const heads = quotesShown(q);
    if (quota.isFull(q)) {
      dropped(ctx, q.factIds[0] ?? q.id, 'balance:speaker-asked-enough', null);
      continue;
    }
    if (askedOnce.has(key) || sharesWords(q) || offersAsked(q) || heads.some((h) => shown.has(h))) {
      dropped(ctx, q.factIds[0] ?? q.id, askedOnce.has(key) ? 'balance:asked-by-another-kind' : 'balance:quotation-shown-elsewhere', null);
      continue;
    }
    for (const h of heads) shown.add(h);
    // The same key is also one speech, or one place or day of one sentence: "Where did the G20 Summit take
    // place?" beside "Blinken met Jaishankar … of the G20 Summit in _____" asks Rome twice.
    const speech = speechKey(ctx, q) ?? sentenceAnswerKey(q);
    if (speech && speeches.has(speech)) {
      dropped(ctx, q.factIds[0] ?? q.id, q.kind === 'where' || q.kind === 'when' ? 'balance:same-answer-in-sentence' : 'balance:one-per-speech', null);
      continue;
    }
    if (speech) speeches.add(speech);
    quota.count(q);
    askedOnce.set(key, q);
    if (q.kind === 'what-said') wordSets.push(new Set(q.choices));
  }
  const keyOf = new Map(candidates.map((c) => [c.q, c.key]));
  const repeatsQuiz = quizRepeater(ctx, askedOnce.values());
  for (const q of questions) {
    const key = keyOf.get(q);
    if (key !== undefined && askedOnce.get(key) !== q) continue;
    // A card on a fact a quiz question already asks is the same question again.
    if (q.kind === 'cloze' && repeatsQuiz(q)) continue;
    if (q.kind !== 'source-check' && q.factIds.some((id) => ctx.factById.get(id)?.kind === 'figure' && !figures.has(id))) {
      dropped(ctx, q.factIds[0] ?? q.id, 'balance:figure-not-headline', null);
      continue;
    }
    // A caption, a transcript line or a link list is not the story (a quotation stays: it has its own speaker).
    const first = q.sources[0];
    const article = first ? ctx.articles.get(first.article) : undefined;
    if (q.kind !== 'who-said' && q.kind !== 'what-said' && article && first && !isStoryLine(article, first) && !isRecordPlaced(article, q)) {
      dropped(ctx, q.factIds[0] ?? q.id, 'balance:not-a-story-line', null);
      continue;
    }
    const s = q.sources[0];
    if (q.kind === 'source-check' || q.kind === 'order' || !s) {
      kept.add(q);
      continue;
    }
    const sentenceKey = `${s.article}\u0000${s.start}`;
    bySentence.set(sentenceKey, [...(bySentence.get(sentenceKey) ?? []), q]);
  }
  for (const all of bySentence.values()) for (const q of chooseForSentence(ctx, all)) kept.add(q);
  return withoutLowSalience(ctx, questions.filter((q) => kept.has(q)));
}


/** Whether a card repeats a fact, or a report's day, that a quiz question already asks. */
function quizRepeater(ctx: GenerateContext, askedQuestions: Iterable<Question>): (card: Question) => boolean {
  const quizQuestions = [...askedQuestions];
  // Facts a quiz question asks: a card on one of them repeats it ("Fill in: Nato has put _____ troops on
  // standby" beside "Which figure completes …"; "_____ said" beside "Which of these did Stoltenberg say?").
  // A card on another detail of the fact ("the first since _____") asks something new.
  const quizAnswers = new Map<string, Set<string>>();
  for (const q of quizQuestions) {
    const fact = storyFact(ctx, q.factIds[0] ?? q.id);
    quizAnswers.set(fact, (quizAnswers.get(fact) ?? new Set()).add(sameAnswer(q.answer)));
  }
  // A report's day card has no fact of its own: it repeats the when-question its report already asks.
  const daysAsked = new Map<string, Set<string>>();
  for (const q of quizQuestions) {
    if (q.kind !== 'when') continue;
    for (const s of q.sources) daysAsked.set(s.article, (daysAsked.get(s.article) ?? new Set()).add(sameAnswer(q.answer)));
  }
  return (card: Question) => {
    const id = card.factIds[0];
    const asked = id ? quizAnswers.get(storyFact(ctx, id)) : daysAsked.get(card.sources[0]?.article ?? '');
    // "Tuesday, Sept. 19" on a card is the "Tuesday, Sept. 19, 2006" a when-question asks (blind-28).
    const answer = sameAnswer(card.answer);
    return !!asked && (ctx.factById.get(id ?? '')?.kind === 'quote' || [...asked].some((a) => a === answer || (answer.length >= 4 && a.startsWith(answer))));
  };
}

/**
 * The questions one sentence keeps: each fact's key question first (a sentence with two meetings keeps
 * three), then filled to two, each fact's next question in turn; of two figures only the larger.
 */
function chooseForSentence(ctx: GenerateContext, all: Question[]): Question[] {
  // One figure per sentence: "13 nations and more than 30,000 personnel" asks the larger, the headline one.
  const figureFacts = [...new Set(all.flatMap((q) => q.factIds.filter((id) => ctx.factById.get(id)?.kind === 'figure')))];
  const headline = figureFacts.sort((a, b) => figureValue(ctx, b) - figureValue(ctx, a) || (a < b ? -1 : 1))[0];
  const oneFigure = all.filter((q) => !q.factIds.some((id) => ctx.factById.get(id)?.kind === 'figure' && id !== headline));
  const group = withoutGivenAway(ctx, oneFigure);
  const kindsByFact = new Map<string, Set<QuestionKind>>();
  for (const q of group) {
    const f = q.factIds[0] ?? q.id;
    kindsByFact.set(f, (kindsByFact.get(f) ?? new Set()).add(q.kind));
  }
  const salience = (q: Question) => SALIENCE_ORDER[salienceOf(ctx, q)];
  const ranked = [...group].sort((a, b) => RANK[a.kind] - RANK[b.kind] || salience(a) - salience(b) || (a.id < b.id ? -1 : 1));
  const keys = ranked.filter((q) => isKey(q, kindsByFact.get(q.factIds[0] ?? q.id) ?? new Set()));
  // Only a sentence with two meetings keeps a third question: otherwise two facts share two slots.
  const meetings = new Set(keys.filter((q) => q.kind === 'where' || q.kind === 'when').map((q) => q.factIds[0]));
  const chosen = keys.slice(0, meetings.size >= 2 && keys.every((q) => q.kind === 'where' || q.kind === 'when') ? KEY_PER_SENTENCE : PER_SENTENCE);
  // Fill to two, each fact's next question in turn, so that two facts of a sentence share the slots.
  for (const q of ranked) {
    if (chosen.length >= PER_SENTENCE) break;
    if (chosen.includes(q)) continue;
    const f = q.factIds[0] ?? q.id;
    const askedOfFact = chosen.filter((c) => (c.factIds[0] ?? c.id) === f).length;
    const leastAsked = Math.min(...[...kindsByFact.keys()].map((k) => chosen.filter((c) => (c.factIds[0] ?? c.id) === k).length));
    if (askedOfFact <= leastAsked) chosen.push(q);
  }
  for (const q of ranked) {
    if (chosen.length >= PER_SENTENCE) break;
    if (!chosen.includes(q)) chosen.push(q);
  }
  for (const q of group) if (!chosen.includes(q)) dropped(ctx, q.factIds[0] ?? q.id, 'balance:two-per-sentence', null);
  for (const q of all) if (!oneFigure.includes(q)) dropped(ctx, q.factIds[0] ?? q.id, 'balance:one-figure-per-sentence', null);
  return chosen;
}

/**
 * Which of two questions that give each other away a teacher would rather ask: a meeting's place (chosen, then
 * typed: a card asks Christchurch with no foreign capitals beside it), then its day, then the rest. A card on a
 * capital whose state the headline names ("Foreign Secretary visits Pakistan": Islamabad) asks less than the day.
 */
function giveawayOrder(ctx: GenerateContext, q: Question): number {
  if (q.kind === 'where') return 0;
  if (placeKey(q) && !namesStateOfCapital(ctx.articles.get(q.sources[0]?.article ?? '')?.title ?? '', q.answer)) return 1;
  return q.kind === 'when' ? 2 : 3 + RANK[q.kind];
}

/**
 * One sentence's questions without those whose stem shows another's answer, or whose answer another's stem shows:
 * "… the first meeting set to take place in Christchurch on _____" beside "… in _____ on May 16" answers the
 * where-question with the when-question's stem (blind-36). The place is kept over the day, the day over the rest.
 * Only a stem that shows the report's sentence gives anything away for good: one the generator words is reworded.
 */
function withoutGivenAway(ctx: GenerateContext, group: Question[]): Question[] {
  const kept: Question[] = [];
  // A stem the generator words itself loses the place instead ("… between Rice and Lavrov in Moscow begin?", giveaways.ts).
  const gives = (a: Question, b: Question) => !isOwnWording(a) && sameAnswer(b.answer).length > 0 && containsWords(a.prompt, b.answer);
  for (const q of [...group].sort((a, b) => giveawayOrder(ctx, a) - giveawayOrder(ctx, b) || (a.id < b.id ? -1 : 1))) {
    if (kept.some((k) => k.answer !== q.answer && (gives(k, q) || gives(q, k)))) dropped(ctx, q.factIds[0] ?? q.id, 'balance:stem-gives-neighbour', null);
    else kept.push(q);
  }
  return group.filter((q) => kept.includes(q));
}

/** "…,” he said.": a quotation whose own sentence names its speaker only by a pronoun. */
const PRONOUN_ATTRIBUTION = /[”"’]\s*,?\s*(?:he|she)\s+(?:said|added|says|adds|told|continued|warned|insisted)\b/i;

/**
 * Who-said questions on a quotation attributed by "he said" whose citation takes in another who-said's
 * quotation of the same speaker: “We won’t allow our proposals to be drowned …,” he said, cited with “If the
 * West continues …,” Lavrov said from the paragraph before, was sent back by both blind-27 judges beside that
 * question (same speaker, same options, its citation repeating the other's). The one naming its speaker stays.
 */
function echoingWhoSaid(ctx: GenerateContext, questions: Question[]): Set<Question> {
  const whoSaid = questions.filter((q) => q.kind === 'who-said');
  const overlaps = (a: QuestionSource, b: QuestionSource) => a.article === b.article && a.start < b.end && b.start < a.end;
  const byPronoun = (q: Question) => {
    const s = q.sources[0];
    return !!s && PRONOUN_ATTRIBUTION.test(ctx.articles.get(s.article)?.body.slice(s.start, s.end) ?? '');
  };
  const echoes = (x: Question, o: Question) => o !== x && o.answer === x.answer && x.sources.slice(1).some((s) => !!o.sources[0] && overlaps(s, o.sources[0]));
  return new Set(whoSaid.filter((x) => byPronoun(x) && whoSaid.some((o) => echoes(x, o) && (!echoes(o, x) || !byPronoun(o) || o.id < x.id))));
}

/** The words a who-said question asks about. */
function quoteOf(ctx: GenerateContext, q: Question): string {
  const f = ctx.factById.get(q.factIds[0] ?? '');
  return f?.kind === 'quote' ? f.text : q.prompt;
}

/** A where- or when-question's sentence and answer, or null for other kinds. */
function sentenceAnswerKey(q: Question): string | null {
  const s = q.sources[0];
  return (q.kind === 'where' || q.kind === 'when') && s ? `${q.kind}\u0000${s.article}\u0000${s.start}\u0000${sameAnswer(q.answer)}` : null;
}

/** The speaker and paragraph of a quotation question, or null for other kinds. */
function speechKey(ctx: GenerateContext, q: Question): string | null {
  const fact = ctx.factById.get(q.factIds[0] ?? '');
  if ((q.kind !== 'who-said' && q.kind !== 'what-said') || fact?.kind !== 'quote' || !fact.speakerId) return null;
  const body = ctx.articles.get(fact.articleId)?.body ?? '';
  return `${fact.articleId}\u0000${body.lastIndexOf('\n\n', fact.sentence.start)}\u0000${fact.speakerId}`;
}

/** A fact as the story knows it: every report of one meeting or figure shares the first report's id. */
const storyFact = memoByObjectAndKey(function storyFact(ctx: GenerateContext, factId: string): string {
  let first = factId;
  const fact = ctx.factById.get(factId);
  if (fact) for (const r of ctx.reportsOf(fact)) if (r.id < first) first = r.id;
  return first;
});

function figureValue(ctx: GenerateContext, id: string): number {
  const f = ctx.factById.get(id);
  return f?.kind === 'figure' ? Math.abs(f.value) : 0;
}

/** Whether any sentence a question cites lies in a paragraph a translation garbled. */
function slipped(ctx: GenerateContext, q: Question): boolean {
  return q.sources.some((s) => {
    const article = ctx.articles.get(s.article);
    return !!article && inSlippedParagraph(article, s);
  });
}

/** Whether a question cites a body by a translator's name for it ("Russian NATO Council"). */
function citesMiswrittenBody(ctx: GenerateContext, q: Question): boolean {
  return q.kind !== 'source-check' && q.sources.some((s) => {
    const article = ctx.articles.get(s.article);
    return !!article && showsMiswrittenBody(ctx, article.body.slice(s.start, s.end));
  });
}

function garbledShare(ctx: GenerateContext, articleId: string | undefined): number {
  const article = articleId ? ctx.articles.get(articleId) : undefined;
  return article ? garbledShareOf(article) : 0;
}

/** Capitalised words after the first in a who-said question's quotation: names, places, bodies. */
function specificity(q: Question): number {
  if (q.kind !== 'who-said') return 0;
  // After "said: ": a stem that names the report by its headline opens with that headline's quotation marks.
  const quote = /said: “(.*)”\?$/s.exec(q.prompt)?.[1] ?? '';
  return (quote.match(/(?<=\s)\p{Lu}\p{Ll}+/gu) ?? []).length;
}

/**
 * A speaker is asked about at most three times per report: a fourth "Who said …? Joe Biden" from one short
 * transcript is the same remarks again (blind-29: "a second pleasantry from the same remarks"); two would
 * cut a long briefing's substance (Sherman's evacuation figures) below what a set needs. A third who-said of
 * one speaker with the very same choices is the same question again (blind-33: three "Who said …? Barack
 * Obama" from one press conference): two per speaker, report and set of choices.
 */
function speakerQuota(ctx: GenerateContext): { isFull(q: Question): boolean; count(q: Question): void } {
  const asked = new Map<string, number>();
  const keyOf = (q: Question) => {
    const fact = q.kind === 'who-said' || q.kind === 'what-said' ? ctx.factById.get(q.factIds[0] ?? '') : undefined;
    return fact?.kind === 'quote' && fact.speakerId ? `${fact.articleId}\u0000${fact.speakerId}` : null;
  };
  const sameChoices = new Map<string, number>();
  const choicesKeyOf = (q: Question) => {
    const key = q.kind === 'who-said' ? keyOf(q) : null;
    return key === null ? null : `${key}\u0000${[...q.choices].sort().join('\u0000')}`;
  };
  return {
    isFull: (q) => {
      const key = keyOf(q);
      const choices = choicesKeyOf(q);
      return (key !== null && (asked.get(key) ?? 0) >= PER_SPEAKER) || (choices !== null && (sameChoices.get(choices) ?? 0) >= SAME_CHOICES_PER_SPEAKER);
    },
    count: (q) => {
      const key = keyOf(q);
      if (key) asked.set(key, (asked.get(key) ?? 0) + 1);
      const choices = choicesKeyOf(q);
      if (choices) sameChoices.set(choices, (sameChoices.get(choices) ?? 0) + 1);
    },
  };
}

/**
 * A where-question on the meeting a briefing reports, citing the header line beside the readout's sentence: that
 * record places it. A header line asked alone ("November 5, 2007, The Kremlin, Moscow") is still no story line.
 */
function isRecordPlaced(article: ArticleInput, q: Question): boolean {
  return q.kind === 'where' && q.sources.slice(1).some((x) => isPlaceLineSource(article, x));
}
