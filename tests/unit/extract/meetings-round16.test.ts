import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';

const meetings = (body: string, title = 'T', date?: string) =>
  extractLibrary([{ id: 'a', title, body, bodyStart: 0, ...(date ? { date } : {}) }]).articles[0]!.meetings
    .map((m) => ({ what: m.what, type: m.type, place: m.place, when: m.when }));

// Round 16 (meet20): invented articles, each in the shape a rule reads.

describe('keeping in touch by telephone', () => {
  it('is a habit, not a call', () => {
    const body = 'President Tomas Vale said: “Chancellor Berg and I have kept constantly in touch by telephone.”';
    expect(meetings(body, 'Vale on Berg')).toEqual([]);
  });
});

describe('a gathering defined by its kind', () => {
  it('“The Forum is a yearly gathering” tells no meeting', () => {
    const body = 'The Lorvanian Makers Forum opened today in Tbilisi with a speech by Minister Anna Berg.\n\n'
      + 'The Forum is a roughly yearly gathering, which brings together engineers and designers from around the region.';
    expect(meetings(body, 'Makers meet').map((m) => m.place)).toEqual(['Tbilisi']);
  });
});

describe('a photo caption’s “speaks with”', () => {
  it('is a meeting where the caption places it, not a call', () => {
    const body = 'Minister Anna Berg, left, speaks with President Tomas Vale, right, in Tbilisi, Feb. 3, 2031.\n\n'
      + 'Berg praised the alliance.';
    expect(meetings(body, 'Berg praises alliance').map((m) => [m.what, m.type, m.place])).toEqual([['talks', 'talks', 'Tbilisi']]);
  });
});

describe('a title’s meeting told by the lead sentence', () => {
  it('is the lead’s placed meeting, not another', () => {
    const body = 'Minister meeting with President of the Lorvanian Council: 12 December 2031\n\n'
      + 'The Minister Anna Berg and the President of the Lorvanian Council Tomas Vale met in Downing Street this afternoon.';
    expect(meetings(body, 'Minister meeting with President of the Lorvanian Council: 12 December 2031').map((m) => m.place)).toEqual(['London']);
  });
});

describe('a gathering the title names in more words', () => {
  it('is the one the body names in fewer of the same words', () => {
    const body = 'The Makers Summit 2031 started with a song today in Nairobi, as artist Anna Berg welcomed the attendees.\n\n'
      + 'Speakers discussed open hardware.';
    expect(meetings(body, 'Overview of the Makers Citizen Hardware Summit – Day 1').map((m) => [m.what, m.place])).toEqual([['Makers Summit', 'Nairobi']]);
  });
});

describe('“The meeting” opening the next sentence', () => {
  it('names back the meeting told right before it and gives it its place', () => {
    const body = 'The Lorvanian Defence Council, which includes the heads of the services, met today to discuss readiness, Minister Anna Berg said.\n\n'
      + '“The meeting was another reminder that the work does not rest here in Tbilisi,” she said.';
    expect(meetings(body, 'Berg on readiness').map((m) => [m.place, m.when])).toEqual([['Tbilisi', 'today']]);
  });
});

describe('“The meeting” ahead, with a time of its own', () => {
  it('is another meeting than the one told right before it', () => {
    const body = 'Lorvanian officials may offer relief during talks Tuesday in Lorvania.\n\n'
      + 'The meeting in Tbilisi next week is expected to be short.';
    expect(meetings(body, 'Relief talks').map((m) => m.place)).toEqual(['Lorvania', 'Tbilisi']);
  });
});
