import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';

const meetings = (body: string, title: string, date: string) =>
  extractLibrary([{ id: 'a', title, body, bodyStart: 0, date }]).articles[0]!.meetings
    .map((m) => ({ what: m.what, place: m.place, when: m.when }));

// Round 18 (meetP).

describe('a trip’s date is not the date of a “where” clause after its town', () => {
  it('“travelled to Lisbon, where the next summit will be held in November”: the trip and its meetings are on 2 July', () => {
    const body = 'On 2 July, Secretary General Anna Berg travelled to Lisbon, Portugal, where the Alliance’s next Summit will be held in November this year. '
      + 'Meeting with Prime Minister Tomas Vale and Defence Minister Lena Koss, she discussed the upcoming Summit.';
    const got = meetings(body, 'Secretary General discusses the Summit', '2031-07-03').filter((m) => m.place === 'Lisbon');
    expect(got.length).toBeGreaterThan(0);
    expect(got.map((m) => m.when)).not.toContain('November');
    expect(got.map((m) => m.when)).toContain('2 July');
  });
});
