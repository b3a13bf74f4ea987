import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { one } from './helpers';

/*
 * Round 10 of #15 and #16: the speakers real news still left unresolved on realnews-dev to -dev5: a bare
 * quotation block after "He urged …", transcript labels ("MR. CROWLEY:") that the header names in full,
 * and an outlet's reporter named as a person. Every article here is invented in those styles.
 */
const said = (body: string, title?: string) => one(body, title).article.quotes.map((q) => [q.text, q.speaker]);

describe('a bare quotation block after a sentence whose subject speaks', () => {
  it('gives the block after "He urged ministers to …" to the "he" the article was about', () => {
    const body = [
      'Foreign Minister Ana Ruiz spoke at the trade forum in Lisbon about fishing rights.',
      '“The sea does not belong to one nation. We will share it fairly.”',
      'She urged European ministers to open their ports to Portuguese boats and to trade between Portugal and Europe.',
      '“We want more boats in more harbours, and we will work for it.”',
    ].join('\n\n');
    expect(said(body)).toEqual([
      ['The sea does not belong to one nation. We will share it fairly.', 'Ana Ruiz'],
      ['We want more boats in more harbours, and we will work for it.', 'Ana Ruiz'],
    ]);
  });

  it('reads any verb of saying in the lexicon, not only those that announce a quotation ("urged")', () => {
    const body = [
      'Foreign Minister Ana Ruiz met farmers in Porto on Monday.',
      'Ms. Ruiz also urged the regional leaders to end the water dispute in their valleys.',
      '“To do so will take patience. But sharing the river helps every farm downstream.”',
    ].join('\n\n');
    expect(said(body)).toEqual([['To do so will take patience. But sharing the river helps every farm downstream.', 'Ana Ruiz']]);
  });

  it('reads past an aside after the verb and an organisation in what was said', () => {
    const body = [
      'Ms. Ruiz outlined the plan during a visit to Porto today, where she is preparing a summit that will be hosted by President Tomas Vieira.',
      '"Today, I want to focus on the summit that will take place in Lisbon next month.”',
      'The river board has changed its chairman and Marta Lindqvist, a hydrologist at Oslo University, stresses little will change and the government will face criticism.',
      '"The new board is more of the same. Nothing will change for the farmers downstream."',
    ].join('\n\n');
    expect(said(body, 'Ana Ruiz in Porto').map(([, who]) => who)).toEqual([expect.stringMatching(/Ruiz/), 'Marta Lindqvist']);
  });

  it('still gives nobody the block when the sentence names a second person after the verb', () => {
    const body = [
      'Foreign Minister Ana Ruiz met farmers in Porto on Monday.',
      'Ms. Ruiz urged Tomas Vieira to end the water dispute in the valley.',
      '“To do so will take patience. But sharing the river helps every farm downstream.”',
    ].join('\n\n');
    expect(said(body)).toEqual([['To do so will take patience. But sharing the river helps every farm downstream.', null]]);
  });
});

describe('a transcript label resolves to the person the transcript names in full', () => {
  const turns = [
    'MR. HALLORAN: Good afternoon. We have a few announcements on the harbour talks today.',
    'QUESTION: Will the talks resume next week?',
    'MR. HALLORAN: I would not rule it out, but nothing is scheduled yet.',
  ];

  it('gives "MR. HALLORAN:" the full name on the header line above the turns', () => {
    const body = ['Daily Press Briefing', 'Desmond K. Halloran', 'Spokesperson', 'Washington, DC', 'March 3, 2021', ...turns].join('\n\n');
    expect(said(body).map(([, who]) => who)).toEqual(['Desmond K. Halloran', 'a reporter', 'Desmond K. Halloran']);
  });

  it('reads a title on the header line as no part of the name ("Secretary Desmond Halloran")', () => {
    const body = ['Remarks After the Harbour Talks', 'Secretary Desmond Halloran', 'Harbour Hall', 'March 3, 2021', ...turns].join('\n\n');
    expect(said(body)[0]?.[1]).toBe('Desmond Halloran');
  });

  it('keeps a label that matches no one as written, never guessed from another header name', () => {
    const body = ['Daily Press Briefing', 'Margit Olsen', 'Spokesperson', 'March 3, 2021', ...turns].join('\n\n');
    expect(said(body)[0]?.[1]).toBe('Mr. Halloran');
  });

  it('reads the name after the post in a capitalised label ("SECRETARY OF DEFENSE DR. MARK T. HALLORAN:")', () => {
    const body = [
      'Press Briefing by the Secretary of Defense',
      'SECRETARY OF DEFENSE DR. MARK T. HALLORAN: Good afternoon, everyone. It is good to be back in this room.',
      'QUESTION: Will you travel to the summit?',
    ].join('\n\n');
    expect(said(body)[0]?.[1]).toBe('Mark T. Halloran');
  });

  it('reads the name after a post that names a state ("PRESIDENT OF NORLAND ERIK HALLORAN:", fresh26)', () => {
    const body = [
      'Bocharov Hall, Velmora',
      'PRESIDENT OF NORLAND ERIK HALLORAN: Good afternoon. Our talks today were long and they were useful for both sides.',
      'QUESTION: Will you meet again?',
    ].join('\n\n');
    expect(said(body)[0]?.[1]).toBe('Erik Halloran');
  });

  it('keeps a capitalised label whose words after the post are no given name as written ("ACTING ADMINISTRATION HALLORAN:")', () => {
    const body = ['Press Briefing', 'ACTING ADMINISTRATION HALLORAN: Good morning. Thank you for joining us.', 'QUESTION: Any news on supply?'].join('\n\n');
    expect(said(body)[0]?.[1]).toBe('Acting Administration Halloran');
  });
});

describe('an outlet’s reporter is a reporter in the people index', () => {
  const roleOf = (name: string, ...bodies: string[]) =>
    extractLibrary(bodies.map((body, i) => ({ id: `t${i}`, title: 'T', body, bodyStart: 0 }))).people.find((p) => p.name === name)?.role ?? null;

  it('gives the role "reporter" to someone named only before "reports", after "Reporting by" or with ", VOA News"', () => {
    expect(roleOf('Marta Lindqvist', 'Talks went on late into the night. Radio Nord’s Marta Lindqvist reports the envoys agreed on little.')).toBe('reporter');
    expect(roleOf('Peter Haldane', 'Talks went on. (Reporting by Marta Lindqvist and Peter Haldane; Editing by Ana Costa)')).toBe('reporter');
    expect(roleOf('Marta Lindqvist', 'Talks went on late into the night.\n\nMarta Lindqvist, VOA News.')).toBe('reporter');
    expect(roleOf('Marta Lindqvist', 'Talks went on late into the night. Marta Lindqvist reported from Oslo.')).toBe('reporter');
  });

  it('gives the same role to a caption’s photographer, credited after the agency ("REUTERS/…", "(AP Photo/…)")', () => {
    expect(roleOf('Tomas Brandvik', 'Leaders meet at the border post, June 30, 2019. REUTERS/Tomas Brandvik.\n\nThe talks went on.')).toBe('reporter');
    expect(roleOf('Ines Valdera', 'Workers clear debris in Tromsø on Monday. (AP Photo/Ines Valdera)')).toBe('reporter');
  });

  it('indexes no people or state read from its capitals ("the Sri Lankan peace talks") as a person', () => {
    const people = extractLibrary([{ id: 't', title: 'T', body: 'Erik Halvorsen has been mediating the on-again, off-again Sri Lankan peace talks for years.', bodyStart: 0 }]).people;
    expect(people.map((p) => p.name)).toEqual(['Erik Halvorsen']);
  });

  it('gives no such role to someone a report also names otherwise, nor to an organisation that "reported"', () => {
    expect(roleOf('Marta Lindqvist', 'Marta Lindqvist reports from Oslo.', 'Marta Lindqvist said the talks were over.')).toBeNull();
    expect(roleOf('Marta Lindqvist', 'Finance Minister Marta Lindqvist reported a surplus of 2 billion crowns.')).not.toBe('reporter');
  });
});
