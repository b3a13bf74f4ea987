import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { isDigestHeadline, isTitleLine, retoldHeadlines } from '@/lib/extract/meetings/headline';
import { meetsAThing } from '@/lib/extract/meetings/met-thing';
import { isPressCall } from '@/lib/extract/meetings/press-call';
import { isOtherYear } from '@/lib/extract/meetings/other-year';
import { firstWhen } from '@/lib/extract/meetings/when';
import { resolveWhen } from '@/lib/extract/dates';

const meetings = (body: string, title = 'T', date?: string) =>
  extractLibrary([{ id: 'a', title, body, bodyStart: 0, ...(date ? { date } : {}) }]).articles[0]!.meetings
    .map((m) => ({ what: m.what, place: m.place, when: m.when, type: m.type }));

describe('"meet" in its senses of satisfy or encounter', () => {
  it('reads a deadline, a target or a challenge met as no meeting (real sentences of the dev corpus)', () => {
    expect(meetsAThing('met', ' the deadline on Friday.')).toBe(true);
    expect(meetsAThing('meet', ' their targets by the end of the month.')).toBe(true);
    expect(meetsAThing('meet', ' the President’s goal of 200 million shots in his first 100 days')).toBe(true);
    expect(meetsAThing('meet', ' the challenges of the twenty-first century starts work today')).toBe(true);
    expect(meetings('As we said on Friday, vaccine manufacturers report to us that they remain on track to meet their targets by the end of the month.')).toEqual([]);
    expect(meetings('A new Home Office equipped to meet the challenges of the twenty-first century starts work today.')).toEqual([]);
    expect(meetings('The team met the deadline on Friday.')).toEqual([]);
  });

  it('still reads a person or an office met, with or without "with"', () => {
    expect(meetsAThing('met', ' President Biden at the G7 Summit in Italy today.')).toBe(false);
    expect(meetsAThing('met', ' with Turkish President Recep Tayyip Erdoğan in Ankara')).toBe(false);
    expect(meetsAThing('met', ' his Chinese counterpart on Friday')).toBe(false);
    // One meeting with each person listed by title (round 11).
    expect(meetings('Defense Secretary Jim Mattis met with Turkish President Recep Tayyip Erdoğan and Turkish Defense Minister Nurettin Canikli in Ankara, Turkey’s capital city.'))
      .toEqual([expect.objectContaining({ place: 'Ankara' }), expect.objectContaining({ place: 'Ankara' })]);
  });
});

describe('the press calling a source', () => {
  it('is reporting, not a call between the people of the story', () => {
    expect(isPressCall('called', 'The reporter ', ' Smith, who declined to comment.')).toBe(true);
    expect(isPressCall('called', 'Officials ', ' the ministry for comment on Tuesday.')).toBe(true);
    expect(meetings('The reporter called Smith, who declined to comment.', 'T', '2021-02-19')).toEqual([]);
  });

  it('leaves a leader calling a leader a call', () => {
    expect(isPressCall('called', 'Kerry ', ' Lavrov on Saturday.')).toBe(false);
    expect(meetings('Secretary Kerry called Foreign Minister Lavrov on Saturday.')).toEqual([expect.objectContaining({ type: 'call', when: 'Saturday' })]);
  });
});

describe('digest headlines', () => {
  it('recognises a section label and a title without a stop', () => {
    expect(isDigestHeadline('Press Releases: Secretary Pompeo’s Meeting With United Nations Secretary-General Antonio Guterres')).toBe(true);
    expect(isDigestHeadline('Background Briefing: P5+1 Negotiations With Iran in Vienna, Austria')).toBe(false);
    expect(isDigestHeadline('Press Releases: the minister met the envoy.')).toBe(false);
  });

  it('lets the release below the headline tell its meeting once, placed by its own words', () => {
    const body = [
      'Press Releases: Deputy Secretary Sullivan’s Meeting With Tunisian Foreign Minister Jhinaoui',
      'Office of the Spokesperson',
      'Washington, DC\nApril 10, 2019',
      'Deputy Secretary of State John J. Sullivan met today with Tunisian Foreign Minister Khemaies Jhinaoui in Washington, D.C. The Deputy Secretary and the Foreign Minister committed to continuing the strong partnership between the United States and Tunisia.',
    ].join('\n\n');
    expect(meetings(body, 'Deputy Secretary Sullivan’s Meeting With Tunisian Foreign Minister Jhinaoui')).toEqual([
      expect.objectContaining({ what: 'talks', place: 'Washington', when: 'today' })]);
  });
});

describe('one meeting per noun phrase, and its time in a relative clause', () => {
  it('reads "the virtual G7 meeting" as one meeting', () => {
    const got = meetings('QUESTION: You just joined President Biden at the virtual G7 meeting, and, of course, there’s been the Munich Security Conference.', 'T', '2021-02-19');
    expect(got.filter((m) => /G7/.test(m.what))).toEqual([expect.objectContaining({ what: 'G7 meeting', place: 'virtual' })]);
  });

  it('dates a summit by the season its relative clause gives', () => {
    expect(meetings('The Prime Minister also updated on the UK’s AI Summit which will be held this autumn and welcomed the President’s strong support for the initiative.'))
      .toEqual([expect.objectContaining({ when: 'this autumn', place: null })]);
  });
});

describe('two meetings in one city on one day', () => {
  it('stay two when each is held with someone else, the release datelined under its digest headline', () => {
    const release = (who: string, body: string) => [
      `Press Releases: Secretary Pompeo’s Meeting With ${who}`, 'Press Statement', 'Robert Palladino', 'Deputy Spokesperson', 'Washington, DC\nMarch 28, 2019', body,
    ].join('\n\n');
    const body = [
      release('Saudi Deputy Defense Minister Khalid bin Salman', 'Secretary Michael R. Pompeo met today with Saudi Deputy Defense Minister Khalid bin Salman in Washington. The Secretary congratulated the minister on his new role.'),
      release('Iraqi Speaker of the Council of Representatives Mohammed al-Halbusi', 'Secretary of State Michael R. Pompeo met today with Iraqi Speaker of the Council of Representatives Mohammed al-Halbusi. The Secretary reiterated the United States’ support for a strong, sovereign, and prosperous Iraq.'),
    ].join('\n\n');
    expect(meetings(body, 'Secretary Pompeo’s Meetings', '2019-03-28')).toEqual([
      expect.objectContaining({ place: 'Washington', when: 'today' }), expect.objectContaining({ place: 'Washington', when: 'today' })]);
  });

  it('still joins a second mention of the same talks', () => {
    const got = meetings('Defense Secretary Jim Mattis met with Turkish President Recep Tayyip Erdoğan in Ankara on Wednesday. Mattis met with Erdoğan for an hour in Ankara on Wednesday, officials said.');
    expect(got).toHaveLength(1);
  });
});

describe('events told by other verbs', () => {
  it('reads "gather virtually" as a virtual meeting, dated by "this Friday"', () => {
    expect(meetings('This Friday, the Secretary intends to gather virtually with counterparts from Bahrain, Israel, Morocco, and the UAE for an event that will commemorate the one-year anniversary of the signing of the accords.'))
      .toEqual([expect.objectContaining({ place: 'virtual', when: 'This Friday' })]);
  });

  it('reads witnesses appearing before a committee as a hearing, and leaves other appearances alone', () => {
    expect(meetings('On Tuesday, witnesses appearing before the House human rights subcommittee defended a European Parliament report.'))
      .toEqual([expect.objectContaining({ what: 'hearing', when: 'Tuesday' })]);
    expect(meetings('The singer appeared before a crowd of 20,000 on Tuesday.')).toEqual([]);
  });
});

describe('meet as a habit or a gerund', () => {
  it('reads "he always meets with" as a habit, not an event (dev corpus)', () => {
    expect(meetings('Wherever the Secretary travels, there is one group he always meets with, and that’s the Marine Security Guards.', 'T', '2021-08-27')).toEqual([]);
    expect(meetings('The Secretary met with the Marine Security Guards on Friday.')).toHaveLength(1);
  });

  it('reads "on meeting the … issues" as the verb, and "meets our bottom lines" as a thing met', () => {
    expect(meetings('A new Home Office equipped to meet the challenges of the twenty-first century starts work today, refocused on meeting the most significant security issues facing the UK.')).toEqual([]);
    expect(meetings('We do see a path forward to get a comprehensive agreement that meets our bottom lines, and this path forward has to be based on the Lausanne parameters, period.')).toEqual([]);
    expect(meetings('After a meeting with President Biden on Friday, the minister flew home.')).toHaveLength(1);
  });
});

describe('a headline in the body', () => {
  it('gives way to the release below it that tells the same meeting', () => {
    const body = [
      'Secretary Blinken’s Meeting with Colombian Vice President Ramírez',
      'The following is attributable to Spokesperson Ned Price:',
      'Secretary of State Antony J. Blinken met with Colombian Vice President and Foreign Minister-Designate Marta Lucía Ramírez today at the Department of State.',
    ].join('\n\n');
    expect(meetings(body, 'Secretary Blinken’s Meeting with Colombian Vice President Ramírez', '2021-05-24')).toEqual([
      expect.objectContaining({ what: 'talks', place: 'Washington', when: 'today' })]);
  });

  it('is a short title-case line without a closing stop', () => {
    expect(isTitleLine('Secretary Blinken’s Call with NATO Secretary General Stoltenberg')).toBe(true);
    expect(isTitleLine('Vienna, Austria - Secretary of State John Kerry Remarks on the Iran Negotiations in Vienna:')).toBe(false);
    expect(isTitleLine('The Secretary met with the minister today')).toBe(false);
  });
});

describe('another year, another meeting', () => {
  it('keeps this year\'s conference and the one "two years ago in 2019" apart (dev corpus)', () => {
    const body = 'QUESTION: You just joined President Biden at the virtual G7 meeting, and, of course, there’s been the Munich Security Conference. SECRETARY BLINKEN: He was – he last spoke at the Munich Security Conference two years ago in 2019 as a professor, and he said America would be back.';
    const munich = meetings(body, 'Interview', '2021-02-19').filter((m) => /Munich/.test(m.what));
    // The publication date gives the year of this year's conference, though not its time (the text gives none).
    expect(munich.map((m) => m.when)).toEqual([null, 'two years ago in 2019']);
    expect(isOtherYear('in 2019', null, 'February 19, 2021')).toBe(true);
    expect(isOtherYear('in 2021', null, 'February 19, 2021')).toBe(false);
    expect(isOtherYear('Tuesday', null, 'February 19, 2021')).toBe(false);
  });

  it('dates a meeting by "in 2014"', () => {
    expect(meetings('The last time we met in this format [the High-Level Russian-Turkish Cooperation Council] was quite a while ago, in 2014.', 'T', '2017-03-10'))
      .toContainEqual(expect.objectContaining({ when: 'in 2014' }));
  });
});

describe('ceremonies', () => {
  it('reads an opening ceremony placed or dated as an event (dev corpus)', () => {
    expect(meetings('The opening ceremony was held June 22 at Amalie Arena.')).toEqual([
      expect.objectContaining({ what: 'opening ceremony', place: 'Amalie Arena', when: 'June 22' })]);
    expect(meetings('Earlier that day, the President of Russia took part in the opening ceremony of the Third Belt and Road Forum for International Cooperation.'))
      .toEqual([expect.objectContaining({ when: 'Earlier that day', place: null })]);
  });
});

describe('years spelled out (VOA Special English)', () => {
  it('dates an election "in nineteen eighty-seven", and leaves its place empty when the clause gives none for it', () => {
    expect(meetings('Then in nineteen eighty-seven, the death of a Democratic representative in San Francisco led to a special election.'))
      .toEqual([expect.objectContaining({ what: 'election', when: 'in nineteen eighty-seven', place: null })]);
    expect(meetings('The minister said elections would be held in two thousand nine.')).toEqual([expect.objectContaining({ when: 'in two thousand nine' })]);
  });
});

describe('a headline and the story below it', () => {
  it('keeps a headline\'s news conference that the story\'s talks do not retell', () => {
    const h = { type: 'conference', participants: ['Jim Mattis'] };
    const b = { type: 'meeting', participants: ['Jim Mattis'] };
    expect(retoldHeadlines([h, b], (m) => m === h).size).toBe(0);
    const t = { type: 'meeting', participants: ['Jim Mattis'] };
    const u = { type: 'talks', participants: ['Jim Mattis'] };
    expect(retoldHeadlines([t, u], (m) => m === t).has(t)).toBe(true);
  });
});

describe('dates with ordinals and a briefing placed in time (dev: a spokesman\'s last briefing)', () => {
  it('reads "February 2nd of 2021", "3rd May 2007" and "the 3rd of May" as times, dated in their own year', () => {
    expect(firstWhen(' on February 2nd of 2021.')).toBe('February 2nd of 2021');
    expect(firstWhen(' on 3rd May 2007 at the Royal Courts')).toBe('3rd May 2007');
    expect(firstWhen(' on the 3rd of May')).toBe('the 3rd of May');
    expect(resolveWhen('February 2nd of 2021', '2023-03-13', null, null)).toBe('2021-02-02');
    expect(resolveWhen('the 3rd of May', '2007-06-01', null, null)).toBe('2007-05-03');
  });

  it('reads a briefing with a date of its own as a meeting, and a transcript\'s header as date and clock time', () => {
    expect(meetings('As I was thinking about what to say, I took a look back at my first briefing on February 2nd of 2021.', 'T', '2023-03-13'))
      .toEqual([expect.objectContaining({ what: 'briefing', place: null, when: 'February 2nd of 2021' })]);
    expect(meetings('The briefing notes are online.')).toEqual([]);
    const transcript = 'Department Press Briefing – March 13, 2023\n\n2:09 p.m. EST\n\nMR PRICE: Good afternoon. I have only one topper today.\n\nQUESTION: Thank you, Ned.';
    expect(meetings(transcript, 'Department Press Briefing – March 13, 2023', '2023-03-13')[0])
      .toMatchObject({ what: 'press briefing', when: 'March 13, 2023, 2:09 p.m. EST' });
  });
});

describe('no false meeting from the press or a call by its kind alone (dev sentences)', () => {
  it('reads an outlet interviewing someone as no meeting, a minister speaking with a counterpart as one', () => {
    expect(isPressCall('spoke with', 'Wikinews ', ' Mysore Divisional Railway Manager Aparna Garg')).toBe(true);
    expect(meetings('Wikinews spoke with Mysore Divisional Railway Manager Aparna Garg about the ten-day campaign around International Women\'s Day.')).toEqual([]);
    expect(meetings('The Prime Minister spoke with President Macron on Tuesday.')).toHaveLength(1);
  });

  it('reads a call named by its kind alone, with no one, no time and no readout, as no meeting', () => {
    expect(meetings('“When I went to Desert Storm the first time, we got our phone call home and we were in country almost a week,” said Tech. Sgt. Smith.')).toEqual([]);
    expect(meetings('QUESTION: That’s because they’re all watching Kirby’s Zoom call.')).toEqual([]);
    expect(meetings('The two leaders held a phone call on Monday.')).toEqual([expect.objectContaining({ place: 'virtual', when: 'Monday' })]);
    expect(meetings('Biden had a phone call with President Zelenskyy.')).toEqual([expect.objectContaining({ place: 'virtual' })]);
  });
});
