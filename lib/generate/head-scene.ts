/** Who-said options: the scene of a head of state's words, and the years an office holder is of. */
import type { Person, Quote } from '@/lib/extract/types';
import type { GenerateContext } from './context';
import { isHeadOfGovernment } from './head-office';
import { HEAD_ERA_YEARS, HEAD_LATER_YEARS } from './peer-era';
import { sideOf } from './sides';
import { namesSide } from './nations';
import { memoByObjectAndKey } from './memo';
import { namedIn } from './story';
import { onStage } from './on-stage';

/**
 * A head of state or government speaks beside the people of the scene: a head of a state the report never names
 * (Raul Castro, of the Havana press conference, for Obama's words in Tokyo) is no one a student could confuse
 * there (gen14's dev sheets). Heads of other states make up the number only in officePeers, beside a head of the
 * scene; officials of the speaker's story stay, and a report of the head among their own people sets no bounds.
 */
export function headScene(ctx: GenerateContext, person: Person, q: Quote): (p: Person) => boolean {
  const own = sideOf(ctx, person);
  // The scene is a meeting with another side's people: a report of the head at home sets no such bounds.
  if (!isHeadThen(ctx, person) || !own || ![...sidesNamedIn(ctx, q.articleId)].some((side) => side !== own)) return () => true;
  const here = onStage(ctx, q.articleId);
  const ofTheScene = sceneFilter(ctx, person, q);
  return (p: Person) => here.has(p.id) || !isHeadThen(ctx, p) || sideOf(ctx, p) === own || ofTheScene(p);
}

/** A head of state or government in the report's time: "former President" is the curated list's word for today. */
export function isHeadThen(ctx: GenerateContext, p: Person): boolean {
  return isHeadOfGovernment(ctx, p, { formerToo: true });
}

/**
 * Years before and after the asked report within which someone is of its time: for a head of state or government
 * one before and none after; nothing given means the default of peer-era.ts.
 */
export function eraYearsOf(ctx: GenerateContext, p: Person): [number, number] | [] {
  return isHeadOfGovernment(ctx, p) ? [HEAD_ERA_YEARS, HEAD_LATER_YEARS] : [];
}

/**
 * Where the report names the speaker's counterpart of another side, the scene is their meeting: a minister of a
 * third state is no one a student could confuse there (the Afghan defence minister of a 2013 story for Panetta's
 * words beside China's defence minister, blind-31).
 * A lone principal's briefing (not a head's) still borrows peers of the same years: the filter then lets everyone
 * through. A head's scene is the states the report names, whoever else it names.
 */
export function sceneFilter(ctx: GenerateContext, person: Person, q: Quote): (p: Person) => boolean {
  const sides = sidesNamedIn(ctx, q.articleId);
  const own = sideOf(ctx, person);
  const isHead = isHeadOfGovernment(ctx, person);
  if (!isHead && (!own || ![...sides].some((side) => side !== own))) return () => true;
  const article = ctx.articles.get(q.articleId);
  const named = (side: string) => !!article && (namesSide(article.body, side) || namesSide(article.title, side));
  return (p: Person) => {
    const side = sideOf(ctx, p);
    return !!side && (sides.has(side) || named(side));
  };
}

/** The sides (states, bodies) of the people a report names: with the states its text names, whose office peers may stand in. */
export const sidesNamedIn = memoByObjectAndKey(function sidesNamedIn(ctx: GenerateContext, articleId: string): Set<string> {
  const out = new Set<string>();
  for (const id of namedIn(ctx, articleId)) {
    const p = ctx.people.byId.get(id);
    const side = p ? sideOf(ctx, p) : null;
    if (side) out.add(side);
  }
  return out;
});
