import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';

const meetings = (body: string, title = 'T') =>
  extractLibrary([{ id: 'a', title, body, bodyStart: 0 }]).articles[0]!.meetings
    .map((m) => ({ what: m.what, place: m.place, when: m.when }));

// Round 24 (meetfig): constructions of real news the dev corpora missed or doubled, each on invented text in the shape a rule reads.

describe('a guest’s visit told as the occasion of a welcome or talks is that meeting', () => {
  it('“welcome … to Lisbon on his first official visit” is one meeting, not a second “official visit”', () => {
    const got = meetings('I am pleased to welcome Prime Minister Tomas Vale of Ruritania to Lisbon today on his first official visit to Portugal.');
    expect(got).toHaveLength(1);
  });

  it('“met … whom he welcomed to Oslo for the Minister’s first official visit” is the talks alone', () => {
    const got = meetings('Secretary Anna Berg met today with Foreign Minister Tomas Vale, whom she welcomed to Oslo for the Minister’s first official visit.');
    expect(got).toEqual([expect.objectContaining({ place: 'Oslo', when: 'today' })]);
  });
});

describe('the talks a press transcript’s title says it follows', () => {
  const body = [
    'News conference following Ruritanian-Borduvian talks',
    '',
    'President of Ruritania Anna Berg: Friends, ladies and gentlemen,',
    '',
    'Good afternoon. I think everyone knows the topics of our discussion: trade, the border and the harvest.',
  ].join('\n');

  it('are read beside the news conference though the header names no town', () => {
    const got = meetings(body, 'News conference following Ruritanian-Borduvian talks');
    expect(got).toEqual(expect.arrayContaining([expect.objectContaining({ what: 'news conference' }), expect.objectContaining({ what: 'talks', place: null })]));
  });
});

describe('where a meeting is set', () => {
  it('“a summit, planned for Lisbon later this month” is held in Lisbon', () => {
    const got = meetings('The envoys spoke of the chances for the upcoming peace summit, planned for Lisbon later this month.');
    expect(got).toEqual([expect.objectContaining({ what: 'summit', place: 'Lisbon' })]);
  });

  it('“planned for Monday” names a day, no place', () => {
    const got = meetings('The envoys spoke of the upcoming peace summit, planned for Monday.');
    expect(got.every((m) => m.place === null)).toBe(true);
  });
});

describe('a meeting planned ahead is not the undated one told before', () => {
  const body = [
    'Lisbon, May 3, 2007',
    '',
    'Tomas Vale: Madam President, I want to thank you for this opportunity to meet again.',
    '',
    'Tomas Vale: Together with my friend, I plan to draw up a programme for this group, and by the end of June we plan to hold the working group’s first meeting here.',
  ].join('\n');

  it('“we plan to hold the group’s first meeting here” by a date is a second meeting, held where the article is set', () => {
    const got = meetings(body, 'Meeting with Tomas Vale');
    expect(got).toEqual(expect.arrayContaining([expect.objectContaining({ place: 'Lisbon', when: 'the end of June' })]));
    expect(got.filter((m) => m.place === 'Lisbon').length).toBeGreaterThanOrEqual(2);
  });
});

describe('a summit or an election named again, unplaced, by the same words and time', () => {
  it('“next month’s summit” told twice is one summit', () => {
    const body = 'Minister Tomas Vale says agreement was reached on the three subjects of next month’s summit.\n\nAnalyst Anna Berg says the host’s goal at next month’s summit is to avoid a rebuke.';
    expect(meetings(body).filter((m) => m.what === 'summit')).toHaveLength(1);
  });

  it('summits of other times stay apart', () => {
    const body = 'Minister Tomas Vale says agreement was reached at last month’s summit.\n\nAnalyst Anna Berg says the host’s goal at next month’s summit is to avoid a rebuke.';
    expect(meetings(body).filter((m) => m.what === 'summit')).toHaveLength(2);
  });
});

describe('a daily briefing’s list of topics', () => {
  it('a meeting listed as a topic is not placed or dated where and when the briefing is given', () => {
    const body = [
      'Daily Press Briefing',
      'Anna Berg, Spokeswoman',
      'Washington, DC',
      'December 14, 2005',
      '',
      'Secretary Vale’s Meeting with President Tomas Lund / Issues for Discussion',
      '',
      'Query on Offer by President Ruiz to Withdraw Troops in Negotiations with the Rebels',
      '',
      '1:10 p.m. EST',
      '',
      'MS. BERG: Good afternoon. I would be happy to take your questions.',
      '',
      'QUESTION: Could you tell us about the Ruritania meeting tomorrow?',
    ].join('\n');
    const got = meetings(body, 'Daily Press Briefing, Anna Berg, Spokeswoman, December 14, 2005');
    const listed = got.filter((m) => m.what !== 'press briefing' && m.when !== 'tomorrow');
    expect(listed.every((m) => m.place === null && m.when === null)).toBe(true);
    expect(got).toContainEqual(expect.objectContaining({ what: 'press briefing', place: 'Washington' }));
  });
});
