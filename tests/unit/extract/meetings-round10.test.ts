import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';

const meetings = (body: string, title = 'T', date?: string) =>
  extractLibrary([{ id: 'a', title, body, bodyStart: 0, ...(date ? { date } : {}) }]).articles[0]!.meetings
    .map((m) => ({ what: m.what, type: m.type, place: m.place, when: m.when }));

// Round 10: sentences written for these tests (no article's own words), each in the grammatical shape a rule reads.

describe('a transcript header whose place line is a town and its country', () => {
  const header = (place: string) => [
    'Press Briefing by a Senior Official on the Coastal Summit', '', 'For Immediate Release', '', 'Office of the Spokesperson', '',
    'March 3, 2019', '', 'Press Briefing', '', 'By a Senior Official', '', 'on the Coastal Summit', '', 'Media Centre', '', place, '',
    '10:05 A.M. (Local)', '',
    'SENIOR OFFICIAL: Good morning. There was one short meeting this morning where the ministers approved the declaration, and that closes the summit.',
  ].join('\n');

  it('sets the article in the town, even below eight other header lines, and places the meeting of now there', () => {
    expect(meetings(header('Trapani, Italy'))).toContainEqual(expect.objectContaining({ what: 'meeting', place: 'Trapani' }));
  });

  it('is no place line when the name after the comma is no country', () => {
    expect(meetings(header('Trapani, Marina'))).not.toContainEqual(expect.objectContaining({ place: 'Trapani' }));
  });
});

describe('a gathering named after its town', () => {
  it('is held in the town its name opens with, one word or several', () => {
    expect(meetings('The minister accepted an invitation to the St Petersburg International Economic Forum in June.'))
      .toContainEqual(expect.objectContaining({ what: 'St Petersburg International Economic Forum', place: 'St Petersburg', when: 'in June' }));
    expect(meetings('Delegates will attend the Buenos Aires Ocean Summit next week.'))
      .toContainEqual(expect.objectContaining({ place: 'Buenos Aires' }));
  });

  it('is placed by no word that is not its town ("Eastern", "Global")', () => {
    expect(meetings('Delegates will attend the Eastern Ocean Summit next week.')).not.toContainEqual(expect.objectContaining({ place: expect.any(String) }));
  });
});

describe('a gathering told by its own name after talks in the same town', () => {
  it('is another event than the talks', () => {
    const got = meetings('Two ministers held talks in Oslo today. They will stay on here at the Northern Fisheries Forum in Oslo for two days.');
    expect(got).toContainEqual(expect.objectContaining({ what: 'talks', place: 'Oslo' }));
    expect(got).toContainEqual(expect.objectContaining({ what: 'Northern Fisheries Forum', place: 'Oslo' }));
  });

  it('a meeting told again without a name still joins the talks', () => {
    const got = meetings('Two ministers held talks in Oslo today. The meeting in Oslo lasted three hours.');
    expect(got.filter((m) => m.place === 'Oslo')).toHaveLength(1);
  });
});

describe('a call told by "phoned" or "telephoned" and the person called', () => {
  it('is a call, held virtually', () => {
    expect(meetings('The defeated candidate has phoned Governor Reyes to concede.'))
      .toContainEqual(expect.objectContaining({ what: 'call', type: 'call', place: 'virtual' }));
    expect(meetings('The chancellor telephoned President Okafor on Sunday.'))
      .toContainEqual(expect.objectContaining({ type: 'call', when: 'Sunday' }));
  });

  it('is the press calling a source when a reporter phoned, and nothing when no person follows', () => {
    expect(meetings('The reporter phoned Mayor Lind, who declined to comment.')).toEqual([]);
    expect(meetings('The company phoned in its results.')).toEqual([]);
  });
});

describe('an election told by the verb "elect"', () => {
  it('is an election when its clause dates it, passive or after a modal', () => {
    expect(meetings('She was elected to the Provincial Assembly in 2004, and later served as its speaker.'))
      .toContainEqual(expect.objectContaining({ what: 'election', place: null, when: 'in 2004' }));
    expect(meetings('The assembly will formally elect Ms. Varga on March 3 and she will take office in April.'))
      .toContainEqual(expect.objectContaining({ what: 'election', when: 'March 3' }));
  });

  it('is none undated, in a condition, or as an adjective', () => {
    expect(meetings('He was elected as a young man and never lost a race.')).toEqual([]);
    expect(meetings('If she is elected in May, she will cut taxes.')).toEqual([]);
    expect(meetings('The elected officials of the district met nobody in 2004.')).not.toContainEqual(expect.objectContaining({ what: 'election' }));
  });
});

describe('a vote named by its year', () => {
  it('"the 2013 vote" is one vote, held that year', () => {
    expect(meetings('The new vote lifted the shadow cast by the 2011 vote.'))
      .toContainEqual(expect.objectContaining({ what: 'vote', when: '2011' }));
  });

  it('a vote with no time of its own and no place is none', () => {
    expect(meetings('The vote shows the country is ready to act.')).toEqual([]);
  });
});

describe('a press conference held with someone named', () => {
  it('is a meeting of its own, with no place or time needed', () => {
    expect(meetings('The senator criticised the plan at a joint press conference with Chilean President Ana Rojas.'))
      .toContainEqual(expect.objectContaining({ what: 'press conference' }));
  });

  it('a press conference with no one named and no time or place is none', () => {
    expect(meetings('The senator criticised the plan at a press conference.')).toEqual([]);
  });
});

describe('"consultations" after a possessive or determiner, and a time opening the sentence', () => {
  it('"In May our ministers resumed their consultations" is talks held in May', () => {
    expect(meetings('In May our trade ministers resumed their consultations in the three-way format.'))
      .toContainEqual(expect.objectContaining({ what: 'consultations', type: 'talks', when: 'In May' }));
  });

  it('bare "consultations" with nothing that says they were held is none', () => {
    expect(meetings('The plan needs consultations with farmers.')).toEqual([]);
  });
});

describe('a person who visited a state, in the simple past and undated', () => {
  it('is the visit the article reports, placed in no town', () => {
    expect(meetings('Chancellor Ingrid Falk visited Ghana during her first tour of West Africa.'))
      .toContainEqual(expect.objectContaining({ what: 'visit', place: null, when: null }));
  });

  it('is none as a history ("has visited … often"), as a tour of two states, or with no person before the verb', () => {
    expect(meetings('Chancellor Ingrid Falk has visited Ghana often.')).toEqual([]);
    expect(meetings('Chancellor Ingrid Falk visited Ghana and Togo during her first tour.')).toEqual([]);
    expect(meetings('Many tourists visited Ghana during the festival.')).toEqual([]);
  });
});

describe('a discussion with someone named, told after the summit it was held at', () => {
  it('is talks of its own, not the summit told again', () => {
    const got = meetings('Leaders ended their summit in Oslo on Monday. The president had a brief discussion with Prime Minister Ana Rojas of Chile.');
    expect(got).toContainEqual(expect.objectContaining({ type: 'conference', place: 'Oslo' }));
    expect(got).toContainEqual(expect.objectContaining({ what: 'discussion', place: 'Oslo' }));
  });
});

describe('the gathering a briefing transcript is about', () => {
  const transcript = (title: string) => [title, '', 'Press Centre', '', 'Trapani, Italy', '', 'OFFICIAL: It was the focus of the Coastal Summit, and the leaders got their work done.'].join('\n');

  it('is held where the briefing is, when the body names it without a town', () => {
    expect(meetings(transcript('Background Briefing on the Coastal Summit'), 'Background Briefing on the Coastal Summit'))
      .toContainEqual(expect.objectContaining({ what: 'Coastal Summit', place: 'Trapani' }));
  });

  it('is not placed by a written statement or a preview', () => {
    for (const title of ['Coastal Summit Joint Statement', 'Background Briefing Previewing the Coastal Summit']) {
      expect(meetings(transcript(title), title)).not.toContainEqual(expect.objectContaining({ what: 'Coastal Summit', place: 'Trapani' }));
    }
  });
});

describe('a headline in title case: "Meets with", "Met with"', () => {
  it('is the verb "meets with" a person', () => {
    expect(meetings('Brazilian President Lula Meets with Macron, French Business Leaders')).toContainEqual(expect.objectContaining({ what: 'talks' }));
  });

  it('"the Met Office", "Meet the Press" are no meetings', () => {
    expect(meetings('The Met Office said rain would come.')).toEqual([]);
    expect(meetings('Meet the Press aired a long interview.')).toEqual([]);
  });
});

describe('a state, official or working visit', () => {
  it('is a visit with talks by its kind, placed in no town when it goes to a state', () => {
    expect(meetings('The Ghanaian president is on his first state visit to Norway.'))
      .toContainEqual(expect.objectContaining({ what: 'state visit', type: 'talks', place: null }));
  });

  it('does not retell a title-case headline\'s talks with a person', () => {
    const got = meetings('President Ama Mensah Meets with Prime Minister Lars Dahl\n\nPresident Ama Mensah is on her first state visit to Norway.');
    expect(got.map((m) => m.what)).toEqual(expect.arrayContaining(['talks', 'state visit']));
  });

  it('the plural, counted in general, is none', () => {
    expect(meetings('This is one of the first state visits made by a president since the war.')).toEqual([]);
  });
});

describe('a briefing transcript whose header says it was given on the way', () => {
  const body = (line: string) => ['Background Briefing: En Route to Peru', '', 'Special Briefing', '', line, '', 'May 4, 2016', '',
    'MODERATOR: Good morning, everybody. We are flying from Quito to Lima today.', '', 'QUESTION: Thank you.'].join('\n');

  it('"En Route, Lima, Peru" is held in no town, not at the stop ahead', () => {
    expect(meetings(body('En Route, Lima, Peru'), 'Background Briefing: En Route to Peru'))
      .toContainEqual(expect.objectContaining({ what: 'background briefing', place: null, when: 'May 4, 2016' }));
  });

  it('a header line of the town alone places it there', () => {
    expect(meetings(body('Lima, Peru'), 'Background Briefing: En Route to Peru'))
      .toContainEqual(expect.objectContaining({ what: 'background briefing', place: 'Lima' }));
  });
});

describe('a possessive visit or trip to a place, dated right after the place', () => {
  it('"during his visit to Ghana tomorrow" is the visit, placed only in a town', () => {
    expect(meetings('During his visit to Ghana tomorrow, the secretary will tour a port.'))
      .toContainEqual(expect.objectContaining({ what: 'visit', place: null, when: 'tomorrow' }));
    expect(meetings('During her trip to Paris on Monday, the minister will give a speech.'))
      .toContainEqual(expect.objectContaining({ what: 'visit', place: 'Paris', when: 'Monday' }));
  });

  it('a visit returned from, or remembered with a year, is none', () => {
    expect(meetings('The minister returns from his visit to the Falkland Islands tomorrow.')).toEqual([]);
    expect(meetings('He recalled his visit to Ghana in 2010.')).toEqual([]);
  });
});

describe('what the new rules leave alone', () => {
  it('a title quoted inside a sentence ("According to “President Lula Meets with Macron”") is a citation, no meeting', () => {
    expect(meetings('According to “President Lula Meets with Macron” (the agency), the two men spoke.')).toEqual([]);
  });

  it('"the summit between Israel and its neighbours" is no gathering named "Israel" beside a meeting in another town', () => {
    const got = meetings('The envoys have met in Jerusalem, following the just-concluded summit between Israel and its Arab neighbours in Egypt.');
    expect(got).not.toContainEqual(expect.objectContaining({ what: 'Israel', place: 'Jerusalem' }));
  });
});
