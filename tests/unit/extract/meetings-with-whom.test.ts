import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';

const meetings = (body: string, title = 'T', date?: string) =>
  extractLibrary([{ id: 'a', title, body, bodyStart: 0, ...(date ? { date } : {}) }]).articles[0]!.meetings
    .map((m) => ({ what: m.what, place: m.place, when: m.when, type: m.type, date: m.date }));

describe('meetings held with someone named', () => {
  it('reads "spoke with" and a name or title as a call, unless the clause places it', () => {
    expect(meetings('President Ana Ruiz spoke with Chancellor Olaf Brandt on Tuesday about energy prices.')).toContainEqual(
      expect.objectContaining({ type: 'call', place: 'virtual', when: 'Tuesday' }));
    expect(meetings('The president spoke with the UN Secretary-General by phone on Sunday, her office said.')).toContainEqual(
      expect.objectContaining({ type: 'call', place: 'virtual', when: 'Sunday' }));
    expect(meetings('The prime minister spoke to President Hollande at the European Council about migration.')).not.toContainEqual(
      expect.objectContaining({ place: 'virtual' }));
  });

  it('leaves "spoke to reporters" and "talked with the media" alone, and reads a state\'s side as someone', () => {
    expect(meetings('The minister spoke to reporters outside the ministry on Tuesday and talked with the media later.')).toEqual([]);
    expect(meetings('She spoke to the French people in a televised address.')).toEqual([]);
    expect(meetings('The minister spoke with Iranian officials by phone on Monday.')).toEqual([expect.objectContaining({ type: 'call', when: 'Monday' })]);
  });

  it('reads "met with" and "the meeting between" a named person as a meeting, dated by the article’s own written date when the text gives no time', () => {
    const got = meetings('April 2017\n\nThe meeting between Defense Secretary Jim Mattis and President Ismail Guelleh went to the heart of the relationship, the secretary said.', 'Travels');
    expect(got).toEqual([expect.objectContaining({ what: 'meeting', place: null, when: 'April 2017' })]);
    // The file's publication date is not the article's wording: with no date in the text, no time (dev: Putin's working meeting).
    expect(meetings('Defense Secretary Jim Mattis met with Emir Tamim Al Thani to discuss security.', 'T', '2017-04-22')).toEqual([
      expect.objectContaining({ place: null, when: null, date: null })]);
    expect(meetings('Vladimir Putin had a working meeting with acting head of the region Artur Parfenchikov.', 'Putin met with Head of the Republic of Karelia', '2017-07-21'))
      .toEqual([expect.objectContaining({ place: null, when: null })]);
  });

  it('dates an undated meeting by the dateline as written, and resolves "today" from it', () => {
    const got = meetings('BAGHDAD, June 16, 2007 – Defense Secretary Robert Gates met with Prime Minister Nouri al-Maliki at his office. Gates held talks with tribal leaders in Ramadi today.');
    expect(got[0]).toMatchObject({ when: 'June 16, 2007' });
    expect(meetings('Gates held talks with tribal leaders in Ramadi today.', 'T', '2007-06-16')[0]).toMatchObject({ place: 'Ramadi', when: 'today', date: '2007-06-16' });
  });

  it('reads "hosted" and a named guest as a visit, and leaves a hosted dinner alone', () => {
    expect(meetings('WASHINGTON — President Joe Biden hosted Prime Minister Fumio Kishida at the White House on Friday.')).toContainEqual(
      expect.objectContaining({ what: 'visit', when: 'Friday' }));
    expect(meetings('The embassy hosted a dinner for veterans on Friday.')).toEqual([]);
  });

  it('reads a meeting by its verb: convened, gathered in a city, "where he met", and a venue as its city', () => {
    expect(meetings('The president convened his national security team at the White House on Monday.')).toEqual([
      expect.objectContaining({ what: 'meeting', place: 'Washington', when: 'Monday' })]);
    expect(meetings('NATO defense ministers gather in Brussels this week.')).toEqual([expect.objectContaining({ place: 'Brussels', when: 'this week' })]);
    expect(meetings('Foreign ministers from the Group of Seven gathered in Tokyo for two days of talks.')).toEqual([expect.objectContaining({ what: 'talks', place: 'Tokyo' })]);
    expect(meetings('Mr. Blinken traveled to Tokyo, where he met Prime Minister Fumio Kishida.')).toEqual([expect.objectContaining({ place: 'Tokyo' })]);
    expect(meetings('The families gathered for a photo after the ceremony.')).toEqual([]);
  });

  it('reads "by telephone" as a call, once', () => {
    expect(meetings('The foreign ministers of Russia and China discussed the situation by telephone.')).toEqual([expect.objectContaining({ type: 'call', place: 'virtual' })]);
    expect(meetings('President Ana Ruiz spoke with Chancellor Olaf Brandt by phone on Tuesday.')).toEqual([expect.objectContaining({ type: 'call', when: 'Tuesday' })]);
  });

  it('reads the UN General Assembly as a meeting, and a city joined to "met" by "and"', () => {
    expect(meetings('Zelenskyy addressed the U.N. General Assembly in New York on Wednesday.')).toEqual([
      expect.objectContaining({ what: 'General Assembly', place: 'New York', when: 'Wednesday' })]);
    expect(meetings('He visited troops in Baghdad and met with Iraqi Prime Minister Mohammed Shia al-Sudani.')).toEqual([
      expect.objectContaining({ place: 'Baghdad' })]);
    expect(meetings('The National Assembly passed the budget.')).toEqual([]);
  });
});

describe('who took part, not who reported it', () => {
  const participants = (body: string) =>
    extractLibrary([{ id: 'a', title: 'T', body, bodyStart: 0 }]).articles[0]!.meetings.map((m) => m.participants);

  it('leaves out the spokesperson of a closing "…, said in a statement", with or without a role before the name', () => {
    // articles-fresh5/03 (DoD News, public domain), and the same frame without the role.
    const [dod] = participants('WASHINGTON -- Defense Secretary James N. Mattis met with Indonesian Defense Minister Ryamizard Ryacudu in Jakarta, their third meeting since Mattis was sworn in a year ago, the Pentagon’s chief spokesperson, Dana W. White, said in a statement.');
    expect(dod).toEqual(expect.arrayContaining(['James N. Mattis', 'Ryamizard Ryacudu']));
    expect(dod).not.toContain('Dana W White');
    const [bare] = participants('Foreign Minister Lena Dahl met Trade Minister Paul Ostrander in Oslo on Monday, Ivo Brandt said.');
    expect(bare).toEqual(expect.arrayContaining(['Lena Dahl', 'Paul Ostrander']));
    expect(bare).not.toContain('Ivo Brandt');
  });

  it('keeps a reporter who also took part', () => {
    const [both] = participants('Lena Dahl met Paul Ostrander in Oslo on Monday, Dahl said.');
    expect(both).toEqual(expect.arrayContaining(['Lena Dahl', 'Paul Ostrander']));
  });
});
