import { describe, expect, it } from 'vitest';
import { capitalIn } from '@/lib/extract/meetings/nation-capitals';
import { datelineCity } from '@/lib/extract/meetings/datelines';
import { findPlace } from '@/lib/extract/meetings/places';
import { isBuildingName, isInTheTown } from '@/lib/extract/meetings/place-buildings';
import { one } from './helpers';

/* Invented sentences in wire style, one per pattern: none of them comes from a fixture. */

const meetings = (body: string) => one(body).article.meetings;
const placeWhen = (body: string) => meetings(body).map((m) => [m.place, m.when]);

describe('meeting nouns and idioms', () => {
  it('reads a video hook-up as a virtual meeting', () => {
    expect(placeWhen('The mayor joined a video hook-up with fire chiefs on Monday evening.')).toEqual([['virtual', 'Monday']]);
  });

  it('reads a teleconference and a Zoom call as virtual, a round-table and plural nouns as meetings', () => {
    expect(placeWhen('Officials joined a teleconference on Tuesday.')).toEqual([['virtual', 'Tuesday']]);
    expect(placeWhen('The two leaders spoke on a Zoom call on Friday.')).toEqual([['virtual', 'Friday']]);
    expect(meetings('Ministers held a round-table in Oslo on Monday.').map((m) => [m.type, m.place])).toEqual([['meeting', 'Oslo']]);
    expect(placeWhen('Lawmakers held hearings in Denver on Monday.')).toEqual([['Denver', 'Monday']]);
  });

  it('reads "sat down with" and "return to the table" as talks, but not an interview', () => {
    expect(placeWhen('The union first sat down with the ministry on June 2 in Halifax.')).toEqual([['Halifax', 'June 2']]);
    expect(placeWhen('The mediator asked both sides to return to the table in Montreal on Nov. 3.')).toEqual([['Montreal', 'Nov. 3']]);
    expect(meetings('The minister sat down with reporters in Kyiv on Monday.')).toEqual([]);
  });

  it('keeps a dated meeting without a place when it is held, closed-door or a body meeting again', () => {
    expect(placeWhen('The board met in Perth on Monday and will meet again on Friday.')).toEqual([['Perth', 'Monday'], [null, 'Friday']]);
    expect(placeWhen('Envoys held closed-door consultations on Tuesday afternoon.')).toEqual([[null, 'Tuesday']]);
    expect(placeWhen('The pilots’ union held a strike vote in May.')).toEqual([[null, 'in May']]);
    expect(meetings('The bill faces a vote on Tuesday.')).toEqual([]);
  });

  it('keeps a body’s own dated meeting named by a verb: "The committee will reconvene on Friday"', () => {
    expect(meetings('The committee will reconvene on Friday.').map((m) => [m.type, m.place, m.when])).toEqual([['meeting', null, 'Friday']]);
    expect(placeWhen('The board will meet on Monday to decide.')).toEqual([[null, 'Monday']]);
    // A meeting placed in time is a meeting (the real-news gold's convention), with no place when none is said.
    expect(meetings('The ministers met on Tuesday.').map((m) => [m.place, m.when])).toEqual([[null, 'Tuesday']]);
    expect(meetings('The ministers met to discuss the budget.')).toEqual([]);
  });

  it('reads "a conference centre" as a venue, not a conference', () => {
    expect(meetings('Ministers met at a conference centre in Halifax on Monday.').map((m) => [m.what, m.place])).toEqual([['talks', 'Halifax']]);
  });

  it('lets a council that owns the hearing name no meeting of its own', () => {
    const m = meetings('DENVER (AP) — The City Council’s finance committee has scheduled a hearing for Thursday at City Hall.');
    expect(m.map((x) => [x.type, x.place, x.when])).toEqual([['meeting', 'Denver', 'Thursday']]);
  });
});

describe('meeting places', () => {
  it('reads a town after a building’s long name: "at the offices of the … Service in Brooklyn"', () => {
    expect(findPlace(' on Sunday at the offices of the Federal Arbitration and Review Service in Brooklyn.', 'met ')).toBe('Brooklyn');
  });

  it('reads the town before a building: "at the union’s Geneva offices"', () => {
    expect(placeWhen('A second round was held at the union’s Geneva offices on March 3.')).toEqual([['Geneva', 'March 3']]);
  });

  it('reads the city travelled to for a meeting, with or without an article or a day between', () => {
    expect(placeWhen('The minister flew to Brussels for talks with EU leaders on Monday.')).toEqual([['Brussels', 'Monday']]);
    expect(placeWhen('Leaders will gather in Lisbon on Friday for a summit on migration.')).toEqual([['Lisbon', 'Friday']]);
  });

  it('puts "in the capital" and "at a conference centre" in the dateline city, never "the capital of" another country', () => {
    expect(placeWhen('NAIROBI, Kenya (AP) — Ministers held talks in the capital on Monday.')).toEqual([['Nairobi', 'Monday']]);
    expect(placeWhen('NAIROBI, Kenya (AP) — Ministers met at a conference centre on Monday.')).toEqual([['Nairobi', 'Monday']]);
    // Talks placed in time are a meeting, but never in the dateline's city when the capital is another country's.
    expect(meetings('NAIROBI, Kenya (AP) — Ministers held talks in the capital of Chad on Monday.').map((m) => m.place)).toEqual([null]);
  });

  it('reads the host city before the meeting noun', () => {
    expect(placeWhen('Lisbon will also host an emergency summit on energy on May 14.')).toEqual([['Lisbon', 'May 14']]);
  });

  it('reads "the Norwegian capital" as Oslo, only when the capital is not named', () => {
    expect(capitalIn(' would be held in the Norwegian capital within days')).toBe('Oslo');
    expect(capitalIn(' in the Norwegian capital, Bergen')).toBeNull();
    expect(isInTheTown(' in the capital on Monday')).toBe(true);
  });

  it('reads a colon dateline and "Reporting from", and puts a named building in the dateline city', () => {
    expect(datelineCity('NAGPUR: The party won 40 seats on Tuesday.')).toBe('Nagpur');
    expect(datelineCity('PICTURE: Crews work on the line on Tuesday.')).toBeNull();
    expect(datelineCity('By A. Writer\nReporting from Brooklyn\n\nThe council said…')).toBe('New York');
    expect(isBuildingName('Lok Bhavan')).toBe(true);
    expect(placeWhen('NAGPUR: The chief minister will meet the governor at Lok Bhavan on Monday.')).toEqual([['Nagpur', 'Monday']]);
  });
});

describe('telling meetings apart', () => {
  it('keeps "the next round" apart from earlier talks in the same city', () => {
    const body = 'Officials held talks in Oslo on Monday. The next round of talks will take place in the Norwegian capital.';
    expect(placeWhen(body)).toEqual([['Oslo', 'Monday'], ['Oslo', null]]);
  });

  it('keeps a newly introduced, dated meeting apart from an undated one in the same city', () => {
    expect(placeWhen('Talks were held in Rome. Rome will also host an emergency summit on June 9.')).toEqual([['Rome', null], ['Rome', 'June 9']]);
  });

  it('keeps a board’s own meeting apart from a news conference in the same city', () => {
    const m = meetings('The chief told a news conference in Lyon afterwards. A safety board will meet in Lyon on Monday.');
    expect(m.map((x) => [x.type, x.place, x.when])).toEqual([['conference', 'Lyon', null], ['meeting', 'Lyon', 'Monday']]);
  });

  it('folds "the Nov. 3 session" into the meeting of that date', () => {
    const body = 'The mediator asked both sides to return to the table in Montreal on Nov. 3. The ministry will attend the Nov. 3 session.';
    expect(placeWhen(body)).toEqual([['Montreal', 'Nov. 3']]);
  });

  it('dates "had met on Tuesday" in the past even when the sentence looks ahead', () => {
    const m = meetings('LIMA, Oct. 22 (Reuters) — Ministers said Wednesday that the cabinet had met in Quito on Tuesday to review the 2024 accord and would meet again on Friday.');
    expect(m.map((x) => x.date)).toEqual(['2025-10-21', '2025-10-24']);
  });
});

describe('meetings told apart and placed by their own words (second round)', () => {
  it('keeps a meeting said to be separate, or another one, apart from the one already read in the same town', () => {
    const body = 'The minister will host a meeting with partners in Oslo tomorrow. The three countries will have a separate discussion in Oslo on fishing. She will also chair a meeting on shipping in Oslo.';
    expect(meetings(body).map((m) => m.place)).toEqual(['Oslo', 'Oslo', 'Oslo']);
  });

  it('places talks in the town the traveller goes to, and a meeting in the town after its building', () => {
    expect(placeWhen('The minister will travel to Lisbon next week for talks with her Portuguese counterpart.')).toEqual([['Lisbon', 'next week']]);
    expect(placeWhen('The union has called a mass meeting at Harmony Park stadium in Welkom on Monday.')).toEqual([['Welkom', 'Monday']]);
  });

  it('reads a video link in the event’s clause as virtual, and a summit named after its town as held there', () => {
    expect(placeWhen('The president addressed a summit of regional leaders via video link on Friday.')).toEqual([['virtual', 'Friday']]);
    expect(meetings('Ministers agreed their aims ahead of the Lisbon Summit.').map((m) => [m.what, m.place])).toEqual([['Lisbon Summit', 'Lisbon']]);
  });

  it('keeps a definite mention with a time of its own, and a committee’s dated vote', () => {
    expect(placeWhen('The premier spoke ahead of attending the G20 in Japan later this week.')).toEqual([[null, 'later this week']]);
    expect(placeWhen('The committee will vote next week on the report.')).toEqual([[null, 'next week']]);
  });
});

describe('calls and workshops', () => {
  it('reads an analyst or conference call as a virtual call, and a workshop placed in a town as a meeting', () => {
    expect(meetings('“Demand is back,” she told the analyst call.').map((m) => [m.type, m.place])).toEqual([['call', 'virtual']]);
    expect(meetings('The next step is a workshop in Tromsø in March.').map((m) => [m.type, m.place, m.when])).toEqual([['meeting', 'Tromsø', 'in March']]);
  });
});
