import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';

const meetings = (body: string, title = 'T') =>
  extractLibrary([{ id: 'a', title, body, bodyStart: 0 }]).articles[0]!.meetings.map((m) => ({ what: m.what, place: m.place, when: m.when }));

// Sentences from the public-domain DoD, State Department, White House and VOA articles of the dev corpus
// (tests/fixtures/realnews-dev), unless marked otherwise.
describe('meetings told by their verb', () => {
  it('"X and Y met": the people are the subject', () => {
    const caption = 'Secretary of Defense Chuck Hagel looks at the United Kingdom\'s Secretary of State for Defence Phillip Hammond as he describes their earlier meeting to reporters. '
      + 'Hagel and Hammond met earlier to discuss the situations in Syria, Iran and Afghanistan.';
    expect(meetings(caption)).toEqual([expect.objectContaining({ what: 'talks' })]);
  });

  it('"consult with leaders" after "In Singapore,": a meeting there', () => {
    expect(meetings('In Singapore, the Vice President will consult with leaders on a range of shared priorities, including implementing the Asia-Pacific rebalance.'))
      .toEqual([expect.objectContaining({ what: 'talks', place: 'Singapore' })]);
  });

  it('"will welcome 37 African foreign ministers to Washington": a delegation is a guest', () => {
    expect(meetings('U.S. Secretary of State Rex Tillerson will welcome 37 African foreign ministers to Washington later this week in the largest African foreign policy event to date.'))
      .toEqual([expect.objectContaining({ place: 'Washington', when: 'later this week' })]);
    // "welcome" of a decision is no visit (modelled on statements' wording).
    expect(meetings('We welcome President Biden\'s decision on trade.')).toEqual([]);
  });

  it('"met separately with", "speak later with": an adverb between the verb and its "with"', () => {
    // GOV.UK, European Council press conference, June 2015.
    expect(meetings('I hope to speak later with the Tunisian government and again offer our sympathies and condolences.'))
      .toEqual([expect.objectContaining({ place: 'virtual' })]);
  });

  it('a building that stands for its city anywhere in the meeting\'s clause', () => {
    expect(meetings('Secretary of State Antony J. Blinken met with Colombian Vice President and Foreign Minister-Designate Marta Lucía Ramírez today at the Department of State.'))
      .toEqual([expect.objectContaining({ place: 'Washington', when: 'today' })]);
  });

  it('"talks with visiting …": the visitor is met where the article is set', () => {
    expect(meetings('U.S. President Donald Trump will join Secretary of State Mike Pompeo on Tuesday for talks with visiting Russian Foreign Minister Sergei Lavrov, the White House announced.',
      'Trump to Welcome Russian Foreign Minister to Washington')).toEqual([expect.objectContaining({ place: 'Washington', when: 'Tuesday' })]);
  });

  it('a year before the noun is the event\'s own time: "a controversial 2017 meeting", "its 2016 elections"', () => {
    const lavrov = meetings('U.S. Secretary of State Mike Pompeo will welcome his Russian counterpart Sergey Lavrov on Tuesday — the Russian’s first visit to Washington since a controversial 2017 meeting with U.S. President Donald Trump, the State Department announced.',
      'US Confirms Washington Visit by Russian Foreign Minister');
    expect(lavrov).toContainEqual(expect.objectContaining({ when: '2017' }));
    expect(lavrov).toContainEqual(expect.objectContaining({ place: 'Washington', when: 'Tuesday' }));
    expect(meetings('He will discuss Somalia’s progress towards meeting its reform and development benchmarks in view of its 2016 elections.'))
      .toEqual([expect.objectContaining({ when: '2016' })]);
  });

  it('"on the sidelines of the G7 summit in Hiroshima on Sunday" places the meeting before it (modelled on wire copy)', () => {
    expect(meetings('President Joe Biden met with President Volodymyr Zelenskyy on the sidelines of the G7 summit in Hiroshima on Sunday.'))
      .toContainEqual(expect.objectContaining({ what: 'talks', place: 'Hiroshima', when: 'Sunday' }));
  });

  it('a hearing named by its body is dated by a weekday; "testified before" a committee is a hearing (modelled on wire copy)', () => {
    expect(meetings('Senators questioned the defense secretary at a Senate Armed Services Committee hearing on Tuesday.'))
      .toEqual([expect.objectContaining({ when: 'Tuesday' })]);
    expect(meetings('Acting Defense Secretary Patrick Shanahan testified before the Senate Appropriations defense subcommittee on Wednesday.'))
      .toEqual([expect.objectContaining({ what: 'hearing', when: 'Wednesday' })]);
    expect(meetings('The court hearing on Tuesday was adjourned.')).toEqual([]);
  });

  it('a caption printed twice tells its meeting once', () => {
    const caption = 'Secretary of Defense Chuck Hagel looks at Phillip Hammond as he describes their earlier meeting to reporters during the opening of a joint press conference in the Pentagon on May 2, 2013. Hagel and Hammond met earlier to discuss the situations in Syria, Iran and Afghanistan.';
    expect(meetings(`${caption}\n\n${caption}`)).toHaveLength(meetings(caption).length);
  });
});

// Sentences modelled on wire copy (no public-domain source at hand for these frames).
describe('meetings of bodies and named fora', () => {
  it('"the annual Shangri-La Dialogue in Singapore": a named dialogue is a conference', () => {
    expect(meetings('Leaders will gather for the annual Shangri-La Dialogue in Singapore this weekend.'))
      .toEqual([expect.objectContaining({ what: 'Shangri-La Dialogue', place: 'Singapore' })]);
  });

  it('"The Security Council met in an emergency session on Monday": a body\'s session, dated', () => {
    expect(meetings('The Security Council met in an emergency session on Monday at the request of France.'))
      .toEqual([expect.objectContaining({ when: 'Monday' })]);
  });

  it('"The Senate voted 68-32 on Tuesday": a body\'s vote, dated, is a meeting; a council\'s vote stays its meeting', () => {
    expect(meetings('The Senate voted 68-32 on Tuesday to approve the aid package.')).toEqual([expect.objectContaining({ what: 'vote', when: 'Tuesday' })]);
    expect(meetings('The committee voted on the measure.')).toEqual([]);
    expect(meetings('After more than four hours of public comment, the Millbrook City Council voted 5-4 late Tuesday to approve protected bike lanes.'))
      .toEqual([expect.objectContaining({ what: 'Millbrook City Council', place: 'Millbrook', when: 'Tuesday' })]);
  });

  it('"…, their first in-person meeting as leaders": an apposition names the meeting just told', () => {
    expect(meetings('Biden met Chinese President Xi Jinping in Bali on Monday, their first in-person meeting as leaders.')).toHaveLength(1);
  });
});
