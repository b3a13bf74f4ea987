import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { weekdayDirection } from '@/lib/extract/dates';

/* Invented sentences: a bare weekday is dated the way its own clause points, or not at all. */

const dated = (body: string, date: string) =>
  extractLibrary([{ id: 't', title: 'Test article', body, bodyStart: 0, date }]).articles[0]!.meetings.map((m) => [m.when, m.date]);

describe('which way a bare weekday points', () => {
  it('reads planned days forward: "set for", "ahead of", "for Tuesday’s", "will"', () => {
    expect(weekdayDirection('A further meeting was set for Thursday between the envoy and the premier.', 'Thursday')).toBe('future');
    expect(weekdayDirection('The mayor met union leaders to prepare for Friday’s summit in Lyon.', 'Friday')).toBe('future');
    expect(weekdayDirection('Delegates gathered in Oslo ahead of Monday’s talks.', 'Monday')).toBe('future');
    expect(weekdayDirection('The two sides will meet again in Bern on Friday.', 'Friday')).toBe('future');
  });

  it('reads past days backward: "met on", "said", a past tense', () => {
    expect(weekdayDirection('The ministers met on Monday in Rome.', 'Monday')).toBe('past');
    expect(weekdayDirection('The envoy said Tuesday that talks would resume.', 'Tuesday')).toBe('past');
    expect(weekdayDirection('Talks that opened in Lima on Thursday ended without a deal.', 'Thursday')).toBe('past');
  });

  it('gives no direction when the clause has none', () => {
    expect(weekdayDirection('Talks in Lima on Thursday.', 'Thursday')).toBeNull();
  });

  it('dates a planned weekday after the day of writing, a past one before, an undecided one not at all', () => {
    // 2031-03-11 is a Tuesday.
    expect(dated('A second meeting was set for Wednesday between the envoy and the premier in Oslo.', '2031-03-11')).toEqual([['Wednesday', '2031-03-12']]);
    expect(dated('The ministers met in Oslo on Monday to discuss the border.', '2031-03-11')).toEqual([['Monday', '2031-03-10']]);
    expect(dated('Leaders met in Bern to prepare for Thursday’s summit in Oslo.', '2031-03-11').find(([w]) => w === 'Thursday')?.[1]).toBe('2031-03-13');
  });
});
