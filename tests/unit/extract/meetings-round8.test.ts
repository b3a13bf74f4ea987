import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { firstWhen, lastWhen } from '@/lib/extract/meetings/when';

const meetings = (body: string, title = 'T', date?: string) =>
  extractLibrary([{ id: 'a', title, body, bodyStart: 0, ...(date ? { date } : {}) }]).articles[0]!.meetings
    .map((m) => ({ what: m.what, place: m.place, when: m.when }));

// Sentences written for these tests, each in the grammatical shape a rule reads (no article's own words).
describe('a meeting\'s time in the shapes real news writes it', () => {
  it('a span counted from the report is a time: "three weeks ago", "a year from now"', () => {
    expect(firstWhen(' with the envoy three weeks ago to review')).toBe('three weeks ago');
    expect(firstWhen(' a year from now in Oslo')).toBe('a year from now');
    expect(meetings('The two ministers agreed to hold another ministerial summit a year from now.'))
      .toEqual([expect.objectContaining({ when: 'a year from now' })]);
  });

  it('a time in the possessive belongs to the noun after it', () => {
    // "next month's summit": not the time of the working session before it.
    expect(firstWhen(' ahead of next month’s summit in Lima')).toBeUndefined();
    const found = meetings('The envoys held a working session ahead of next month’s summit in Lima.');
    expect(found.filter((m) => m.when === 'next month' && m.place !== 'Lima')).toEqual([]);
    expect(meetings('Many voters felt cheated by 2014’s elections.')).toEqual([expect.objectContaining({ when: '2014' })]);
  });

  it('a dated range is one time, not its last day', () => {
    expect(lastWhen('will travel to Hanoi March 3 – March 6 to')).toBe('March 3 – March 6');
    expect(meetings('The minister will travel to Hanoi March 3 – March 6 to meet with senior Vietnamese leaders.'))
      .toEqual([expect.objectContaining({ place: 'Hanoi', when: 'March 3 – March 6' })]);
  });
});

describe('one event or two', () => {
  it('a gathering that a two-sided meeting is held at is an event of its own', () => {
    const found = meetings('The two premiers held a bilateral meeting this morning at the Riga Digital Summit in Latvia.');
    expect(found).toEqual([expect.objectContaining({ what: 'bilateral meeting', place: 'Riga' }), expect.objectContaining({ what: 'Riga Digital Summit', place: 'Riga' })]);
    // People meeting at a conference are the conference.
    expect(meetings('Delegates of forty states met in Quito, Ecuador, at a conference on fisheries.')).toHaveLength(1);
  });

  it('a press conference is apart from the meeting it reports on', () => {
    const found = meetings('During a long meeting today in Lisbon, the ministers discussed fisheries, the minister said during a scheduled press conference.');
    expect(found.map((m) => m.what)).toEqual(['meeting', 'press conference']);
    expect(found.every((m) => m.place === 'Lisbon')).toBe(true);
  });

  it('a body that meets, or that a witness appears before, is one meeting with its verb', () => {
    expect(meetings('Speaking at a briefing in Geneva, the director said the Ethics Committee on housing would meet by video link on Friday.')
      .map((m) => [m.what, m.place])).toEqual([['briefing', 'Geneva'], ['meeting', 'virtual']]);
    expect(meetings('The governor told a press conference in London that rates would fall. He is due to appear before the Budget Select Committee in Westminster on Monday.')
      .map((m) => [m.what, m.place])).toEqual([['press conference', 'London'], ['Budget Select Committee', 'Westminster']]);
  });

  it('"one meeting at a time", "each meeting" count meetings in general', () => {
    expect(meetings('"We will decide one meeting at a time," the chair said in Oslo on Monday.')).toEqual([]);
    expect(meetings('Each meeting of the board in Oslo is recorded.')).toEqual([]);
  });
});

describe('a meeting\'s place from the clause around it', () => {
  it('a city that "is hosting" a meeting, set off with its country', () => {
    expect(meetings('Quito, Ecuador, is hosting a regional meeting of some 20 states on fisheries.'))
      .toEqual([expect.objectContaining({ place: 'Quito' })]);
  });

  it('a "where" clause places the meeting it tells, however long', () => {
    expect(meetings('The negotiators now head to Lima, where Tuesday marks the opening of another week-long summit.'))
      .toEqual([expect.objectContaining({ place: 'Lima', when: 'Tuesday' })]);
  });

  it('"here in" a city places the speaker\'s meetings of now, not those of another time', () => {
    const found = meetings('SECRETARY: What is happening here in Nairobi under the President’s leadership and his convening of the Regional Council this morning is new. And this afternoon, he will address the Trade Summit.\n\nThere is a commitment to have another regional summit a year from now.');
    expect(found).toEqual([
      expect.objectContaining({ what: 'Regional Council', place: 'Nairobi', when: 'this morning' }),
      expect.objectContaining({ what: 'Trade Summit', place: 'Nairobi', when: 'this afternoon' }),
      expect.objectContaining({ place: null, when: 'a year from now' }),
    ]);
  });
});

describe('a meeting\'s time and kind from its own clause', () => {
  it('a round of talks placed in time is a meeting, and a possessive time before it is its own', () => {
    expect(meetings('She looked forward to the next round of talks in late November.'))
      .toEqual([expect.objectContaining({ what: 'round of talks', when: 'in late November' })]);
    expect(meetings('Officials doubt that next week’s round of talks will succeed, and recall the demands made on March 3.'))
      .toEqual([expect.objectContaining({ when: 'next week' })]);
  });

  it('"and" opening a clause with its own subject ends the meeting\'s words', () => {
    expect(meetings('Three weeks ago she met with Finnish Defense Minister Aino Lahti to discuss the border, and tomorrow she’ll travel home.'))
      .toEqual([expect.objectContaining({ when: 'Three weeks ago' })]);
  });

  it('visiting a person is a meeting; visiting a town is a trip', () => {
    expect(meetings('Earlier this week, Secretary Lund visited Defense Minister Pedro Alvarez in Peru and Defense Minister Anna Rossi in Chile.'))
      .toEqual([expect.objectContaining({ what: 'visit', place: null, when: 'Earlier this week' }), expect.objectContaining({ what: 'visit', place: null, when: 'Earlier this week' })]);
    expect(meetings('We have fond memories of when Ana and Luis visited us last year.')).toEqual([expect.objectContaining({ what: 'visit', when: 'last year' })]);
    expect(meetings('Earlier this week, Secretary Lund visited Lima and Santiago.')).toEqual([]);
  });
});

describe('the meeting a document\'s header records', () => {
  it('a briefing\'s title dates it with the header\'s clock time and weekday', () => {
    const body = 'Ministry Press Briefing\n\nPress Briefing: 4.15pm Thursday 12 March 2009\n\nAsked about the trade talks, the spokesman said that it was important to take things one step at a time and wait for the report.';
    expect(meetings(body, 'Ministry Press Briefing: 4.15pm Thursday 12 March 2009')).toContainEqual(expect.objectContaining({ what: 'press briefing', when: '4.15pm Thursday 12 March 2009' }));
  });

  it('a header line of a date and a town alone sets the article in that town', () => {
    const body = 'Joint News Conference following Polish-Czech Talks\n\nMay 4, 2011, Karlovac\n\nPresident Novak: Good afternoon. We have had long and useful talks on energy and on the railway line between our two countries.';
    expect(meetings(body, 'Joint News Conference following Polish-Czech Talks').map((m) => m.place)).toEqual(['Karlovac', 'Karlovac']);
  });

  it('a gathering the header names is held where the article is set, unless the body tells it elsewhere', () => {
    const header = 'Remarks by the President during the Opening Session of the Harbour Summit\nLagos, Nigeria\n10:05 A.M. WAT\n';
    expect(meetings(`${header}THE PRESIDENT: Thank you all for being here around this table, and for the work that brought us together.`, header.split('\n')[0]))
      .toEqual([expect.objectContaining({ what: 'Harbour Summit', place: 'Lagos', when: '10:05 A.M. WAT' })]);
    const note = 'Harbour Summit Ministerial Statement\n\nLagos, Nigeria\n\nThe ministers of the three states met in Accra, Ghana, on May 2, 2017, for the fifth meeting of the group and agreed on new steps.';
    expect(meetings(note, 'Harbour Summit Ministerial Statement').filter((m) => m.place === 'Lagos')).toEqual([]);
  });

  it('a host welcoming a guest "to the Oval Office" sets the article in its city', () => {
    expect(meetings('It is my honour to welcome the President of Chad here to the Oval Office. We had a very constructive discussion about a variety of issues.', 'Remarks Following Discussions With the President of Chad'))
      .toContainEqual(expect.objectContaining({ place: 'Washington' }));
  });
});

describe('meetings of a day told in a briefing', () => {
  it('an arrival with its time sets the paragraph\'s city; a plural of bilaterals is one meeting per person listed', () => {
    const found = meetings('But after she arrived this morning in Oslo, she has had bilaterals with Spanish Foreign Minister Ortega, Kenyan Foreign Minister Otieno and Chilean Foreign Minister Rojas, prior to the main session. And later on this evening she will have an extended meeting with Peruvian President Alvarez.');
    expect(found.filter((m) => m.what === 'bilateral meeting' && m.place === 'Oslo' && m.when === 'this morning')).toHaveLength(3);
    expect(found).toContainEqual(expect.objectContaining({ place: 'Oslo', when: 'later on this evening' }));
  });

  it('a stay ("While in …,") names a town the gazetteers may lack, for the paragraph\'s meetings', () => {
    expect(meetings('The minister is making his first visit to Moldova on 3 and 4 June. While in Balti, the minister will reiterate support for reform. During meetings with the Prime Minister, he will also discuss trade.'))
      .toContainEqual(expect.objectContaining({ what: 'meetings', place: 'Balti' }));
  });

  it('a question tells no meeting at the article\'s place and time', () => {
    const dateline = 'OSLO, May 3 (AP) — The minister spoke to reporters on Monday.\n\n';
    expect(meetings(`${dateline}QUESTION: Wasn’t she supposed to do some bilats with some Arab foreign ministers?`)).toEqual([]);
  });
});

describe('a visit to a state or a town', () => {
  it('is a meeting when a person visits and the clause dates it; a trip when undated, a thing\'s, or framing a "where" meeting', () => {
    expect(meetings('The president says he will visit Chile and Peru in April.')).toEqual([expect.objectContaining({ what: 'visit', place: null, when: 'in April' })]);
    expect(meetings('Secretary Lund visited Hanoi in May 2011.')).toEqual([expect.objectContaining({ what: 'visit', place: 'Hanoi', when: 'in May 2011' })]);
    expect(meetings('He has visited Chile many times.')).toEqual([]);
    expect(meetings('The cargo ship Aurora visited Chile a few days earlier.')).toEqual([]);
    expect(meetings('Secretary Lund will then visit Chile May 4, where he will meet with President Rojas.').map((m) => m.what)).toEqual(['meeting']);
  });
});
