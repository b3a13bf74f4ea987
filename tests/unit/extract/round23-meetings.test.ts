import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { titleAsProse } from '@/lib/extract/meetings/headline';

const meetings = (body: string, title = 'T', date?: string) =>
  extractLibrary([{ id: 'a', title, body, bodyStart: 0, ...(date ? { date } : {}) }]).articles[0]!.meetings
    .map((m) => ({ what: m.what, place: m.place, when: m.when, participants: m.participants }));

// Round 23 (meetings): constructions of real news the dev corpora missed, each on invented text in the shape a rule reads.

describe('a title-case headline line reads its linking words as prose does', () => {
  it('“Meetings With”, “Talks In” are read in lower case, the line’s length kept', () => {
    const line = 'Secretary Berg’s Meetings With Foreign Minister Vale And Minister Lund In Lakeport';
    expect(titleAsProse(line)).toBe('Secretary Berg’s Meetings with Foreign Minister Vale and Minister Lund in Lakeport');
    expect(titleAsProse(line)).toHaveLength(line.length);
  });

  it('prose, and a line that closes on a stop, are left as they are', () => {
    expect(titleAsProse('He met With the minister.')).toBe('He met With the minister.');
    expect(titleAsProse('The talks went on In the evening')).toBe('The talks went on In the evening');
  });

  it('a headline line above a body that does not retell it names the meeting and whom it was held with', () => {
    const body = 'Secretary Anna Berg’s Meeting With Ruritanian Foreign Minister Tomas Vale\n\nThe two discussed trade, the border and the coming harvest at some length.';
    expect(meetings(body, 'Weekly digest')).toContainEqual(expect.objectContaining({ participants: expect.arrayContaining(['Tomas Vale']) }));
  });
});

describe('“had a conversation with” someone is talks held', () => {
  it('“I had a conversation with Prime Minister Tomas Vale two hours ago” is talks with him, two hours ago', () => {
    const got = meetings('Incidentally, I had a conversation with Prime Minister Tomas Vale two hours ago, and he asked me to convey his regards.');
    expect(got).toEqual([expect.objectContaining({ what: 'conversation', when: 'two hours ago', participants: ['Tomas Vale'] })]);
  });

  it('a conversation not had (“tweeted her conversation with”) or had with no one named is none', () => {
    expect(meetings('Anna Berg tweeted her conversation with several rulers, including Tomas Vale, on her account.')).toEqual([]);
    expect(meetings('We had a long conversation with reporters about the budget.')).toEqual([]);
  });

  it('the title’s meeting is still read beside dated talks the body holds with someone the title does not name', () => {
    const body = 'PRESIDENT BERG: Dear Mr President, I am glad to see you.\n\nIncidentally, I had a conversation with Prime Minister Tomas Vale two hours ago, and he asked me to convey his regards.';
    const got = meetings(body, 'Beginning of meeting with President of Ruritania Ola Lund');
    expect(got.map((m) => m.what)).toEqual(expect.arrayContaining(['meeting', 'conversation']));
  });
});

describe('where a wire story’s newsmaker told reporters is where its news is', () => {
  it('“told reporters in Bucharest” places a meeting the story tells without a town', () => {
    const body = 'Secretary of State Anna Berg has called on Tomas Vale to do more to curb violence, following attacks that killed 25 people in Ruritania.\n\n'
      + 'Secretary Berg told reporters in Bucharest that Mr. Vale needs to do a lot more than has been seen so far.\n\n'
      + 'Foreign Minister Ola Lund said the two sides have agreed to work together. Mr. Lund spoke following a meeting with Secretary Berg.';
    expect(meetings(body).map((m) => m.place)).toEqual(['Bucharest']);
  });
});

describe('a summit in a town its country follows', () => {
  const lead = 'The Summit of the Americas in Mar del Plata, Argentina, is under way with leaders from 34 countries in attendance.';

  it('“in Mar del Plata, Argentina”: a name joined by a particle is a town, and the summit’s name ends before it', () => {
    expect(meetings(lead)).toEqual([expect.objectContaining({ what: 'Summit of the Americas', place: 'Mar del Plata' })]);
  });

  it('“an OSCE meeting … in Europe in Vienna on Monday”: an “of” name keeps an “in” that is no town and ends at one that is', () => {
    expect(meetings('Ministers held a meeting of the Organization for Security and Cooperation in Europe in Vienna on Monday.').map((m) => m.what))
      .toEqual(['Organization for Security and Cooperation in Europe']);
  });

  it('“his talks with the summit host, Ruritania’s Tomas Vale” are talks with him, held where the lead’s summit is', () => {
    const got = meetings(`${lead}\n\nFollowing his talks with the summit host, Ruritania's Tomas Vale, Mr. Berg referred to that country's debt.`);
    expect(got).toContainEqual(expect.objectContaining({ what: 'talks', place: 'Mar del Plata', participants: expect.arrayContaining(['Tomas Vale']) }));
  });

  it('a lead’s press conference “at the G7 in Bavaria, Germany” sets no town for the article: a region is named so too', () => {
    const got = meetings('Anna Berg gave a press conference at the G7 in Bavaria, Germany.\n\nShe later met with Foreign Minister Tomas Vale to discuss trade.');
    expect(got.find((m) => m.participants.includes('Tomas Vale'))?.place).toBeNull();
  });
});

describe('an audience with a sovereign, and sitting down with someone, are talks held', () => {
  it('“had an audience with His Majesty King Olav of Norway” is an audience of its own, after a session told there', () => {
    const body = 'OSLO, March 5, 2031 —\n\nThe Secretary General took part in a security conference. This was followed by a question and answer session.\n\n'
      + 'Ms. Anna Berg also visited the parliament, and had an audience with His Majesty King Olav of Norway.';
    expect(meetings(body)).toContainEqual(expect.objectContaining({ what: 'audience', place: 'Oslo' }));
  });

  it('“found an audience with younger viewers” is no meeting', () => {
    expect(meetings('The film found an audience with younger viewers.')).toEqual([]);
  });

  it('“Secretary Berg sits down with Finance Minister Tomas Vale” is talks with him', () => {
    expect(meetings('Later today, Secretary Anna Berg sits down with Finance Minister Tomas Vale.')).toEqual([
      expect.objectContaining({ what: 'talks', participants: expect.arrayContaining(['Tomas Vale']) })]);
  });
});

describe('gatherings named in ways the triggers did not read', () => {
  it('“the 2008 Summit in Bucharest”: a capitalised gathering after its year is one, named with the year', () => {
    expect(meetings('The decisions taken at the 2008 Summit in Bucharest stand as firm as ever.')).toEqual([
      expect.objectContaining({ what: '2008 Summit', place: 'Bucharest', when: '2008' })]);
  });

  it('“at the meeting of the Ruritania Contact Group” after a trip to Abu Dhabi is that group’s meeting, there', () => {
    expect(meetings('On Thursday he travelled to Abu Dhabi to represent the UK at the meeting of the Ruritania Contact Group.')).toEqual([
      expect.objectContaining({ what: 'Ruritania Contact Group', place: 'Abu Dhabi' })]);
  });

  it('“the annual general assembly of the Organization of American States” in the town a “where” clause names', () => {
    const got = meetings('Foreign Minister Tomas Vale joined Ms. Berg on her flight to Buenos Aires from Santiago, where both had attended the annual general assembly of the Organization of American States.');
    expect(got).toEqual([expect.objectContaining({ what: 'Organization of American States', place: 'Santiago' })]);
  });

  it('“an early visit to Washington by President Tomas Vale” is his visit there', () => {
    expect(meetings('Officials confirmed an early visit to Washington by President Tomas Vale.')).toEqual([
      expect.objectContaining({ what: 'visit', place: 'Washington', participants: ['Tomas Vale'] })]);
  });
});

describe('a readout’s title that lists its meetings, and “her bilat with”', () => {
  const title = 'Readout of the Secretary’s Meetings With Ruritanian Foreign Minister Vale, Freedonian Foreign Minister Lund, and the Harbour Dinner';
  const body = `${title}\n\nSpecial Briefing\n\nWaldorf Astoria Hotel\nNew York City\nMarch 3, 2031\nMODERATOR: Thank you very much for waiting so late this evening for the readout of the dinner.`;

  it('tells one meeting with each person the title lists by title, where the readout is set', () => {
    const got = meetings(body, title).filter((m) => m.what.startsWith('meeting with'));
    expect(got.map((m) => [m.what, m.place])).toEqual([
      ['meeting with Ruritanian Foreign Minister Vale', 'New York'], ['meeting with Freedonian Foreign Minister Lund', 'New York']]);
  });

  it('a title naming one person, or a body that tells the meetings with them, adds none', () => {
    const one = 'Readout of the Secretary’s Meetings With Ruritanian Foreign Minister Vale';
    expect(meetings(body.replace(title, one), one).filter((m) => m.what.startsWith('meeting with'))).toEqual([]);
    const told = `${body}\n\nSECRETARY: I met with Foreign Minister Tomas Vale of Ruritania today at the hotel.`;
    expect(meetings(told, title).filter((m) => m.what.startsWith('meeting with'))).toEqual([]);
  });

  it('“had a bilat with Foreign Minister Tomas Vale on Sunday evening” is a bilateral meeting with him', () => {
    expect(meetings('She had a bilat with Foreign Minister Tomas Vale on Sunday evening.')).toEqual([
      expect.objectContaining({ what: 'bilateral meeting', participants: ['Tomas Vale'] })]);
  });
});

describe('a press gaggle’s transcript, and a council named in someone’s title', () => {
  it('“Press Gaggle by Ola Lund” over a labelled transcript is the gaggle it records, dated by its header', () => {
    const body = 'Press Gaggle by Ola Lund, Lakeport\n\nAboard Air Force One\nMarch 3, 2031\n\nMS. LUND: Good morning. The President taped his radio address this morning.\n\nQ: Thank you.';
    expect(meetings(body, 'Press Gaggle by Ola Lund, Lakeport')).toContainEqual(expect.objectContaining({ what: 'press gaggle', when: 'March 3, 2031' }));
  });

  it('“the Secretary General of the Ruritanian National Security Council” is a title, no council meeting', () => {
    const got = meetings('On Sunday, Secretary Berg will meet with the Foreign Minister of Ruritania and the Secretary General of the Ruritanian National Security Council.');
    expect(got.map((m) => m.what)).not.toContain('Ruritanian National Security Council');
  });
});

describe('“the visit of <person> to <place>”', () => {
  it('“The recent visit of Kazakh President Tomas Vale to the White House” is his visit, in Washington', () => {
    expect(meetings('The recent visit of Kazakh President Tomas Vale to the White House was discussed by bloggers.')).toEqual([
      expect.objectContaining({ what: 'visit', place: 'Washington', participants: expect.arrayContaining(['Tomas Vale']) })]);
  });

  it('“the visit” with no visitor named after it stays a mention of one told before', () => {
    expect(meetings('The visit to the White House was discussed by bloggers.')).toEqual([]);
  });
});

describe('a meeting timed by the event it followed', () => {
  it('“met shortly after the G8 dinner session on Friday night” is dated Friday, and not placed where the release is issued', () => {
    const body = 'THE WHITE HOUSE\n\nOffice of the Press Secretary\n\nPresident Anna Berg and Prime Minister Tomas Vale met shortly after the G8 dinner session on Friday night.';
    expect(meetings(body)).toContainEqual(expect.objectContaining({ what: 'talks', place: null, when: 'Friday' }));
  });
});
