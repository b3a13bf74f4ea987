import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';

const meetings = (body: string, title = 'T') =>
  extractLibrary([{ id: 'a', title, body, bodyStart: 0 }]).articles[0]!.meetings.map((m) => ({ what: m.what, place: m.place, when: m.when }));

// Sentences written for these tests (invented towns and people), each in the grammatical shape a rule reads.
describe('a place a "where" clause refers back to, with no comma before "where"', () => {
  it('is the place of the meeting the clause tells', () => {
    expect(meetings('The minister will go on to Stuttgart where he will hold bilateral meetings with army leaders.'))
      .toEqual([expect.objectContaining({ place: 'Stuttgart' })]);
    expect(meetings('Her first stop will be the naval base in Stuttgart, Germany where she will meet with Admiral Tom Rudd.'))
      .toEqual([expect.objectContaining({ place: 'Stuttgart' })]);
  });

  it('is a town the gazetteers lack when she arrives in it, a date between', () => {
    expect(meetings('Secretary Ana Ruiz arrives in Melvinton on October 27 where she will meet with Foreign Minister Tom Rudd.'))
      .toEqual([expect.objectContaining({ place: 'Melvinton', when: 'October 27' })]);
  });

  it('is not a town the gazetteers lack when nothing says it is one', () => {
    expect(meetings('The envoy spoke at Harbury Fields where he will meet with Admiral Tom Rudd on Monday.'))
      .not.toContainEqual(expect.objectContaining({ place: 'Harbury Fields' }));
  });
});

describe('a place after the people a meeting is held with', () => {
  it('"met with X and Y in Z" places the meeting in Z, however long the names', () => {
    expect(meetings('The Minister, along with Secretary Ana Ruiz, met with the First Minister and deputy First Minister in Carrowmore to discuss growth.'))
      .toEqual([expect.objectContaining({ place: 'Carrowmore' })]);
  });

  it('not a place that belongs to another verb or to the people ("who live in …")', () => {
    expect(meetings('The Minister met with the First Minister and farmers who had travelled from Carrowmore.'))
      .not.toContainEqual(expect.objectContaining({ place: 'Carrowmore' }));
    expect(meetings('The Minister met with the First Minister, and later opened a new school in Carrowmore.'))
      .not.toContainEqual(expect.objectContaining({ place: 'Carrowmore' }));
  });
});

describe('a building set off by its description', () => {
  it('"at the Kelmar, the headquarters of …" is the building, in the dateline\'s city', () => {
    const body = 'OSLO, Norway, June 9, 2015 – The general discussed the threats during meetings at the Kelmar, the headquarters of the defense ministry.';
    expect(meetings(body)).toContainEqual(expect.objectContaining({ place: 'Oslo' }));
    expect(meetings(body)).not.toContainEqual(expect.objectContaining({ place: 'Kelmar' }));
  });
});

describe('a dateline that names the town\'s country before its date', () => {
  it('"HALVERN, Norway, June 9, 2015 –" sets the story in Halvern: "here" and a building are there', () => {
    const body = 'HALVERN, Norway, June 9, 2015 – The general met with defense leaders at the ministry’s headquarters today, he said here.';
    expect(meetings(body)).toEqual([expect.objectContaining({ place: 'Halvern' })]);
  });
});

describe('a trip\'s next stop, told by "continue to"', () => {
  it('places the meetings of its paragraph there, not at the stop before', () => {
    const body = [
      'Secretary Ana Ruiz will travel to Oslo, Norway, on May 2. She will join ministers for an informal ministerial meeting.',
      'The Secretary will continue to Stockholm, Sweden from May 4 to May 5. She will meet with Prime Minister Tom Rudd to discuss trade.',
    ].join('\n\n');
    const found = meetings(body);
    expect(found).toContainEqual(expect.objectContaining({ place: 'Stockholm', when: 'May 4' }));
    expect(found.filter((m) => m.place === 'Oslo')).toHaveLength(1);
  });
});

describe('a trip to states after a stop in a town', () => {
  it('ends the town\'s frame: meetings in the states are in no town told, not the one before', () => {
    const body = [
      'In the Pacific, the minister will visit Manila and the fleet.',
      'In the Gulf, the minister will visit the United Arab Emirates and Saudi Arabia for meetings with his counterparts, he said.',
    ].join('\n');
    expect(meetings(body)).not.toContainEqual(expect.objectContaining({ what: 'meetings', place: 'Manila' }));
  });
});

describe('a capital named after its state at the opening of a sentence', () => {
  it('"In Norway’s capital city, Oslo, …" places the meeting the sentence tells', () => {
    expect(meetings('In Norway’s capital city, Oslo, the two ministers will convene a meeting of defense chiefs on Monday.'))
      .toEqual([expect.objectContaining({ place: 'Oslo' })]);
  });
});

describe('a gathering whose name ends on its town', () => {
  it('"the 2015 U.S.-GCC Camp David Summit" is held at Camp David', () => {
    expect(meetings('They renewed the pledges made during the 2015 U.S.-GCC Camp David Summit last May.'))
      .toEqual([expect.objectContaining({ place: 'Camp David', when: 'last May' })]);
  });
});

describe('a town a "where" clause refers back to after "from"', () => {
  it('"on his way back from Lisbon, where he was taking part in the Ocean Forum" places the forum in Lisbon', () => {
    expect(meetings('The president was on his way back from Lisbon, where he was taking part in the Atlantic Ocean Forum.'))
      .toEqual([expect.objectContaining({ place: 'Lisbon' })]);
  });
});
