import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { one } from './helpers';

/*
 * Round 12 of #16: quotations real news left without a speaker although the article says who spoke —
 * a name written with a title or a courtesy title the people index did not read, a pronoun whose
 * antecedent is the subject before, a verb other than "said" before the marks. Every article here is
 * invented in those styles.
 */
const said = (body: string, title?: string) => one(body, title).article.quotes.map((q) => [q.text, q.speaker]);

describe('people known by a title and a surname', () => {
  it('reads "Professor Eastwood" as the Professor Ana Eastwood the article names in full', () => {
    const body = [
      'Professor Ana Eastwood, director of the national nutrition study, says most children lack iodine.',
      '"The effects are serious and they can last for a lifetime," Professor Eastwood said.',
    ].join('\n\n');
    expect(said(body)).toEqual([['The effects are serious and they can last for a lifetime', 'Ana Eastwood']]);
  });

  it('reads "Mr. Lorne" as the man of the two Lornes a story names, not his wife', () => {
    const body = [
      'President Tomas Lorne left for Asia on Monday with his wife, First Lady Maria Lorne.',
      'Maria Lorne will visit a clinic on the border.',
      '"I view this trip as a chance to listen to our partners," said Mr. Lorne.',
    ].join('\n\n');
    expect(said(body)).toEqual([['I view this trip as a chance to listen to our partners', 'Tomas Lorne']]);
  });

  it('leaves "Mr. Lorne" without a speaker when two men of the story bear the name', () => {
    const body = [
      'President Tomas Lorne left for Asia on Monday with his brother, Senator Paul Lorne.',
      'The trip will last a week and end in Tokyo.',
      '"I view this trip as a chance to listen to our partners," said Mr. Lorne.',
    ].join('\n\n');
    expect(said(body)).toEqual([['I view this trip as a chance to listen to our partners', null]]);
  });

  it('gives "envoy Marsh" of a story that never writes his given name to the one envoy Marsh of the library', () => {
    const lib = extractLibrary([
      { id: 'a', title: 'Talks', bodyStart: 0, body: 'U.S. special envoy Peter Marsh arrived in Cairo on Monday for talks.' },
      { id: 'b', title: 'Aid', bodyStart: 0, body: 'Development Secretary Claire Marsh announced new aid for the region on Monday.' },
      {
        id: 'c', title: 'More talks', bodyStart: 0,
        body: ['U.S. envoy Marsh met both leaders on Tuesday.', '"The talks are moving in the right direction," Marsh said.'].join('\n\n'),
      },
    ]);
    const c = lib.articles.find((a) => a.id === 'c');
    expect(c?.quotes.map((q) => q.speaker)).toEqual(['Peter Marsh']);
  });
});

describe('"he said" after a quotation means the subject of the sentence before', () => {
  it('reads the named subject of the paragraph before, past a title in apposition', () => {
    const body = [
      'The director of the Lisbon Policy Institute, Tomas Vieira, predicts the minister will hear the same message this week.',
      '"The two sides do not trust each other, and a week of talks will not change that," he said.',
    ].join('\n\n');
    expect(said(body)).toEqual([['The two sides do not trust each other, and a week of talks will not change that', 'Tomas Vieira']]);
  });

  it('reads the subject after an opening phrase and a title in apposition', () => {
    const body = [
      'Speaking at a joint news conference in Porto on Monday, the trade envoy, Paul Okafor, brushed aside the reports.',
      '"This issue is for our two countries to settle between ourselves," he said.',
    ].join('\n\n');
    expect(said(body)).toEqual([['This issue is for our two countries to settle between ourselves', 'Paul Okafor']]);
  });

  it('reads the subject past a day: "Government spokesman Rui Amaral on Monday disputed …"', () => {
    const body = [
      'Government spokesman Rui Amaral on Monday disputed the accusations of inaction.',
      '"From the first hour, every team in the region worked to reach the villages," he said.',
    ].join('\n\n');
    expect(said(body)).toEqual([['From the first hour, every team in the region worked to reach the villages', 'Rui Amaral']]);
  });

  it('gives nobody when the sentence before names someone else who could be meant: "Vieira met Okafor."', () => {
    const body = [
      'Foreign Minister Tomas Vieira met his counterpart Paul Okafor in Porto on Monday.',
      '"The two sides do not trust each other, and a week of talks will not change that," he said.',
    ].join('\n\n');
    expect(said(body)).toEqual([['The two sides do not trust each other, and a week of talks will not change that', null]]);
  });

  it('does not give the words to a subject who only arrived: "Tomas Vieira arrived late."', () => {
    const body = [
      'Envoy Paul Okafor said the ceasefire was holding.',
      'Tomas Vieira arrived late.',
      '"We have heard promises before," he said.',
    ].join('\n\n');
    expect(said(body)[1]?.[1]).not.toBe('Tomas Vieira');
  });

  it('gives nobody when the sentence before joins two names as its subject', () => {
    const body = [
      'Tomas Vieira and Paul Okafor met the farmers on Monday in Porto.',
      '"The two sides do not trust each other, and a week of talks will not change that," he said.',
    ].join('\n\n');
    expect(said(body)).toEqual([['The two sides do not trust each other, and a week of talks will not change that', null]]);
  });

  it('gives nobody when the subject is shown to be a woman and the quotation says "he"', () => {
    const body = [
      'Ms. Ana Ruiz, the director of the institute, predicts the minister will hear the same message this week.',
      '"The two sides do not trust each other, and a week of talks will not change that," he said.',
    ].join('\n\n');
    expect(said(body)).toEqual([['The two sides do not trust each other, and a week of talks will not change that', null]]);
  });

  it('gives nobody when the names are objects: "Police arrested Tomas Vieira after a complaint by Paul Okafor."', () => {
    const body = [
      'Police arrested Tomas Vieira on Monday after a complaint by Paul Okafor.',
      '"The two sides do not trust each other, and a week of talks will not change that," he said.',
    ].join('\n\n');
    expect(said(body)).toEqual([['The two sides do not trust each other, and a week of talks will not change that', null]]);
  });
});

describe('any verb before the marks', () => {
  it('reads "Tomas Vieira jokes, “…”": the tagger\'s verb in the subject\'s verb slot hands over', () => {
    const body = [
      'When the mayor thanked Tomas Vieira for coming, Mr. Vieira offered a rare word on his health.',
      'Tomas Vieira jokes, "I am not a sick man, and I do not need to stay at home all day." Local media had said he was ill.',
    ].join('\n\n');
    expect(said(body)).toEqual([['I am not a sick man, and I do not need to stay at home all day.', 'Tomas Vieira']]);
  });

  it('reads no speaker from a noun before the marks: "The ministry statement, “…”"', () => {
    const body = 'The ministry statement, "We will not answer questions about the fleet or its crews."';
    expect(said(body)).toEqual([['We will not answer questions about the fleet or its crews.', null]]);
  });

  it('gives "The 31-year-old added, “…”" to the person the sentence before was about', () => {
    const body = [
      '"I am protesting against the new tax. We want a fair country," Rui Amaral said.',
      'The 31-year-old added, "My message to the others is to stay calm and to come back every Friday."',
    ].join('\n\n');
    expect(said(body)[1]).toEqual(['My message to the others is to stay calm and to come back every Friday.', 'Rui Amaral']);
  });
});

describe('a speech verb that shares the sentence\'s subject', () => {
  it('gives "…, saying the two sides “…”" to the subject of the sentence', () => {
    const body = 'Foreign Minister Tomas Vieira expressed a positive view right after the talks in Porto, saying the two sides "had many hours of productive conversations" on the treaty.';
    expect(said(body)).toEqual([['had many hours of productive conversations', 'Tomas Vieira']]);
  });

  it('gives "X said … and said “…”" to X', () => {
    const body = 'Labour\'s housing spokeswoman Ana Ruiz said her party has supported the plan for a year, and said it was "damning that the ministry is not doing this already" in every region.';
    expect(said(body)).toEqual([['damning that the ministry is not doing this already', 'Ana Ruiz']]);
  });

  it('gives nobody when another person is the subject of the clause before the verb', () => {
    const body = 'Foreign Minister Tomas Vieira met the press after the talks in Porto, while Ana Ruiz left early, saying the two sides "had many hours of productive conversations" on the treaty.';
    expect(said(body).map(([, who]) => who)).not.toContain('Tomas Vieira');
  });
});

describe('a quotation after the sentence that says its speaker talks', () => {
  it('reads the subject past a possessive title: "Lusitania\'s ruler, Tomas Vieira, also said that …. “…”"', () => {
    const body = [
      'The council voted on Thursday.',
      'Lusitania\'s ruler, Tomas Vieira, also said that government troops planned to move against Marvila on Thursday night. "No more fear, no more waiting, the moment has come. Our troops will be there tonight."',
    ].join('\n\n');
    expect(said(body)).toEqual([['No more fear, no more waiting, the moment has come. Our troops will be there tonight.', 'Tomas Vieira']]);
  });

  it('reads a verb whose object is an act of saying, past an appositive: "X, Senator from Ohio, issued a statement …"', () => {
    const body = 'Not all were pleased with the choice. Senator Ana Ruiz, Republican from Ohio, issued a statement regarding the rejection of the museum. "Like many people here, I am disappointed with the decision to pass over our city."';
    expect(said(body)).toEqual([['Like many people here, I am disappointed with the decision to pass over our city.', 'Ana Ruiz']]);
  });

  it('reads a lone surname the people index knows: "Okafor gave his assurance that …. “…”"', () => {
    const body = [
      'President Paul Okafor and the rebel leader met in Addis Ababa on Friday.',
      'Okafor gave his assurance that from Saturday on, his troops will not break the truce. "I want to assure you that my party and my army will keep this agreement."',
    ].join('\n\n');
    expect(said(body)).toEqual([['I want to assure you that my party and my army will keep this agreement.', 'Paul Okafor']]);
  });
});
