import { describe, expect, it } from 'vitest';
import { buildTimeline, type ReportedMeeting } from '@/lib/reader/timeline';

const meeting = (over: Partial<ReportedMeeting> & Pick<ReportedMeeting, 'id' | 'articleId'>): ReportedMeeting => ({
  what: 'talks',
  place: null,
  whenText: null,
  date: null,
  order: null,
  supportedBy: [over.articleId],
  start: 0,
  ...over,
});

// Two reports of one week of talks: "a" gives weekdays only, "b" anchors them to dates.
const week = [
  meeting({ id: 'a1', articleId: 'a', place: 'Geneva', whenText: 'Monday', order: 1, supportedBy: ['a', 'b'], start: 10 }),
  meeting({ id: 'a2', articleId: 'a', what: 'Russian NATO Council', place: 'Brussels', whenText: 'Wednesday', order: 2, start: 20 }),
  meeting({ id: 'a3', articleId: 'a', place: 'Vienna', order: 3, supportedBy: ['a', 'b'], start: 30 }),
  meeting({ id: 'b1', articleId: 'b', place: 'Geneva', whenText: 'Monday, January 10', date: '2022-01-10', order: 1, supportedBy: ['a', 'b'], start: 10 }),
  meeting({ id: 'b2', articleId: 'b', what: 'NATO-Russia Council', whenText: 'Wednesday', date: '2022-01-12', order: 2, start: 20 }),
  meeting({ id: 'b3', articleId: 'b', place: 'Vienna', whenText: 'the next day', date: '2022-01-13', order: 3, supportedBy: ['a', 'b'], start: 30 }),
];

describe('buildTimeline', () => {
  it('joins the reports of each step and puts Geneva, Brussels and Vienna in order, by the dates one report gives', () => {
    const events = buildTimeline(week, ['a', 'b']);
    expect(events.map((e) => e.reports.map((r) => r.id))).toEqual([['a1', 'b1'], ['a2', 'b2'], ['a3', 'b3']]);
    expect(events.map((e) => e.date)).toEqual(['2022-01-10', '2022-01-12', '2022-01-13']);
    expect(events.every((e) => e.placedBy === 'date' && !e.datesDisagree)).toBe(true);
  });

  it('keeps apart what only looks alike: same place, nothing tying the time', () => {
    const events = buildTimeline(
      [
        meeting({ id: 'p1', articleId: 'a', place: 'Paris', whenText: 'Friday, January 7', date: '2022-01-07', supportedBy: ['a', 'b'] }),
        meeting({ id: 'p2', articleId: 'b', place: 'Paris', supportedBy: ['a', 'b'] }),
      ],
      ['a', 'b'],
    );
    expect(events.map((e) => [e.key, e.date, e.placedBy])).toEqual([['p1', '2022-01-07', 'date'], ['p2', null, 'none']]);
  });

  it('never joins reports that contradict each other on the weekday', () => {
    const events = buildTimeline(
      [
        meeting({ id: 'x', articleId: 'a', place: 'Geneva', whenText: 'Monday', order: 1, supportedBy: ['a', 'b'] }),
        meeting({ id: 'y', articleId: 'b', place: 'Geneva', whenText: 'Friday', order: 1, supportedBy: ['a', 'b'] }),
      ],
      ['a', 'b'],
    );
    expect(events).toHaveLength(2);
  });

  it('places an undated step of a stated series right after the step before it; the rest is "date not given", last', () => {
    const events = buildTimeline(
      [
        meeting({ id: 'loose', articleId: 'a', what: 'call', start: 1 }),
        meeting({ id: 's1', articleId: 'a', whenText: 'Monday, January 10', date: '2022-01-10', order: 1, start: 5 }),
        meeting({ id: 's2', articleId: 'a', whenText: 'Wednesday', order: 2, start: 9 }),
        meeting({ id: 'later', articleId: 'b', whenText: 'January 20', date: '2022-01-20' }),
      ],
      ['a', 'b'],
    );
    expect(events.map((e) => [e.key, e.placedBy])).toEqual([['s1', 'date'], ['s2', 'sequence'], ['later', 'date'], ['loose', 'none']]);
    expect(events.find((e) => e.key === 's2')?.date).toBeNull();
  });

  it('does not trust a resolved date whose weekday is not the one the article writes', () => {
    const [event] = buildTimeline([meeting({ id: 'm', articleId: 'a', whenText: 'Tuesday', date: '2022-01-10' })], ['a']);
    expect(event).toMatchObject({ date: null, placedBy: 'none' });
  });
});
