import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';

const meetings = (body: string, title = 'T', date?: string) =>
  extractLibrary([{ id: 'a', title, body, bodyStart: 0, ...(date ? { date } : {}) }]).articles[0]!.meetings
    .map((m) => ({ what: m.what, place: m.place, when: m.when, participants: m.participants }));

// Round 19 (meetV): invented articles, each in the shape a rule reads.

describe('one meeting per person a traveller lists in turn', () => {
  it('an office ending on “for …” and the name set off after it (“Minister for Coastal Affairs, Tomas Vale”) is one item', () => {
    const body = 'Defence Secretary Anna Berg met with her Lorvanian counterpart Defence Minister Lena Koss in Tallinn.\n\n'
      + 'The Defence Secretary also held meetings with the newly appointed Ostrian Defence Minister Pavel Dorn and Lorvanian Minister for Coastal Affairs, Tomas Vale.';
    const got = meetings(body, 'Berg in Tallinn');
    expect(got.filter((m) => m.place === 'Tallinn')).toHaveLength(3);
  });

  it('“Meeting with Prime Minister A, Foreign and Trade Minister B, … , he discussed …” is one meeting with each', () => {
    const body = 'On 4 May, Secretary General Anna Berg travelled to Tallinn. Meeting with Prime Minister Tomas Vale, Foreign and Trade Minister Lena Koss, '
      + 'Defence Minister Pavel Dorn, and Parliament President Ida Marr, she discussed the coming summit and the reform of the alliance.';
    const got = meetings(body, 'Berg in Tallinn', '2031-05-05');
    expect(got.filter((m) => m.place === 'Tallinn' && m.when === '4 May' && /^meeting$/i.test(m.what))).toHaveLength(4);
  });

  it('still one meeting for a single person with an office in apposition (“Minister for Coastal Affairs, Tomas Vale”)', () => {
    const body = 'Defence Secretary Anna Berg held meetings with the Lorvanian Minister for Coastal Affairs, Tomas Vale, in Tallinn.';
    expect(meetings(body, 'Berg in Tallinn')).toHaveLength(1);
  });
});

describe('a sentence opening on “Also …,” tells another meeting', () => {
  it('“Also this morning, A and B met with C” after “A met with commanders this morning” is a second meeting', () => {
    const body = 'VALMORA, May 3, 2031 — Defense Secretary Anna Berg met with military commanders this morning, a spokesman said. '
      + 'Also this morning, Berg and Chairman of the Joint Chiefs of Staff Gen. Tomas Vale met with Chief of Army Staff Gen. Pavel Dorn of Lorvania to discuss security, the spokesman said.';
    expect(meetings(body, 'Berg meets commanders').filter((m) => m.when === 'this morning')).toHaveLength(2);
  });

  it('not a meeting told again without such an opener', () => {
    const body = 'VALMORA, May 3, 2031 — Defense Secretary Anna Berg met with military commanders this morning, a spokesman said. '
      + 'During the meeting, Berg was briefed on the border, the spokesman said.';
    expect(meetings(body, 'Berg meets commanders')).toHaveLength(1);
  });
});

describe('a trip that takes someone to a list of places', () => {
  it('“The trip … took the secretary to Estonia, Latvia, Lithuania and Poland” is one visit per place', () => {
    const body = 'The trip was aimed at strengthening ties in the region and took the secretary to Estonia, Latvia, Lithuania and Poland.';
    expect(meetings(body, 'Berg returns').map((m) => m.what)).toEqual(['visit to Estonia', 'visit to Latvia', 'visit to Lithuania', 'visit to Poland']);
  });

  it('not a trip that takes a list of people, nor a dated tour', () => {
    expect(meetings('The trip took Minister Anna Berg to meet President Tomas Vale and Governor Lena Koss.', 'Berg').filter((m) => m.what.startsWith('visit to'))).toEqual([]);
    expect(meetings('The trip will take the secretary to Estonia and Latvia in March.', 'Berg').filter((m) => m.what.startsWith('visit to'))).toEqual([]);
  });
});

describe('talks held “during the visits” just told', () => {
  it('are the visits’ talks: the visitor joins each, and no placeless meeting is added', () => {
    const body = 'WASHINGTON, May 3, 2031 – Secretary Tomas Vale returned home tonight.\n\nThe trip was aimed at strengthening ties in the region and took the secretary to Estonia, Latvia and Poland. '
      + 'During the visits, Secretary Tomas Vale met with defense officials and presidents.';
    const got = meetings(body, 'Vale returns');
    expect(got.map((m) => m.what)).toEqual(['visit to Estonia', 'visit to Latvia', 'visit to Poland']);
    expect(got.every((m) => m.participants.includes('Tomas Vale'))).toBe(true);
  });
});

describe('a person named right before “visit” going to one town', () => {
  it('“Secretary Tomas Vale will visit Tallinn and a number of areas where …” is a visit in that town', () => {
    const body = 'In Estonia, the press secretary said, Secretary Tomas Vale will visit Tallinn and a number of areas where troops train.';
    expect(meetings(body, 'Vale to travel').map((m) => [m.what, m.place])).toEqual([['visit', 'Tallinn']]);
  });

  it('not a history (“has visited Tallinn”), nor a visitor who is no person', () => {
    expect(meetings('Secretary Tomas Vale has visited Tallinn.', 'Vale')).toEqual([]);
    expect(meetings('Tourists visited Tallinn.', 'Tallinn')).toEqual([]);
  });
});

describe('a clause after a comma that opens on its town', () => {
  it('“In Tallinn, he will meet …, and in Riga he will meet …” is one meeting in each town', () => {
    const body = 'Secretary Tomas Vale will travel to the region next week. In Tallinn, he will meet with Estonian leaders, and in Riga he will meet with the Latvian leadership.';
    expect(meetings(body, 'Vale to travel').map((m) => m.place)).toEqual(['Tallinn', 'Riga']);
  });
});

describe('a list that opens on “his counterpart,” and names an office of a body after a person', () => {
  it('“met with her counterpart, Minister A, Chief of the Defence Staff and General B” is one meeting with each of A and B', () => {
    const body = 'Secretary of State for Defence Anna Berg has concluded a planned visit to Tallinn to conduct meetings with senior Estonian defence leaders.\n\n'
      + 'She met with her counterpart, Defence Minister Tomas Vale, Chief of the Defence Staff and General Pavel Dorn, to discuss a range of issues.';
    expect(meetings(body, 'Berg in Tallinn').filter((m) => m.place === 'Tallinn')).toHaveLength(2);
  });

  it('“her counterpart, Minister A,” alone is one meeting', () => {
    const body = 'Secretary Anna Berg met with her counterpart, Defence Minister Tomas Vale, in Tallinn.';
    expect(meetings(body, 'Berg in Tallinn')).toHaveLength(1);
  });
});
