import type { MeetingKind, Span } from '../types';

/** A meeting before ids and cross-article fields. */
export interface RawMeeting {
  what: string;
  type: MeetingKind;
  place: string | null;
  when: string | null;
  date: string | null;
  participants: string[];
  order: number | null;
  start: number;
  end: number;
  sentence: Span;
}

/** A meeting while the article is read: how it is cued and, for a stated sequence, its place in it. */
export type Pending = RawMeeting & { cue: 'start' | 'next' | null; after: number | null; future?: boolean; seq?: number };
