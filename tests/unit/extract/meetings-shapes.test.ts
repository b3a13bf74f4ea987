import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';

const meetings = (body: string, title = 'T') =>
  extractLibrary([{ id: 'a', title, body, bodyStart: 0 }]).articles[0]!.meetings.map((m) => ({ what: m.what, place: m.place, when: m.when }));

// Sentences written for these tests, each in the grammatical shape a rule reads (no article's own words).
describe('meetings by the grammar around their words', () => {
  it('a count of occasions after "met" is a history of meetings, not one', () => {
    expect(meetings('Ms Varga and I have met on many previous occasions, both in Budapest and elsewhere.')).toEqual([]);
    expect(meetings('The two envoys had met several times before the ceasefire.')).toEqual([]);
    expect(meetings('The envoys have met twice in Lisbon.')).toEqual([]);
    // A count of people met is no count of occasions.
    expect(meetings('The envoy met three ministers in Lisbon on Monday.')).toEqual([expect.objectContaining({ place: 'Lisbon', when: 'Monday' })]);
  });

  it('"met earlier" dates the meeting relative to the report', () => {
    expect(meetings('The two generals met earlier to review the supply routes.')).toEqual([expect.objectContaining({ when: 'earlier' })]);
    // "earlier today" is a time of its own.
    expect(meetings('The two generals met earlier today in Tunis.')).toEqual([expect.objectContaining({ place: 'Tunis', when: 'earlier today' })]);
  });

  it('a meeting talked about is not held where the article is set', () => {
    const dateline = 'NAIROBI, May 3 (AP) — Fighting eased along the northern border on Sunday, officials said.\n\n';
    // A meeting its name makes specific is kept, placed nowhere.
    expect(meetings(`${dateline}The presidents also conferred about the Six-Party talks and a new aid package.`))
      .toEqual([expect.objectContaining({ what: 'Six-Party talks', place: null })]);
    // Without a name it is a mention, not a meeting at the dateline's city.
    expect(meetings(`${dateline}The ministers spent an hour discussing the next summit and its agenda.`).filter((m) => m.place === 'Nairobi')).toEqual([]);
    // A meeting held in the article's city still takes it.
    expect(meetings(`${dateline}The ministers held talks with the rebels.`)).toEqual([expect.objectContaining({ place: 'Nairobi' })]);
  });

  it('a meeting as the object of a verb of holding took place; one only planned needs a time', () => {
    expect(meetings('The two presidents held talks and signed a trade pact.')).toEqual([expect.objectContaining({ what: 'talks' })]);
    expect(meetings('The coach gave a news conference after the final whistle.')).toEqual([expect.objectContaining({ what: 'news conference' })]);
    expect(meetings('The mediators urged both sides to hold talks.')).toEqual([]);
    // "held up" is to delay.
    expect(meetings('A quarrel over fishing rights has held up negotiations.')).toEqual([]);
    // Ceremonies are no meetings, whoever attends them.
    expect(meetings('The mayor attended an awards ceremony.')).toEqual([]);
  });

  it('"briefed reporters" is a press briefing; "will brief reporters" needs a time', () => {
    expect(meetings('The spokeswoman briefed reporters after the vote.')).toEqual([expect.objectContaining({ what: 'briefing' })]);
    expect(meetings('The spokeswoman will brief reporters.')).toEqual([]);
    expect(meetings('The spokeswoman will brief reporters on Thursday.')).toEqual([expect.objectContaining({ what: 'briefing', when: 'Thursday' })]);
  });
});

describe('meetings placed by the words around them', () => {
  it('a caption\'s place in apposition before its date: a venue\'s city, or the site after a gathering\'s name', () => {
    expect(meetings('The defence minister briefs the media, the Kremlin, Moscow, March 3, 2021.'))
      .toEqual([expect.objectContaining({ what: 'briefing', place: 'Moscow', when: 'March 3, 2021' })]);
    expect(meetings('Leaders pose for a photograph at the Baltic Summit, Saltsjöbaden on 4 May 2019.'))
      .toEqual([expect.objectContaining({ place: 'Saltsjöbaden', when: '4 May 2019' })]);
    // A name after a comma that is no gathering's site is not taken for a place.
    expect(meetings('The ministers held talks, Reuters reported on 4 May 2019.')).not.toContainEqual(expect.objectContaining({ place: 'Reuters' }));
  });

  it('a transcript whose header names no known city is held where the header places the gathering of that day', () => {
    const body = 'The Chancellor’s closing press conference at the Baltic Summit, Saltsjöbaden on 4 May 2019.\n\n'
      + 'CHANCELLOR: Good afternoon. We agreed a great deal today.\n\nQUESTION: What about trade?\n\nCHANCELLOR: We agreed on that too.';
    expect(meetings(body, 'Press conference: Chancellor at end of Baltic Summit')).toContainEqual(expect.objectContaining({ what: 'press conference', place: 'Saltsjöbaden', when: '4 May 2019' }));
  });

  it('a title naming a press conference is its record, apart from the talks the body tells', () => {
    const body = 'Remarks by the two ministers after their talks.\n\nWelcome to Madrid, my friend. Our meeting today covered trade, fishing and the border.';
    const found = meetings(body, 'Foreign Minister and Trade Secretary press conference');
    expect(found).toContainEqual(expect.objectContaining({ what: 'press conference', place: 'Madrid' }));
    expect(found).toContainEqual(expect.objectContaining({ what: 'talks', place: 'Madrid', when: 'today' }));
  });

  it('talks told after a press conference in the same city are other meetings than the press conference', () => {
    const body = 'Speaking at the press conference today in Lisbon, the minister said:\n\n“We have had long and useful talks on every subject between our countries.”';
    expect(meetings(body)).toEqual([expect.objectContaining({ what: 'press conference', place: 'Lisbon' }), expect.objectContaining({ what: 'talks', place: 'Lisbon' })]);
  });

  it('a time in the next sentence of a quotation is not the meeting\'s; nor a year that ends a phrase before its noun', () => {
    expect(meetings('“We held useful talks on fishing. Nothing matters more in 2019 than our coasts.”')).toEqual([expect.objectContaining({ when: null })]);
    expect(meetings('Nothing mattered more in 2019 than restarting negotiations between the two unions.')).not.toContainEqual(expect.objectContaining({ when: '2019' }));
  });
});

describe('where and when an article is set, from its header lines', () => {
  it('a header line with a date, then a town and its country, sets the article in the town', () => {
    const body = 'Talks with the President of Portugal\n\nJune 3, 2019, Sintra, Portugal\n\n'
      + 'The two presidents discussed trade and fishing rights at length. Our discussion today covered the border as well.';
    expect(meetings(body, 'Talks with the President of Portugal')).toContainEqual(expect.objectContaining({ place: 'Sintra' }));
  });

  it('a city is given as the header writes it, stops and all', () => {
    const body = 'Conference Centre\nSt. Petersburg, Florida\n\n4:10 P.M. CDT\n\nTHE GOVERNOR: We held useful talks with the mayors this morning about the river and its floods.';
    expect(meetings(body, 'Remarks by the Governor after Bilateral Meeting')).toContainEqual(expect.objectContaining({ place: 'St. Petersburg' }));
  });

  it('a time in another clause, opened by "as" or "while", is not the meeting\'s', () => {
    expect(meetings('Storms closed the port on Tuesday, officials said, as talks between the unions were due to resume.')).not.toContainEqual(expect.objectContaining({ when: 'Tuesday' }));
  });
});
