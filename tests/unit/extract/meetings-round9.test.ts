import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';

const meetings = (body: string, title = 'T', date?: string) =>
  extractLibrary([{ id: 'a', title, body, bodyStart: 0, ...(date ? { date } : {}) }]).articles[0]!.meetings
    .map((m) => ({ what: m.what, place: m.place, when: m.when }));

// Sentences written for these tests, each in the grammatical shape a rule reads (no article's own words).
describe('an election with no time of its own', () => {
  it('is an event when the words say it took place', () => {
    expect(meetings('We note that there have been new elections in Peru.')).toEqual([{ what: 'elections', place: null, when: null }]);
    expect(meetings('We congratulate the Chilean people on their peaceful presidential election.'))
      .toEqual([expect.objectContaining({ what: 'presidential election', when: null })]);
    expect(meetings('Ecuador held elections despite the unrest.')).toHaveLength(1);
  });

  it('is a generic mention when nothing says it was held', () => {
    expect(meetings('Elections are won on the economy.')).toEqual([]);
    expect(meetings('There have been calls for elections in Syria.')).toEqual([]);
    expect(meetings('The opposition demanded new elections.')).toEqual([]);
    expect(meetings('The junta will hold elections.')).toEqual([]);
    expect(meetings('The election result was close.')).toEqual([]);
  });

  it('named by its result with its year, is the election of that year', () => {
    expect(meetings('The 2015 election result gave the Liberals a majority.')).toEqual([expect.objectContaining({ when: '2015' })]);
    expect(meetings('The 2015 election campaign was dull.')).toEqual([]);
  });
});

describe('a transcript its title names', () => {
  it('"press statement and answers to journalists\' questions" is the press conference the transcript records', () => {
    const body = 'June 3, 2014, Warsaw\n\nPresident of Poland Jan Nowak: Ladies and gentlemen, we have finished our talks.\n\nPresident of the Czech Republic Petr Dvorak: Thank you, Mr President.';
    const found = meetings(body, 'Press statement and answers to journalists’ questions following Polish-Czech talks');
    expect(found).toContainEqual(expect.objectContaining({ what: expect.stringMatching(/^press statement/), place: 'Warsaw', when: 'June 3, 2014' }));
  });

  it('a compiled title\'s part "… Before Their Meeting" is placed and dated by the lines over the remarks, not by another part\'s town', () => {
    const title = 'Remarks With Chilean Foreign Minister Ana Soto Before Their Meeting; Secretary of State Tom Jones To Travel to Lima';
    const body = [
      'Press Releases: Remarks With Chilean Foreign Minister Ana Soto Before Their Meeting', 'Treaty Room', 'Washington, DC', 'March 4, 2019',
      'SECRETARY JONES: Good morning, all. Welcome to the Department, Madam Minister.', 'FOREIGN MINISTER SOTO: Thank you.',
      'Press Releases: Secretary of State Tom Jones To Travel to Lima',
      'Secretary of State Tom Jones will travel to Lima March 6 – March 8 to meet with senior Peruvian leaders.',
    ].join('\n\n');
    const found = meetings(body, title);
    expect(found).toContainEqual(expect.objectContaining({ what: 'meeting', place: 'Washington', when: 'March 4, 2019' }));
    expect(found).toContainEqual(expect.objectContaining({ place: 'Lima' }));
  });
});

describe('a venue written with its house number', () => {
  it('"at No10 Downing Street" is the venue, in its city', () => {
    expect(meetings('Asked where the talks would be held, the spokesman said the meeting would take place at No10 Downing Street.'))
      .toContainEqual(expect.objectContaining({ place: 'London' }));
    expect(meetings('The two leaders held talks at Number 10 Downing Street.')).toEqual([expect.objectContaining({ what: 'talks', place: 'London' })]);
  });
});

describe('a month before the event noun', () => {
  it('is the event\'s own time, not the time of the clause around it', () => {
    expect(meetings('The envoy toured Hanoi today, where he is preparing a November summit with leaders of the region.'))
      .toContainEqual(expect.objectContaining({ what: 'November summit', when: 'November' }));
    expect(meetings('Observers praised the March elections.')).toEqual([expect.objectContaining({ when: 'March' })]);
  });

  it('needs its determiner: "Prime Minister May" is no month', () => {
    expect(meetings('Prime Minister May held talks in Paris on Monday.')).toEqual([expect.objectContaining({ when: 'Monday' })]);
  });
});

describe('places the gazetteers name in other ways', () => {
  it('a summit named after a head of government\'s retreat is held there', () => {
    expect(meetings('They returned to the issues raised at the Camp David summit in May.'))
      .toEqual([expect.objectContaining({ what: 'Camp David summit', place: 'Camp David', when: 'in May' })]);
  });

  it('a saint\'s abbreviation is part of the town\'s name', () => {
    expect(meetings('The two presidents met in St. Petersburg, Russia, on Monday.')).toEqual([expect.objectContaining({ place: 'St. Petersburg', when: 'Monday' })]);
  });
});

describe('a meeting looked forward to', () => {
  it('"I look forward to seeing you in <town>" is a meeting there, ahead of the report and so undated', () => {
    expect(meetings('It was a fine visit, and I look forward to seeing you in Rome, where we can continue our talks.', 'T', '2019-03-04'))
      .toContainEqual(expect.objectContaining({ what: 'meeting', place: 'Rome', when: null }));
    expect(meetings('I look forward to seeing the results in May.')).toEqual([]);
  });
});

describe('talks named by their two parties', () => {
  it('are held when a verb tells them going on', () => {
    expect(meetings('Two soldiers died Wednesday in Kandahar, the army said, as talks between the U.S. and the Taliban were set to resume in Qatar.'))
      .toEqual([expect.objectContaining({ what: 'talks', place: null, when: null })]);
    expect(meetings('Negotiations between Boeing and the Machinists broke down on Friday.')).toEqual([expect.objectContaining({ when: 'Friday' })]);
  });

  it('are a generic mention when nothing tells them going on', () => {
    expect(meetings('Talks between Serbia and Kosovo are needed.')).toEqual([]);
  });
});

describe('a "where" clause after a town, its country and a day', () => {
  it('places the meeting the clause tells at the town', () => {
    expect(meetings('The minister will fly to Puerto Ayora, Ecuador, on Friday, where the U.N. Ocean Conference is underway.'))
      .toContainEqual(expect.objectContaining({ place: 'Puerto Ayora' }));
  });
});
