import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';

const meetings = (body: string, title = 'T', date?: string) =>
  extractLibrary([{ id: 'a', title, body, bodyStart: 0, ...(date ? { date } : {}) }]).articles[0]!.meetings
    .map((m) => ({ what: m.what, type: m.type, place: m.place, when: m.when }));

// Round 15 (meet19): invented articles, each in the shape a rule reads.

describe('the town a lead’s visit goes to', () => {
  it('places the visit’s meetings that the article tells without a town', () => {
    const body = 'Chancellor Irma Vogt said Lorvania would join the alliance during her Sunday visit to Tbilisi, Lorvania.\n\n'
      + 'During her meeting with President Tomas Vale, Vogt stated that the borders have to be respected.';
    expect(meetings(body, 'Vogt backs Lorvania').filter((m) => m.what === 'meeting').map((m) => m.place)).toEqual(['Tbilisi']);
  });

  it('reads a seat the lead names: “at the White House”', () => {
    const body = 'Secretary General Anna Berg discussed the alliance’s budget with President Tomas Vale at the White House on Friday.\n\n'
      + 'The Secretary General also met with Secretary of State Paul Reed.';
    expect(meetings(body, 'Berg in talks').map((m) => m.place)).toEqual(['Washington']);
  });

  it('leaves a lead naming two towns to its own sentences', () => {
    const body = 'Minister Anna Berg made a visit to Tbilisi and a visit to Yerevan this week, officials said on Friday.\n\n'
      + 'Berg also met with President Tomas Vale.';
    expect(meetings(body, 'Berg travels').filter((m) => m.what === 'talks').map((m) => m.place)).toEqual([null]);
  });
});

describe('a meeting named back by what is held after it', () => {
  it('takes the place of the press conference held “following the meeting”', () => {
    const body = 'Secretary General Anna Berg met with President Tomas Vale today to discuss the mission.\n\n'
      + 'Following the meeting at a press conference at the Presidential Palace in Kabul, Ms. Berg said the mission would go on.';
    const got = meetings(body, 'Berg meets Vale');
    expect(got.map((m) => [m.what, m.place])).toEqual([['talks', 'Kabul'], ['press conference', 'Kabul']]);
  });

  it('is joined by the placed “the meeting” that only names it back, and gives the press its place', () => {
    const body = 'President Tomas Vale met today with his Lorvanian counterpart Anna Berg, and addressed a press conference following the meeting in the Rose Garden of the White House.';
    const got = meetings(body, 'Vale and Berg');
    expect(got.map((m) => [m.what, m.place])).toEqual([['talks', 'Washington'], ['press conference', 'Washington']]);
  });

  it('does not move another meeting told after it: “After the talks, Berg met Vale in Paris”', () => {
    const body = 'Minister Anna Berg held talks with Chancellor Irma Vogt on Monday.\n\nAfter the talks, Berg met with President Tomas Vale in Paris.';
    expect(meetings(body, 'Berg').map((m) => m.place)).toEqual([null, 'Paris']);
  });
});

describe('a meeting named again after a possessive', () => {
  it('“During his meeting with President Vale” is the meeting with Vale told before', () => {
    const body = 'Secretary General Anna Berg met with President Tomas Vale today to discuss the mission.\n\n'
      + 'During her meeting with President Vale, the Secretary General said the alliance would stay.';
    expect(meetings(body, 'Berg meets Vale')).toHaveLength(1);
  });

  it('keeps “her next meeting with Vale” apart', () => {
    const body = 'Secretary General Anna Berg met with President Tomas Vale today to discuss the mission.\n\n'
      + 'Her next meeting with President Vale will be held in Oslo in May.';
    expect(meetings(body, 'Berg meets Vale')).toHaveLength(2);
  });
});

describe('a host’s visit and the talks its sentence names', () => {
  it('is called the talks', () => {
    const body = 'The government announced new aid as President Tomas Vale prepared to host Chancellor Irma Vogt for talks Thursday at the White House.';
    expect(meetings(body, 'Vale to host Vogt').map((m) => [m.what, m.place, m.when])).toEqual([['talks', 'Washington', 'Thursday']]);
  });
});

describe('a later meeting with people described, not named', () => {
  it('“concluded his visit to Washington by meeting young professionals” is not the talks with someone named there', () => {
    const body = 'Secretary General Anna Berg discussed the budget with President Tomas Vale at the White House on Friday.\n\n'
      + 'The Secretary General also met with Secretary of State Paul Reed.\n\n'
      + 'Ms. Berg concluded her visit to Washington by meeting young professionals from the Harbour Policy Project.';
    expect(meetings(body, 'Berg in talks').map((m) => [m.what, m.place])).toEqual([['talks', 'Washington'], ['meeting', 'Washington']]);
  });
});

describe('talks whose day is still asked about', () => {
  it('are no meeting: “comments on start date for peace talks”, “clarity on the potential start date of peace talks”', () => {
    const body = 'From Washington, this is the news.\n\nForeign Minister Anna Berg comments on start date for Lorvanian peace talks.\n\n'
      + 'Minister Anna Berg said Monday she expects some clarity on the potential start date of Lorvanian peace talks to come in the next two days.';
    expect(meetings(body, 'Newscast')).toEqual([]);
  });

  it('keeps talks a sentence places: “the start date of the talks in Geneva”', () => {
    const body = 'Minister Anna Berg said Monday the start date of the talks in Geneva was set.';
    expect(meetings(body, 'Newscast').map((m) => m.place)).toEqual(['Geneva']);
  });
});

describe('a time a speaker gives a meeting', () => {
  it('“met recently” is a past meeting of its own time, not the report’s place', () => {
    const body = 'MOSCOW, May 3, 2031\n\nPRESIDENT TOMAS VALE: Our foreign ministers met recently.';
    expect(meetings(body, 'Press statements')).toContainEqual(expect.objectContaining({ place: null, when: 'recently' }));
  });
});

describe('“after meeting with …” at the end of a placed clause', () => {
  it('is held where the main clause is: “addresses reporters at the Pentagon, July 6, 2031, after meeting with …”', () => {
    const body = 'President Tomas Vale addresses reporters at the Pentagon, July 6, 2031, after meeting with Defense Secretary Anna Berg, left.';
    expect(meetings(body, 'Vale on the strategy').map((m) => [m.place, m.when])).toEqual([['Washington', 'July 6, 2031']]);
  });
});

describe('a photo’s line and the story telling one meeting on one day written two ways', () => {
  it('is one meeting, placed where the story places it', () => {
    const body = 'Secretary General Anna Berg meets with President Tomas Vale, November 7, 2031\n\n'
      + 'Secretary General Anna Berg visited Washington on 7 November to meet President Tomas Vale and review the mission.';
    expect(meetings(body, 'Berg in Washington').map((m) => [m.place, m.when])).toEqual([['Washington', '7 November']]);
  });
});

describe('a meeting named back with “the” and placed', () => {
  it('is the meeting told before without a place', () => {
    const body = 'Defence Secretary Anna Berg has held her first bilateral meeting with her Lorvanian counterpart, Minister Tomas Vale.\n\n'
      + 'The first bilateral meeting between the two held in London focussed on three themes.';
    expect(meetings(body, 'Berg meets Vale').map((m) => [m.what, m.place])).toEqual([['bilateral meeting', 'London']]);
  });
});
