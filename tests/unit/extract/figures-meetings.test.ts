import { describe, expect, it } from 'vitest';
import { datelineDate, inferAnchor } from '@/lib/extract/dates';
import { datelineCity } from '@/lib/extract/meetings/datelines';
import { findPlace } from '@/lib/extract/meetings/places';
import { sequenceStops } from '@/lib/extract/meetings/sequence-stops';
import { one } from './helpers';

/* Invented sentences in wire style, one per pattern: none of them comes from a fixture. */

const figures = (body: string) => one(body).article.figures;
const fig = (body: string, raw: string) => figures(body).find((f) => f.raw === raw);
const meetings = (body: string) => one(body).article.meetings;

describe('money', () => {
  it('reads a currency sign with a scale word, keeping the raw text as written', () => {
    const f = fig('Harbourline Foods reported annual revenue of $4.5bn on Tuesday.', '$4.5bn');
    expect(f?.value).toBe(4.5e9);
    expect(f?.unit).toBe('US dollars');
    expect(f?.about).toMatch(/revenue/);
  });

  it('reads euros, pounds, "m" and "million" and a currency code', () => {
    expect(fig('The club paid €85 million for the striker.', '€85 million')).toMatchObject({ value: 85e6, unit: 'euros' });
    expect(fig('The charity raised £2.3m for the appeal.', '£2.3m')).toMatchObject({ value: 2.3e6, unit: 'pounds' });
    expect(fig('The fund holds USD 300m in bonds.', 'USD 300m')).toMatchObject({ value: 3e8, unit: 'US dollars' });
    expect(fig('The agency asked donors for $1.2 trillion over a decade.', '$1.2 trillion')?.value).toBe(1.2e12);
  });

  it('keeps a qualifier before the sign', () => {
    expect(fig('The scheme will save about $600 million a year.', '$600 million')?.qualifier).toBe('about');
  });
});

describe('percentages and points', () => {
  it('reads "4.25%", "90 percent" and "per cent"', () => {
    expect(fig('The central bank held its rate at 4.25% on Thursday.', '4.25%')).toMatchObject({ value: 4.25, unit: 'percent' });
    expect(figures('Turnout reached 78 percent in the capital.').map((f) => [f.value, f.unit])).toEqual([[78, 'percent']]);
    expect(figures('Prices rose 3.1 per cent in May.').map((f) => [f.value, f.unit])).toEqual([[3.1, 'percent']]);
  });

  it('reads percentage points, basis points and "a quarter of a percentage point"', () => {
    expect(figures('Support fell 2.5 percentage points.').map((f) => [f.value, f.unit])).toEqual([[2.5, 'percentage points']]);
    expect(figures('The bank raised rates by 50 basis points.').map((f) => [f.value, f.unit])).toEqual([[50, 'basis points']]);
    expect(figures('It cut rates by a quarter of a percentage point.').map((f) => [f.value, f.unit])).toEqual([[0.25, 'percentage points']]);
  });
});

describe('counts', () => {
  it('reads "about 40,000", "up to 8,000", "at least 1,200 people were killed" and "40 000"', () => {
    expect(fig('About 40,000 fans filled the stadium.', '40,000')).toMatchObject({ value: 40000, unit: 'fans', qualifier: 'about' });
    expect(fig('Up to 8,000 homes lost power.', '8,000')?.qualifier).toBe('up to');
    expect(fig('At least 1,200 people were killed in the floods.', '1,200')).toMatchObject({ unit: 'people', qualifier: 'at least' });
    expect(fig('Some 40 000 soldiers took part.', '40 000')?.value).toBe(40000);
  });

  it('reads casualties without a noun: "more than 3,400 injured"', () => {
    expect(fig('Ten people died and more than 3,400 injured when the bridge fell.', '3,400')).toMatchObject({ value: 3400, unit: 'people', qualifier: 'more than' });
  });

  it('reads counts in words, "a dozen" and compound counts', () => {
    expect(fig('Thirty allies signed the letter.', 'Thirty')?.value).toBe(30);
    expect(fig('Rescuers counted more than a dozen aftershocks.', 'a dozen')).toMatchObject({ value: 12, unit: 'aftershocks', qualifier: 'more than' });
    expect(fig('The 12-member board met in private.', '12')).toMatchObject({ value: 12, unit: 'members' });
    expect(fig('He signed a four-year contract.', 'four')).toMatchObject({ value: 4, unit: 'years' });
  });

  it('borrows the noun a number leaves out: "Of the 30 clubs, 18 voted yes"', () => {
    expect(fig('Of the 30 clubs, 18 voted in favour.', '18')).toMatchObject({ value: 18, unit: 'clubs' });
    const elided = fig('The warehouse should hold two million masks. Last week it held fewer than 90,000.', '90,000');
    expect(elided).toMatchObject({ unit: 'masks', qualifier: 'less than' });
  });

  it('gives both ends of a range, qualified "between"', () => {
    const got = figures('Between 3,000 and 5,000 people marched on Sunday.').map((f) => [f.value, f.unit, f.qualifier]);
    expect(got).toEqual([[3000, 'people', 'between'], [5000, 'people', 'between']]);
  });

  it('reads durations of something, not relative time', () => {
    expect(fig('Negotiators met for nine hours on Friday.', 'nine')).toMatchObject({ value: 9, unit: 'hours' });
    expect(figures('Three days later the talks resumed.')).toEqual([]);
    expect(figures('The review happens every two years.')).toEqual([]);
  });

  it('reads magnitudes', () => {
    expect(fig('A magnitude 6.4 earthquake struck before dawn.', '6.4')).toMatchObject({ value: 6.4, unit: 'magnitude' });
    expect(fig('A 5.9-magnitude aftershock followed.', '5.9')?.unit).toBe('magnitude');
  });
});

describe('counts news copy writes without a plain “N nouns”', () => {
  it('reads “two” of things and a qualified two, but not a pair of people or “the two sides”', () => {
    expect(fig('The striker scored two goals before the break.', 'two')).toMatchObject({ value: 2, unit: 'goals' });
    expect(fig('The talks lasted more than two hours.', 'two')).toMatchObject({ value: 2, unit: 'hours', qualifier: 'more than' });
    expect(figures('Two people familiar with the plan confirmed it.').map((f) => f.raw)).toEqual([]);
    expect(figures('The two sides met again.').map((f) => f.raw)).toEqual([]);
  });

  it('reads a duration in words after a verb that takes one, and a set named with “the”', () => {
    expect(fig('“We have been waiting nine years for this,” she said.', 'nine')).toMatchObject({ value: 9, unit: 'years' });
    expect(fig('Ministers from the seven countries of the river commission will meet.', 'seven')).toMatchObject({ value: 7, unit: 'countries' });
    expect(figures('The three weeks before the vote were tense.').map((f) => f.raw)).toEqual([]);
  });

  it('reads “a crowd of N” and “the number of X passed N” with the noun they count', () => {
    expect(fig('A crowd of 12,406 watched the final.', '12,406')).toMatchObject({ value: 12406, unit: 'people' });
    expect(fig('The number of reported infections this month passed 3,100 on Friday.', '3,100')).toMatchObject({ value: 3100, unit: 'infections' });
    expect(figures('Turnout of 64% was the highest since 1990.').map((f) => f.unit)).toEqual(['percent']);
  });

  it('reads parts of a count: “N of them NOUN”, “N of them in …” and “N of the M seats”', () => {
    expect(fig('In all, 31 patients died, 17 of them infants.', '17')).toMatchObject({ value: 17, unit: 'infants' });
    expect(fig('The clinic treated 280 patients, 35 of them in intensive care.', '35')).toMatchObject({ value: 35, unit: 'patients' });
    expect(fig('The Greens won 12 of the 101 seats.', '12')).toMatchObject({ value: 12, unit: 'seats' });
    expect(figures('Two of them were arrested.').map((f) => f.raw)).toEqual([]);
  });

  it('reads a number joined to any count noun (“a 60-space car park”, “a three-judge panel”), not “two-way” or “one-off”', () => {
    expect(fig('The council will build a 60-space car park.', '60')).toMatchObject({ value: 60, unit: 'spaces' });
    expect(fig('A three-judge panel heard the appeal.', 'three')).toMatchObject({ value: 3, unit: 'judges' });
    expect(fig('They laid a 30-inch pipe.', '30')).toMatchObject({ value: 30, unit: 'inches' });
    expect(figures('It was a two-way street and a one-off payment, backed by a two-thirds majority.').map((f) => f.raw)).toEqual([]);
    expect(figures('The 3-seeded player lost.').map((f) => f.raw)).toEqual([]);
  });

  it('reads sums in lei, zlotys and other currencies written in words', () => {
    expect(fig('Doctors will get an extra 40 lei per dose.', '40')).toMatchObject({ value: 40, unit: 'lei' });
    expect(fig('The fine was 2 million zlotys.', '2 million')).toMatchObject({ value: 2e6, unit: 'zlotys' });
  });
});

describe('numbers that are not figures', () => {
  it.each([
    ['years', 'The treaty of 2014 expires in 2040.'],
    ['dates', 'The vote is on October 21 in the capital.'],
    ['times of day', 'The strike starts at 3pm and ends at 7:10 a.m. on Monday.'],
    ['phone numbers', 'Call the hotline on 0800 555 0199 for help.'],
    ['names with numbers', 'The G7 leaders discussed COVID-19 vaccines and the Airbus A320 fleet.'],
    ['model numbers', 'The airline grounded its Boeing 737 jets under Article 5 rules.'],
    ['"one of"', 'She is one of the negotiators.'],
    ['"two days later"', 'Two days later the minister resigned.'],
  ])('ignores %s', (_label, body) => {
    expect(figures(body).map((f) => f.raw)).toEqual([]);
  });
});

describe('meeting places', () => {
  it('reads "by video link" as virtual', () => {
    const m = meetings('The committee would meet by video link on Thursday to decide.');
    expect(m.map((x) => [x.place, x.when])).toEqual([['virtual', 'Thursday']]);
  });

  it('reads a city the gazetteer lacks from "in X, Country" and from "in X" next to the meeting noun', () => {
    expect(findPlace(' in Oaxaca, Mexico, which opens on May 2', 'a regional summit ')).toBe('Oaxaca');
    expect(meetings('Oral arguments will be heard at a hearing in Pasadena in October.')[0]?.place).toBe('Pasadena');
  });

  it('finds world cities and venues, never a country or a weekday', () => {
    expect(meetings('Trade talks will take place in New Delhi next week.')[0]).toMatchObject({ place: 'New Delhi', when: 'next week' });
    expect(meetings('The hearing on Capitol Hill is set for Tuesday.')[0]?.place).toBe('Capitol Hill');
    expect(findPlace(' in France on Monday', 'the ')).toBeNull();
    expect(findPlace(' in January', 'the ')).toBeNull();
  });

  it('takes the place before the noun: "travel to Lima for the final session"', () => {
    expect(meetings('The minister, who will travel to Lima for the final session, told reporters in Quito on Sunday that he was hopeful.')[0]?.place).toBe('Lima');
  });

  it('puts a press conference "at the headquarters" in the dateline city', () => {
    expect(datelineCity('OSLO, May 4 (Reuters) — The fund said…')).toBe('Oslo');
    const m = meetings('OSLO, May 4 (Reuters) — The governor told a press conference at the bank’s headquarters that rates would stay.');
    expect(m[0]?.place).toBe('Oslo');
  });

  it('reads court sittings, multi-word cities and "Talks" at the start of a sentence', () => {
    expect(meetings('The court heard oral arguments in San Francisco in October.')[0]).toMatchObject({ place: 'San Francisco', when: 'in October' });
    expect(meetings('The G20 summit in Rio de Janeiro opens on Nov. 18.')[0]).toMatchObject({ place: 'Rio de Janeiro', when: 'Nov. 18' });
    expect(meetings('Talks at Lancaster House in London ended on Friday.')[0]?.place).toBe('London');
  });

  it('keeps a meeting with a calendar date even without a place', () => {
    expect(meetings('The board’s next meeting ends on September 18.').map((x) => x.when)).toEqual(['September 18']);
  });
});

describe('meetings named as hearings, trials, votes and events, in buildings and towns', () => {
  it('reads more datelines: “CITY (AP) —”, “CITY —”, “CITY, 12 June 2025 –” and the first of “CITY/CITY”', () => {
    expect(datelineCity('Title\n\nBy A. Writer\n\nDENVER (AP) — The state said…')).toBe('Denver');
    expect(datelineCity('ASHFORD — The town council voted…')).toBe('Ashford');
    expect(datelineCity('LUSAKA, 12 June 2025 – The charity said…')).toBe('Lusaka');
    expect(datelineCity('OSLO/STOCKHOLM, May 4 (Reuters) - The firms said…')).toBe('Oslo');
    expect(datelineCity('BREAKING — The fund said…')).toBeNull();
  });

  it('puts a meeting in a building without a town in the dateline city, and only when there is a dateline', () => {
    const body = 'DENVER (AP) — Negotiators met Tuesday night in Ana Ruiz’s office at the Capitol for three hours.';
    expect(meetings(body).map((m) => [m.place, m.when])).toEqual([['Denver', 'Tuesday']]);
    // Without a dateline the building has no town: the meeting is placed in time only.
    expect(meetings('Negotiators met Tuesday night in Ana Ruiz’s office at the Capitol for three hours.').map((m) => [m.place, m.when])).toEqual([[null, 'Tuesday']]);
    expect(meetings('DENVER (AP) — A hearing at the International Court of Justice opens Monday.').map((m) => m.place)).toEqual([]);
  });

  it('a possessive is no place; a court or library named after a town is in that town; a town council sits in its town', () => {
    expect(findPlace(' in Ana Ruiz’s office on Monday', 'talks ')).toBeNull();
    expect(meetings('Sentencing at Selby Magistrates’ Court on Friday, the judge fined the firm.')[0]).toMatchObject({ place: 'Selby', when: 'Friday' });
    expect(meetings('The Ashford Town Council voted 6-3 late Monday to close the pool.')[0]).toMatchObject({ place: 'Ashford', type: 'council' });
  });

  it('reads day-month dates and dates trials, hearings and events by them', () => {
    expect(meetings('That trial is scheduled to begin in Perth on 3 March.')[0]).toMatchObject({ place: 'Perth', when: '3 March' });
    expect(meetings('The judge will hear submissions at a directions hearing on 9 October.')[0]).toMatchObject({ place: null, when: '9 October' });
    expect(meetings('The charity will present its report to donors during a virtual pledging event on 14 May.')[0]).toMatchObject({ place: 'virtual', when: '14 May' });
    expect(meetings('ROME, 2 March 2026 — Ministers said on Monday they would meet in Milan on 4 March.')[0]?.date).toBe('2026-03-04');
  });

  it('reads capital markets days and a governing body’s own dated meeting, not a cup round or a clinical trial', () => {
    expect(meetings('The group will present its plans at a capital markets day in Munich on June 3.')[0]).toMatchObject({ place: 'Munich', when: 'June 3' });
    expect(meetings('The club’s board will meet on Monday evening to decide.')[0]).toMatchObject({ place: null, when: 'Monday', type: 'meeting' });
    expect(meetings('Ashby won a fourth-round tie at Kelso Park on Saturday.')).toEqual([]);
    expect(meetings('A clinical trial in Boston enrolled 300 patients.')).toEqual([]);
  });

  it('keeps two meetings in one town apart when they are dated differently', () => {
    const body = 'ASHFORD — The council met at the Town Hall on Tuesday. The planning board will hold a hearing at the Ashford Public Library on Oct. 9.';
    expect(meetings(body).map((m) => [m.place, m.when])).toEqual([['Ashford', 'Tuesday'], ['Ashford', 'Oct. 9']]);
  });
});

describe('meeting sequences', () => {
  it('makes one meeting per stop with order 1, 2, 3', () => {
    const m = meetings('Negotiators began a new round of talks, first in Geneva on Monday, then Brussels on Wednesday, and finally Vienna on Friday.');
    expect(m.map((x) => [x.place, x.when, x.order])).toEqual([['Geneva', 'Monday', 1], ['Brussels', 'Wednesday', 2], ['Vienna', 'Friday', 3]]);
  });

  it('does not order meetings on a "later" that is about something else', () => {
    const m = meetings('Officials held talks in Madrid on Monday. The president chaired a meeting in Lisbon on Sunday and later flew to Porto.');
    expect(m.map((x) => [x.place, x.order])).toEqual([['Madrid', null], ['Lisbon', null]]);
  });

  it('needs "first" or three stops to call it a sequence', () => {
    expect(sequenceStops('then to Paris on Monday')).toEqual([]);
    expect(sequenceStops('first to Madrid on Monday, then to Lisbon on Tuesday').map((s) => s.place)).toEqual(['Madrid', 'Lisbon']);
  });
});

describe('dates', () => {
  it('resolves a dateline with the lead’s weekday', () => {
    expect(datelineDate('NAIROBI, March 3 (AP) — The agency said Monday that 300 people had died since 2024.')).toBe('2025-03-03');
    expect(datelineDate('NAIROBI, March 3 (AP) — The agency said that 300 people had died since 2024.')).toBeNull();
    expect(inferAnchor('PARIS, Oct. 21 — Ministers met on Tuesday, after the 2024 accord.', null)).toBe('2025-10-21');
  });

  it('resolves "Monday, January 10", "on Oct. 21" and weekdays after an anchor', () => {
    const m = meetings('LIMA, Oct. 20 (Reuters) — Ministers said Monday they would hold talks in Quito on Oct. 21 under the 2024 accord. A summit in Bogota follows on Friday.');
    expect(m.map((x) => [x.place, x.when, x.date])).toEqual([['Quito', 'Oct. 21', '2025-10-21'], ['Bogota', 'Friday', '2025-10-24']]);
  });
});
