import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { learnTravelPlaces, openingStop } from '@/lib/extract/meetings/frame';
import { travelStop } from '@/lib/extract/meetings/travel';

const meetings = (body: string, title = 'T') =>
  extractLibrary([{ id: 'a', title, body, bodyStart: 0 }]).articles[0]!.meetings.map((m) => ({ what: m.what, place: m.place, when: m.when }));

// Sentences from State Department travel statements and readouts (public domain), the round-5 dev articles.
describe('a clause that opens on a place sets it, and its paragraph', () => {
  it('reads the opener\'s city and time', () => {
    expect(openingStop('In Paris on June 25, Secretary Blinken will meet with President Emmanuel Macron.', new Set())).toEqual({ city: 'Paris', when: 'June 25' });
    expect(openingStop('While in Berlin, Secretary Blinken will meet with Chancellor Angela Merkel.', new Set())).toEqual({ city: 'Berlin', when: null });
    expect(openingStop('In addition, the Secretary will meet with senior officials.', new Set())).toBeNull();
  });

  it('knows a city the gazetteers do not from the trip the article states', () => {
    const known = new Set<string>();
    learnTravelPlaces('Assistant Secretary of State for Consular Affairs Carl Risch will travel to Tucson, Arizona, and Nogales, Mexico, April 11–12.', known);
    expect(openingStop('In Tucson, he will visit the Western and Tucson passport centers.', known)).toEqual({ city: 'Tucson', when: null });
    // The trip's time is no stop.
    expect(known.has('april')).toBe(false);
    expect(openingStop('In Tucson, he will visit the passport centers.', new Set())).toBeNull();
  });

  it('does not take a country the trip goes to for a city', () => {
    const known = new Set<string>();
    learnTravelPlaces('Vice President Joe Biden will travel to India and Singapore in late July 2013.', known);
    expect(openingStop('In India, the Vice President will meet with key leaders.', known)).toBeNull();
  });

  it('places every meeting of a stop\'s paragraph, each a meeting of its own', () => {
    const body = 'Secretary of State Antony J. Blinken will travel to Berlin, Paris, Rome, the Vatican, Bari, and Matera, June 22-29.\n\n'
      + 'In Paris on June 25, Secretary Blinken will meet with President Emmanuel Macron and Foreign Minister Jean-Yves Le Drian to deepen the strong U.S.-France relationship. '
      + 'The Secretary will also meet with OECD Secretary General Mathias Cormann to discuss key economic priorities.\n\n'
      + 'In Rome, Secretary Blinken and Italian Foreign Minister Luigi Di Maio will co-chair a meeting of the Global Coalition to Defeat ISIS. '
      + 'On the margins of the D-ISIS meeting, the Secretary will participate in a Syria Ministerial to discuss the crisis in Syria. '
      + 'He will also have bilateral meetings with President Sergio Mattarella and Foreign Minister Di Maio.';
    // Round 11: a meeting with each person listed by title (Macron, Le Drian; Mattarella, Di Maio), as the dev4 and dev6 golds split them.
    expect(meetings(body).map((m) => m.place)).toEqual(['Paris', 'Paris', 'Paris', 'Rome', 'Rome', 'Rome', 'Rome']);
  });

  it('keeps talks with a leader apart from the conference held in the same city', () => {
    const body = 'In Berlin, the Secretary will attend the Second Berlin Conference on Libya to support national elections in December. '
      + 'While in Berlin, Secretary Blinken will meet with Chancellor Angela Merkel and Foreign Minister Heiko Maas.';
    // The conference, then one meeting with each person listed (round 11).
    expect(meetings(body).map((m) => m.place)).toEqual(['Berlin', 'Berlin', 'Berlin']);
  });

  it('treats a list of cities as a tour whose dates frame every stop', () => {
    expect(travelStop('Secretary of State Antony J. Blinken will travel to Berlin, Paris, Rome, the Vatican, Bari, and Matera, June 22-29.')?.city).toBeNull();
    expect(travelStop('Secretary Kerry will also visit Nairobi, Kenya, beginning on May 3.')?.city).toBe('Nairobi');
    const body = 'Secretary of State Michael R. Pompeo will travel to Germany, Switzerland, The Netherlands, and the United Kingdom from May 30 to June 5.\n\n'
      + 'The Secretary will then travel to Switzerland, where he will meet with Foreign Minister Cassis.';
    expect(meetings(body)).toEqual([expect.objectContaining({ place: null, when: 'May 30' })]);
  });
});

describe('calls, votes and sequences by their grammar', () => {
  it('reads "X called Y" with a person after the verb as a call', () => {
    expect(meetings('Secretary Kerry called Russian Foreign Minister Sergey Lavrov on Saturday to urge restraint.'))
      .toEqual([expect.objectContaining({ place: 'virtual', when: 'Saturday' })]);
    expect(meetings('Kerry called on Russia to withdraw its forces on Saturday.')).toEqual([]);
    expect(meetings('Obama called Putin’s actions a violation of international law.')).toEqual([]);
    expect(meetings('Lavrov called the sanctions counterproductive.')).toEqual([]);
  });

  it('reads a referendum placed in time as a vote', () => {
    expect(meetings('Crimeans vote Sunday in a referendum on joining Russia.')).toEqual([expect.objectContaining({ what: 'referendum', when: 'Sunday' })]);
    expect(meetings('He said a referendum would settle nothing.')).toEqual([]);
  });

  it('keeps a meeting "followed by" talks as two, held in the same place', () => {
    const got = meetings('The two presidents had a one-on-one meeting in Helsinki on Monday, followed by talks in an expanded format.');
    expect(got.map((m) => m.place)).toEqual(['Helsinki', 'Helsinki']);
  });

  it('reads a title naming a summit between two sides as the meeting the article records', () => {
    const got = meetings('July 16, 2018, Helsinki\n\nThe two leaders discussed the state of relations and pressing international issues.', 'Russia-US summit');
    expect(got).toEqual([expect.objectContaining({ place: 'Helsinki', when: 'July 16, 2018' })]);
  });
});

describe('"called" and what it names', () => {
  it('takes a pronoun subject, not a relative clause naming something', () => {
    expect(meetings('He called Lavrov on Saturday to discuss the ceasefire.')).toEqual([expect.objectContaining({ place: 'virtual', when: 'Saturday' })]);
    expect(meetings('Putin spoke of Crimea, which he called Russian.')).toEqual([]);
    expect(meetings('The boy was called Abu, and he lived in Kabul.')).toEqual([]);
  });
});

describe('what people met at', () => {
  it('holds the conference they met at where they met, not at the statement\'s dateline', () => {
    const body = 'Office of the Spokesperson\nWashington, DC\nFebruary 14, 2019\n\n'
      + 'On February 13-14, 2019, Foreign Ministers and representatives of 62 states met in Warsaw, Poland, at a conference organized jointly by the Minister of Foreign Affairs of Poland and Secretary of State of the United States.';
    expect(meetings(body).map((m) => m.place)).toEqual(['Warsaw']);
  });
});

describe('talks held at a summit, and votes by the people', () => {
  it('keeps "met President Biden at the G7 Summit" as talks of their own, placed and dated by the summit', () => {
    expect(meetings('The Prime Minister met President Biden at the G7 Summit in Apulia today.').map((m) => [m.what, m.place, m.when]))
      .toEqual([['talks', 'Apulia', 'today'], ['G7 Summit', 'Apulia', 'today']]);
    // A summit in a country: no city for either, the day for both.
    expect(meetings('The Prime Minister met President Biden at the G7 Summit in Italy today.').map((m) => m.when)).toEqual(['today', 'today']);
  });

  it('reads a nationality voting, dated, as an election; a body voting is read by its body', () => {
    expect(meetings('Afghans vote on April 5 to choose a new president.')).toEqual([expect.objectContaining({ when: 'April 5' })]);
    expect(meetings('The Senate will vote on Tuesday.')).toEqual([]);
  });

  it('reads "Negotiations" opening a sentence as talks', () => {
    expect(meetings('Negotiations on a coalition continued at the Cabinet Office on Monday.')).toEqual([expect.objectContaining({ when: 'Monday' })]);
  });
});

describe('a seat of government stands for its city', () => {
  it('places talks at Buckingham Palace in London, as the White House is Washington', () => {
    expect(meetings('Cameron met the Queen at Buckingham Palace on Tuesday evening.')).toEqual([expect.objectContaining({ place: 'London', when: 'Tuesday' })]);
  });
});

describe('"spoke on the phone"', () => {
  it('is a call between the people the sentence names, not anyone on a phone', () => {
    expect(meetings('Sergei Lavrov and John Kerry spoke on the phone on Sunday.')).toEqual([expect.objectContaining({ place: 'virtual', when: 'Sunday' })]);
    expect(meetings('John Kerry talked over the telephone with Sergei Lavrov on Sunday.')).toEqual([expect.objectContaining({ place: 'virtual' })]);
    expect(meetings('She was speaking on the phone when the bomb went off on Monday.')).toEqual([]);
  });
});
