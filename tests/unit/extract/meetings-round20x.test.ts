import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';

const meetings = (body: string, title = 'T', date?: string) =>
  extractLibrary([{ id: 'a', title, body, bodyStart: 0, ...(date ? { date } : {}) }]).articles[0]!.meetings
    .map((m) => ({ what: m.what, place: m.place, when: m.when, participants: m.participants }));

// Round 20 (meetX): invented readouts and wire copy, each in the shape a rule reads.

describe('a venue that stands for its city places the meeting a host welcomes a guest to', () => {
  it('“welcomed X to Downing Street on Tuesday afternoon for a discussion” is one meeting in London', () => {
    const got = meetings('The Prime Minister welcomed Secretary General Anna Berg to Downing Street on Tuesday afternoon for a wide-ranging discussion on the alliance.',
      'PM meeting with Secretary General Anna Berg', '2031-05-06');
    expect(got.map((m) => m.place)).toEqual(['London']);
  });

  it('“President A welcoming President B to the White House on July 15” is in Washington; “headed back to the White House” places no meeting', () => {
    expect(meetings('The visit came ahead of the anniversary of the late President Lind welcoming President Tomas Vale to the White House on July 15, 1963.')
      .map((m) => m.place)).toEqual(['Washington']);
    const back = meetings('President Lind shared details of the meetings with reporters on Sunday as he headed back to the White House from his farm.');
    expect(back.filter((m) => m.place === 'Washington')).toHaveLength(0);
  });
});

describe('a city that owns a named building is where the meeting in it is held', () => {
  it('“his Sunday meeting with President Lind at Nairobi’s State House” is in Nairobi; “at Moscow’s request” is no place', () => {
    expect(meetings('So his Sunday meeting with President Lind at Nairobi’s State House is sure to focus on more than trade.', 'T', '2031-02-16')
      .map((m) => m.place)).toEqual(['Nairobi']);
    expect(meetings('President Lind met Prime Minister Tomas Vale at Moscow’s request on Friday.', 'T', '2031-02-16')
      .map((m) => m.place)).not.toContain('Moscow');
  });
});

describe('a span the report counts from itself times a meeting', () => {
  it('“will visit Estonia and Latvia … in the coming weeks” is one visit per state, each in the coming weeks', () => {
    const got = meetings('Secretary General Anna Berg will visit Estonia and Latvia, the other two candidates, in the coming weeks.', 'T', '2031-06-12');
    expect(got.map((m) => [m.what, m.when])).toEqual([['visit to Estonia', 'in the coming weeks'], ['visit to Latvia', 'in the coming weeks']]);
  });

  it('“met business leaders in the last two weeks” and “spoke with him two hours ago” are timed so', () => {
    expect(meetings('I have met American business leaders in the last two weeks.', 'T', '2031-03-20').map((m) => m.when)).toEqual(['in the last two weeks']);
    expect(meetings('I spoke with Prime Minister Tomas Vale two hours ago.', 'T', '2031-03-20').map((m) => m.when)).toEqual(['two hours ago']);
  });
});

describe('a transcript titled “Remarks With <someone>” records the two speaking together where its header says', () => {
  const header = 'Secretary Anna Berg\nTown Hall Palace\nTallinn, Estonia\nMarch 20, 2031\n\n';
  it('with no meeting told in the body, the remarks are one, in the header’s town and on its date', () => {
    const body = `${header}PRESIDENT VALE: At this time I would like to extend a warm welcome to you. Welcome to Estonia again.\n\nSECRETARY BERG: Thank you very much, Mr. President. It is a pleasure to be back.`;
    expect(meetings(body, 'Remarks With Estonian President Tomas Vale').map((m) => [m.place, m.when])).toEqual([['Tallinn', 'March 20, 2031']]);
  });

  it('with “our meeting today” told there, the remarks open that meeting and add none', () => {
    const body = `${header}SECRETARY BERG: It is delightful to have an old friend here. And I am looking forward to our meeting today.\n\nPRESIDENT VALE: Thank you, Madam Secretary.`;
    expect(meetings(body, 'Remarks With Estonian President Tomas Vale').filter((m) => m.place === 'Tallinn')).toHaveLength(1);
  });
});

describe('a meeting told twice in one town, by the same two people on the same day, is one meeting', () => {
  it('a lead’s “In a Tallinn meeting with Prime Minister A today, B …” and the photo’s “B speaks with A … in Tallinn, May 4, 2031” are one', () => {
    const body = 'In a Tallinn meeting with Estonian Prime Minister Lena Koss today, Defense Secretary Tomas Vale reaffirmed the alliance.\n\n'
      + 'Defense Secretary Tomas Vale, left, speaks with Estonian Prime Minister Lena Koss and Defense Minister Pavel Dorn in Tallinn, May 4, 2031.';
    const got = meetings(body, 'Vale meets Koss', '2031-05-04').filter((m) => m.place === 'Tallinn');
    expect(got).toHaveLength(1);
    expect(got[0]!.participants).toEqual(expect.arrayContaining(['Lena Koss', 'Tomas Vale', 'Pavel Dorn']));
  });

  it('not two days apart, nor a trip’s meetings one per counterpart', () => {
    const days = 'Defense Secretary Tomas Vale met Prime Minister Lena Koss in Tallinn on May 4, 2031.\n\n'
      + 'Defense Secretary Tomas Vale met Prime Minister Lena Koss again in Tallinn on May 6, 2031.';
    expect(meetings(days, 'T', '2031-05-06').filter((m) => m.place === 'Tallinn')).toHaveLength(2);
    const trip = 'In Tallinn on 4 May, the Secretary General Anna Berg met with Prime Minister Lena Koss and Defence Minister Pavel Dorn.';
    expect(meetings(trip, 'T', '2031-05-04').filter((m) => m.place === 'Tallinn')).toHaveLength(2);
  });
});

describe('an unplaced mention of a gathering a placed one of the article names the same is that gathering', () => {
  it('“took part in the Fourth Amber Road Forum for Cooperation in Tallinn” then “welcome to the Amber Road Forum” are one forum', () => {
    const body = 'President Tomas Vale took part in the opening of the Fourth Amber Road Forum for Cooperation in Tallinn on Tuesday.\n\n'
      + 'Prime Minister Lena Koss said: “Mr Vale, my dear friend, welcome to the Amber Road Forum.”';
    const got = meetings(body, 'T', '2031-10-18').filter((m) => /Forum/.test(m.what));
    expect(got.map((m) => m.place)).toEqual(['Tallinn']);
  });

  it('not a mention of another day (“the Amber Road Forum of 2027”)', () => {
    const body = 'President Tomas Vale took part in the opening of the Fourth Amber Road Forum for Cooperation in Tallinn on Tuesday.\n\n'
      + 'He recalled that the Amber Road Forum in 2027 had been smaller.';
    expect(meetings(body, 'T', '2031-10-18').filter((m) => /Forum/.test(m.what)).length).not.toBe(1);
  });
});

describe('a gathering’s name that runs on into an organisation’s noun names the body, not a meeting', () => {
  it('“the Baltic-Nordic Public Dialogue Group … continues its work” is no meeting; “the Baltic-Nordic Public Dialogue in Riga on Monday” is one', () => {
    const group = meetings('I am happy that the Baltic-Nordic Public Dialogue Group, Looking Ahead, continues its work.', 'T', '2031-03-20');
    expect(group.filter((m) => /Dialogue/.test(m.what))).toHaveLength(0);
    const held = meetings('The Baltic-Nordic Public Dialogue opened in Riga on Monday.', 'T', '2031-03-20');
    expect(held.filter((m) => /Dialogue/.test(m.what)).map((m) => m.place)).toEqual(['Riga']);
  });
});
