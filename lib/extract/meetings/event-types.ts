/** The shapes one event trigger is read through: the words around it, the article's setting, and what is read. */
import type { MeetingKind } from '../types';

/** An event the text states, read from the words around its trigger. */
export interface EventRead {
  what: string;
  type: MeetingKind;
  place: string | null;
  when: string | null;
  /** A body's own meeting, dated: "the club's board will meet on Monday evening". */
  isBodyMeeting: boolean;
  /** Named by the state it concerns: "the Yemen meeting". */
  isPlaceNamed?: boolean;
  /** Held during a trip elsewhere ("during the visits"): neither the dateline's town nor the report's day. */
  isAway?: boolean;
  /** Placed by its own words in a state, no town ("met in Iraq with …"): no trip's town either. */
  isInState?: boolean;
  /** What is talked about ("discussed the G20 summit", "preparations for the G20 summit"), not an event of the report's day. */
  isTopic?: boolean;
  /** Placed in the article's town by a day counted from the report ("on Monday"), not by its own words: no retelling of a meeting held there. */
  isSettingDay?: boolean;
}

/** Where an article is set: its dateline's city, else a city its title or header lines name. */
export interface ArticleSetting {
  dateline: string | null;
  city: string | null;
  /** The article records a call (a readout): "spoke with X" there is a call, dated or not. */
  isCallRecord: boolean;
  /** The article's own date as written (dateline or header line): the time of an undated meeting it reports. */
  when?: string | null;
  /** The article's date as written, else its publication date: the year its undated meetings are of. */
  published?: string | null;
  /** The town is the news's own, from the title or the lead ("US, African Leaders Meet in Washington"), not a dateline or byline's. */
  isStoryTown?: boolean;
}

/** The words one trigger is read from. */
export interface EventWords {
  sentence: string;
  trig: string;
  at: number;
  what: string;
  /** The words after the trigger, up to the next trigger. */
  seg: string;
  /** Up to 60 characters before the trigger. */
  before: string;
  /** The words between the previous trigger and this one. */
  prevSeg: string;
  /** The words right after the trigger name a person it is held with ("met with President Guelleh"). */
  withWhom?: boolean;
  /** Held on the sidelines of the next event the sentence names ("a meeting of the contact group in the margins of the summit"). */
  isOnSidelines?: boolean;
}
