/**
 * Salience: which of an article's facts are its key facts, read from the text's own structure, as a teacher
 * reads a news story. The main speakers are those the headline or lead names, those holding an office, and the
 * one quoted most; the headline meeting is the one the headline or lead places or dates; the headline figures
 * are those of the headline and lead. A quotation of a passer-by the report introduces as one ("a 28-year-old
 * resident of Basra") who is none of these is low salience, and so is where and when a press conference or a
 * briefing after the lead was held: the bank drops them when the article has enough better questions
 * (low-salience.ts).
 * A companion's remark (a spouse beside a visit) is no part of the story at all.
 */
import type { ArticleInput, Fact } from '@/lib/extract/types';
import type { Question } from './types';
import { factsOfArticle, type GenerateContext } from './context';
import { keyFigures, ledeEnd } from './figure-key';
import { isBystander, isCompanion } from './bystanders';
import { containsWords } from './text';
import { memoByObjectAndKey } from './memo';

/** How much a question's fact matters to its article: key facts first, low ones only when nothing better is left. */
export type Salience = 'key' | 'plain' | 'low' | 'aside';

/** Occasions where a story is told, not made: a press conference, a briefing, an interview. */
const REPORTING_OCCASION = /\b(?:press|news)\s+(?:conference|briefing|availability|point)s?\b|\bbriefings?\b|\binterviews?\b|\bphoto\s+(?:op|opportunity)\b|\bdoorstep\b/i;

/** A speaker quoted this often, and more than anyone else, carries the story whatever their title. */
const MOST_QUOTED_FLOOR = 3;

/**
 * The people an article's story is about: named in its headline, named in full in its lead, holding an office
 * (any role the people index gives: a minister, a general, an airman, a company's head), or quoted most.
 *
 * @example
 * mainSpeakers(ctx, article.id).has('antony-blinken'); // → true
 */
export const mainSpeakers = memoByObjectAndKey(function mainSpeakers(ctx: GenerateContext, articleId: string): Set<string> {
  const article = ctx.articles.get(articleId);
  const out = new Set<string>();
  if (!article) return out;
  const lead = article.body.slice(0, ledeEnd(article));
  const counts = new Map<string, number>();
  for (const q of factsOfArticle(ctx.quotes, articleId)) if (q.speakerId) counts.set(q.speakerId, (counts.get(q.speakerId) ?? 0) + 1);
  const most = [...counts.values()].sort((a, b) => b - a);
  for (const [id, n] of counts) {
    const person = ctx.people.byId.get(id);
    if (!person) continue;
    // In a lead, only the full name: a surname alone may be a spouse's ("Mrs. Myers" beside Gen. Myers).
    const namedInLead = ctx.people.spellings(id).some((s) => /\s/.test(s) && containsWords(lead, s));
    const quotedMost = n >= MOST_QUOTED_FLOOR && n === most[0] && most[1] !== n;
    if (!!person.role || ctx.people.isMentionedIn(id, article.title) || namedInLead || quotedMost) out.add(id);
  }
  return out;
});

/**
 * How salient a question's fact is in its article: a main speaker's quotation, the headline meeting's place or
 * day and a headline figure are key; a passer-by's quotation and a later press conference's place or day are low,
 * a companion's remark an aside; the rest plain.
 *
 * @example
 * salienceOf(ctx, whoSaidBlinken); // → 'key'
 */
export function salienceOf(ctx: GenerateContext, q: Question): Salience {
  if (q.kind === 'source-check' || q.kind === 'order') return 'plain';
  const fact = ctx.factById.get(q.factIds[0] ?? '');
  const article = fact ? ctx.articles.get(fact.articleId) : undefined;
  if (!fact || !article) return 'plain';
  return factSalience(ctx, fact, article);
}

function factSalience(ctx: GenerateContext, fact: Fact, article: ArticleInput): Salience {
  const inLead = fact.sentence.start < ledeEnd(article);
  if (fact.kind === 'quote') {
    if (!fact.speakerId) return 'plain';
    const person = ctx.people.byId.get(fact.speakerId);
    if (person && isCompanion(person, article.body)) return 'aside';
    if (mainSpeakers(ctx, article.id).has(fact.speakerId)) return 'key';
    // Someone with no office whom the report does not introduce as a passer-by may be an expert whose title the
    // people index missed ("The director of the Heritage Foundation in Moscow, Yevgeni Volk"): plain, not low.
    return person && isBystander(person, article.body) ? 'low' : 'plain';
  }
  if (fact.kind === 'meeting') {
    const named = (text: string | null) => !!text && containsWords(article.title, text);
    if (inLead || named(fact.place)) return 'key';
    // Where a follow-up press conference was held is a side detail of the story it reports (blind-58).
    return REPORTING_OCCASION.test(fact.what) ? 'low' : 'plain';
  }
  return keyFigures(ctx).has(fact.id) && (inLead || containsWords(article.title, fact.raw)) ? 'key' : 'plain';
}

/** Salience as a sort key: key facts first. */
export const SALIENCE_ORDER: Record<Salience, number> = { key: 0, plain: 1, low: 2, aside: 3 };
