/**
 * Press and news conferences, briefings, press calls: the occasions at which news is told to reporters. They are where
 * the story was told, not events of it, so their day is not asked; nor is their place when one person spoke there
 * ("At a press conference Monday in New York, a spokesman … said": the talks were in Sirte). A joint press conference
 * of two principals after their talks is an event of the story (blind-17 signed "where did the news conference
 * between John Kerry and Sergey Lavrov take place?").
 */
import type { Meeting } from '@/lib/extract/types';
import type { GenerateContext } from './context';
import { peopleWhoMet } from './meeting-people';

const PRESS_OCCASION = /\b(?:(?:press|news|media)\s+(?:conference|briefing|availability|event)|briefing|press\s+call)s?\b/i;

/**
 * Whether a meeting, by what the extractor calls it or the name the stem gives it, is a press occasion.
 *
 * @example
 * isPressOccasion('press conference', 'the press conference'); // → true
 * isPressOccasion('talks', 'the talks in Sirte'); // → false
 */
export function isPressOccasion(what: string, name = ''): boolean {
  return PRESS_OCCASION.test(what) || PRESS_OCCASION.test(name);
}

/**
 * Whether a meeting is a press occasion where fewer than two people the index knows spoke: where the news was told,
 * not an event of the story, so its place is asked neither by a where-question nor by a card.
 *
 * @example
 * isLonePressOccasion(ctx, spokesmansPressConference, 'the press conference'); // → true
 */
export function isLonePressOccasion(ctx: GenerateContext, m: Meeting, name = ''): boolean {
  return isPressOccasion(m.what, name) && peopleWhoMet(ctx, m) < 2;
}
