import { describe, expect, it } from 'vitest';
import { streakOf } from '@/lib/progress/streak';
import { addDays, dayKeyOf, endOfDay, startOfDay } from '@/lib/time/zones';

const days = (instants: string[], zone: string) => instants.map((i) => dayKeyOf(new Date(i), zone));

describe('streaks in the student’s own time zone', () => {
  it('counts days in a row ending today, and keeps yesterday’s streak until today ends', () => {
    expect(streakOf(['2026-05-01', '2026-05-02', '2026-05-03'], '2026-05-03')).toEqual({ current: 3, longest: 3, studiedToday: true });
    expect(streakOf(['2026-05-01', '2026-05-02'], '2026-05-03')).toEqual({ current: 2, longest: 2, studiedToday: false });
    expect(streakOf(['2026-05-01', '2026-05-02'], '2026-05-04').current).toBe(0);
    expect(streakOf([], '2026-05-04')).toEqual({ current: 0, longest: 0, studiedToday: false });
  });

  it('the same reviews make a streak in one zone and not in another', () => {
    // 23:30 in New York on three evenings is early morning UTC; in Tokyo these are three lunchtimes too.
    const reviews = ['2026-05-02T03:30:00Z', '2026-05-03T03:30:00Z', '2026-05-04T03:30:00Z'];
    expect(streakOf(days(reviews, 'America/New_York'), '2026-05-03').current).toBe(3);
    expect(streakOf(days(reviews, 'Asia/Tokyo'), '2026-05-04').current).toBe(3);
    // Two sessions an hour apart, either side of midnight in London (BST), are one evening in New York.
    const evening = ['2026-05-05T22:30:00Z', '2026-05-05T23:30:00Z'];
    expect(new Set(days(evening, 'America/New_York')).size).toBe(1);
    expect(new Set(days(evening, 'Europe/London')).size).toBe(2);
    expect(streakOf(days(evening, 'Europe/London'), '2026-05-06').current).toBe(2);
    expect(streakOf(days(evening, 'America/New_York'), '2026-05-05').current).toBe(1);
  });

  it('a half-hour zone puts a review on the right day', () => {
    expect(dayKeyOf(new Date('2026-05-01T18:45:00Z'), 'Asia/Kolkata')).toBe('2026-05-02');
    expect(dayKeyOf(new Date('2026-05-01T18:15:00Z'), 'Asia/Kolkata')).toBe('2026-05-01');
  });

  it('survives the spring-forward night: a 23-hour day still counts once', () => {
    // New York skips 02:00–03:00 on 8 March 2026. Reviews at 23:30 local each night, before and after.
    const nights = ['2026-03-07T04:30:00Z', '2026-03-08T04:30:00Z', '2026-03-09T03:30:00Z', '2026-03-10T03:30:00Z'];
    const keys = days(nights, 'America/New_York');
    expect(keys).toEqual(['2026-03-06', '2026-03-07', '2026-03-08', '2026-03-09']);
    expect(streakOf(keys, '2026-03-09').current).toBe(4);
    expect(endOfDay('2026-03-08', 'America/New_York').getTime() - startOfDay('2026-03-08', 'America/New_York').getTime()).toBe(23 * 3_600_000);
  });

  it('survives the fall-back night: a 25-hour day still counts once', () => {
    // Paris turns 03:00 back to 02:00 on 25 October 2026.
    expect(endOfDay('2026-10-25', 'Europe/Paris').getTime() - startOfDay('2026-10-25', 'Europe/Paris').getTime()).toBe(25 * 3_600_000);
    const keys = days(['2026-10-24T21:30:00Z', '2026-10-25T22:30:00Z', '2026-10-26T22:30:00Z'], 'Europe/Paris');
    expect(keys).toEqual(['2026-10-24', '2026-10-25', '2026-10-26']);
    expect(streakOf(keys, '2026-10-26').current).toBe(3);
  });

  it('day boundaries are local midnights', () => {
    expect(startOfDay('2026-03-08', 'America/New_York').toISOString()).toBe('2026-03-08T05:00:00.000Z');
    expect(startOfDay('2026-03-09', 'America/New_York').toISOString()).toBe('2026-03-09T04:00:00.000Z');
    expect(startOfDay('2026-06-01', 'Asia/Kathmandu').toISOString()).toBe('2026-05-31T18:15:00.000Z');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('finds the longest run among several', () => {
    expect(streakOf(['2026-01-01', '2026-01-02', '2026-01-03', '2026-01-10', '2026-01-11'], '2026-01-11')).toEqual({ current: 2, longest: 3, studiedToday: true });
  });
});
