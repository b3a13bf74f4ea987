import type { WeekdayDirection } from '../dates';
import type { Meeting } from '../types';
import type { ArticleSetting } from './event-types';

/** A meeting before ids and cross-article fields: the fact's own words, span and sentence. */
export type RawMeeting = Pick<Meeting, 'what' | 'type' | 'place' | 'when' | 'date' | 'participants' | 'order' | 'start' | 'end' | 'sentence'>;

/**
 * A meeting a document's own header tells (a briefing transcript, a court record, a readout's title), cited
 * from one sentence: nobody named as taking part, no order, no calendar date resolved.
 *
 * @example
 * headerMeeting('briefing', 'meeting', 'Washington', 'March 13, 2023', sentence).participants; // → []
 */
export function headerMeeting(what: string, type: RawMeeting['type'], place: string | null, when: string | null, sentence: { start: number; end: number }): RawMeeting {
  return { what, type, place, when, date: null, participants: [], order: null, start: sentence.start, end: sentence.end, sentence: { start: sentence.start, end: sentence.end } };
}

/**
 * A meeting while the article is read: how it is cued and, for a stated sequence, its place in it;
 * `withSomeone` when its words name who it was held with ("met President Biden"), and `counterparts` the people named there.
 */
export type Pending = RawMeeting & {
  cue: 'start' | 'next' | null; after: number | null; future?: boolean; direction?: WeekdayDirection; seq?: number; withSomeone?: boolean; counterparts?: string[];
  /** Held for the press ("news conference", "briefing"): read once, compared with every later mention. */
  isPress?: boolean;
  /** Named by the state or town it concerns ("the Yemen meeting"): only a mention by that name is the same meeting. */
  isPlaceNamed?: boolean;
  /** A meeting talked about ("preparations for the G20 summit"): the report's own date is not its time. */
  isTopic?: boolean;
  /** Held during a trip away from where the report is filed ("during the visits"): the report's date is not its time. */
  isAway?: boolean;
  /** Placed by its own words in a state, no town ("met in Iraq with …"): a trip's town is not its place. */
  isInState?: boolean;
  /** Placed in the article's town only by a coming day: a new mention in that town ("a meeting") is another; "the meeting" is it. */
  isSettingDay?: boolean;
};

/** What an article gives every sentence: where it is set and the names of the people in a span. */
export interface ArticleContext {
  setting: ArticleSetting;
  personsIn: (start: number, end: number) => string[];
}
