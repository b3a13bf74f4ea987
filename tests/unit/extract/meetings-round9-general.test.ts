import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { captionStop } from '@/lib/extract/meetings/frame';
import { travelStop } from '@/lib/extract/meetings/travel';

const meetings = (body: string, title = 'T', date?: string) =>
  extractLibrary([{ id: 'a', title, body, bodyStart: 0, ...(date ? { date } : {}) }]).articles[0]!.meetings
    .map((m) => ({ what: m.what, place: m.place, when: m.when }));

// Round 9: sentences written for these tests (no article's own words), each in the grammatical shape a rule reads.
// Each rule places a meeting whose own clause names no town by the sentence next to it.

describe('a trip told with "head to" and a town its country follows', () => {
  it('is a trip: its town and day frame the meetings told after it', () => {
    expect(travelStop('The minister will head to Puerto Ayora, Ecuador, on Monday.')).toEqual({ city: 'Puerto Ayora', when: 'Monday' });
    expect(travelStop('The premier headed to Sharm el-Sheikh, Egypt, on Friday.')).toEqual(expect.objectContaining({ when: 'Friday' }));
    expect(meetings('The minister will head to Puerto Ayora, Ecuador, on Monday. There she will also hold a bilateral meeting with President Rivas.'))
      .toContainEqual(expect.objectContaining({ what: 'bilateral meeting', place: 'Puerto Ayora', when: 'Monday' }));
  });

  it('"the head of" is no trip, and a name its country does not follow is no town', () => {
    expect(travelStop('The head of the agency met the press.')).toBeNull();
    expect(travelStop('The team will head to Ecuador on Monday.')).toEqual({ city: null, when: 'Monday' });
  });
});

describe('lines of one block, one sentence a line', () => {
  const lines = (sep: string) => [
    'OFFICIAL: Thank you. The minister will head to Puerto Ayora, Ecuador, on Monday.',
    'While she is there, she will give an address.',
    'And the minister will also have a bilateral meeting with President Rivas.',
  ].join(sep);

  it('keep the trip\'s frame from line to line, as a paragraph does', () => {
    expect(meetings(lines('\n'))).toContainEqual(expect.objectContaining({ what: 'bilateral meeting', place: 'Puerto Ayora', when: 'Monday' }));
  });

  it('lose it at a blank line or a new speaker', () => {
    expect(meetings(lines('\n\n'))).not.toContainEqual(expect.objectContaining({ place: 'Puerto Ayora', what: 'bilateral meeting' }));
    const turn = lines('\n').replace('And the minister', 'QUESTION: And will the minister') + ' Where?';
    expect(meetings(turn)).not.toContainEqual(expect.objectContaining({ place: 'Puerto Ayora', what: 'bilateral meeting' }));
  });
});

describe('"earlier that day", "later that evening"', () => {
  it('is the day of the meeting just told, and its place: another meeting held there', () => {
    const found = meetings('The two presidents held talks in Hanoi.\n\nLater that day, the President took part in the opening of the Mekong Trade Forum.');
    expect(found).toContainEqual(expect.objectContaining({ what: 'talks', place: 'Hanoi' }));
    expect(found).toContainEqual(expect.objectContaining({ what: 'Mekong Trade Forum', place: 'Hanoi', when: 'Later that day' }));
  });

  it('"that day" alone, or a day of its own, does not take the place', () => {
    expect(meetings('The two presidents held talks in Hanoi.\n\nThe Mekong Trade Forum opened on Friday.'))
      .not.toContainEqual(expect.objectContaining({ what: 'Mekong Trade Forum', place: 'Hanoi' }));
  });
});

describe('a building named in several words, then its town', () => {
  it('places the meeting at the town after the whole name', () => {
    expect(meetings('The Harbor Investment Summit will take place June 3 at the Bayview Grand Resort and Convention Center in Brenton Harbor, Maine.'))
      .toEqual([expect.objectContaining({ place: 'Brenton Harbor' })]);
  });
});

describe('a photo caption that closes on a town, its country and a day', () => {
  it('places and dates the caption\'s next sentence, not the story\'s dateline', () => {
    expect(captionStop('The minister and the king say farewell in Abha, Saudi Arabia, July 2, 2015.')).toEqual({ city: 'Abha', when: 'July 2, 2015' });
    const body = 'The minister and the king say farewell in Abha, Saudi Arabia, July 2, 2015. The two leaders met and spoke about trade. Photo by Jo Lee.\n\nWASHINGTON, July 3, 2015 – The minister returned home.';
    expect(meetings(body)).toContainEqual(expect.objectContaining({ place: 'Abha', when: 'July 2, 2015' }));
  });

  it('needs the country: "in Abha, Smith, …" or no day is no caption', () => {
    expect(captionStop('The minister met reporters in Abha.')).toBeNull();
    expect(captionStop('Photos by Jo Lee in Abha, Reuters, July 2, 2015.')).toBeNull();
  });
});

describe('"On the sidelines of <gathering>, A met with B"', () => {
  it('is talks of their own, held where and when the gathering is', () => {
    const found = meetings('Defense ministers held a meeting today in Oslo.\n\nOn the sidelines of the meetings held in Oslo today, the minister met with Swedish Defense Minister Eva Lund.');
    expect(found).toContainEqual(expect.objectContaining({ what: 'meeting', place: 'Oslo', when: 'today' }));
    expect(found).toContainEqual(expect.objectContaining({ what: 'talks', place: 'Oslo', when: 'today' }));
  });

  it('without a person met, the clause tells the gathering again', () => {
    expect(meetings('Defense ministers held a meeting today in Oslo.\n\nOn the sidelines of the meetings held in Oslo today, ministers discussed the budget.'))
      .toHaveLength(1);
  });
});

describe('an arrival told after the meetings of its paragraph', () => {
  const body = 'The minister, as we speak, is doing a press availability following the Peru meeting. '
    + 'But after she arrived this morning in Lima, she had bilaterals with Foreign Minister Vega and Foreign Minister Rojas.';

  it('places the meetings of now told before it in the town arrived in, whatever the dateline\'s city', () => {
    const found = meetings(`Washington, DC\nMarch 2, 2011\n\nMR. LEE: Good afternoon. ${body}`, 'Briefing');
    expect(found).toContainEqual(expect.objectContaining({ what: 'press availability', place: 'Lima' }));
    expect(found).toContainEqual(expect.objectContaining({ what: 'Peru meeting', place: 'Lima' }));
    expect(found.filter((m) => m.what === 'bilateral meeting')).toHaveLength(2);
  });

  it('not when the paragraph tells the arrival as a later step, nor a meeting of another day', () => {
    expect(meetings('The minister met Foreign Minister Vega of Chile. She then arrived in Lima.'))
      .not.toContainEqual(expect.objectContaining({ place: 'Lima' }));
    expect(meetings('The minister met Foreign Minister Vega of Chile on Monday. After she arrived this morning in Lima, she rested.'))
      .not.toContainEqual(expect.objectContaining({ place: 'Lima' }));
  });
});

describe('a meeting named by the state it concerns', () => {
  it('"the Peru meeting" is a meeting of its own; a later mention by that name is the same one', () => {
    const found = meetings('In Lima today, the minister attended the Peru meeting and later held a bilateral meeting with Foreign Minister Vega.\n\nThe participants in the Peru meeting agreed.');
    expect(found.filter((m) => m.what === 'Peru meeting')).toHaveLength(1);
    expect(found).toContainEqual(expect.objectContaining({ what: 'bilateral meeting' }));
  });

  it('a nationality, or "the meeting" alone, names no state: back-references stay unread', () => {
    expect(meetings('Nothing was agreed at the meeting.')).toEqual([]);
    expect(meetings('Nothing was agreed at the Peruvian meeting.')).toEqual([]);
  });
});

describe('"do" as the verb of a press event', () => {
  it('"is doing a press availability" holds one; "How did the meetings go" is a question, not a holding', () => {
    expect(meetings('The minister is doing a press availability in Lima.')).toEqual([expect.objectContaining({ what: 'press availability', place: 'Lima' })]);
    expect(meetings('How did the meetings go?')).toEqual([]);
  });
});

describe('a place offered with another', () => {
  it('"in Lima or … in a third country", "in Geneva or Vienna": the place is not decided', () => {
    expect(meetings('Asked if the minister would visit President Ruiz in Lima or whether the meeting might take place in a third country, the spokesman declined to say.'))
      .toEqual([expect.objectContaining({ what: 'visit', place: null })]);
    expect(meetings('Officials met in Geneva or Vienna on Monday.')).toEqual([expect.objectContaining({ place: null, when: 'Monday' })]);
  });

  it('"or" between two days leaves the place', () => {
    expect(meetings('The ministers met in Geneva on Monday or Tuesday.')).toEqual([expect.objectContaining({ place: 'Geneva' })]);
  });
});

describe('"held the 33rd meeting of …"', () => {
  it('an ordinal after "the" makes the held meeting a new one of a series', () => {
    expect(meetings('The adviser held the 12th meeting of the climate working group.')).toEqual([{ what: 'meeting', place: null, when: null }]);
    expect(meetings('They reviewed the minutes of the 12th meeting of the climate working group.')).toEqual([]);
  });
});

describe('a meeting prepared for', () => {
  it('"preparations for the G20 summit" is the summit talked about: no place, and not dated by the report', () => {
    const found = meetings('Berlin, June 5, 2010\n\nPreparations for the G20 summit also came in for our attention.', 'Joint News Conference', '2010-06-05');
    expect(found).toContainEqual({ what: 'G20 summit', place: null, when: null });
  });
});

describe('a meeting noun as the subject of "took place", "was held"', () => {
  it('is held, at the sentence\'s start too, dated by the report\'s own date line', () => {
    expect(meetings('Tuesday, May 8, 2012\n\nThe spokesman said little.\n\nBriefing took place at 15:45'))
      .toContainEqual({ what: 'Briefing', place: null, when: 'Tuesday, May 8, 2012' });
  });

  it('"the Briefing Room" is a room', () => {
    expect(meetings('It is great to be here with you in the Pentagon Briefing Room.')).toEqual([]);
  });
});

describe('a past trip in a "when" clause', () => {
  it('dates nothing after it: it is background, not the frame of the article\'s trip', () => {
    const body = 'Tuesday, May 8, 2012\n\nAsked whether the envoy should have raised it when he visited Chile in November 2011, the spokesman said no.\n\nBriefing took place at 15:45';
    expect(meetings(body)).toContainEqual(expect.objectContaining({ what: 'Briefing', when: 'Tuesday, May 8, 2012' }));
  });
});

describe('the room a briefing is given in', () => {
  it('"joined in the Pentagon press briefing room by …" still tells the briefing held there', () => {
    expect(meetings('Joined in the Pentagon press briefing room by two generals, the colonel spoke to reporters.'))
      .toContainEqual(expect.objectContaining({ what: 'Pentagon press briefing', place: 'Washington' }));
  });
});
