/**
 * Round 14 (issue #15): the key figures of real articles asked soundly, as classes on invented reports. A
 * figure whose sentence only dates another event ("His visit comes as …") is asked from its own clause;
 * reinforcements sent somewhere named ("_____ more troops to Velmar") stand alone; the count an event of the
 * headline is called to end is the story's, though it is last year's; people who deploy are a force; how many
 * leaders or countries a summit gathers is its size; money invested or agreed in deals is a decision, a
 * year's trade is not; "the 9,000-strong Velmar Border Guard" gives a named force's size; a hedged round
 * figure that rounds a precise one is the same account; "…, he confirmed" with no name is not shown; and
 * "The city now has …" names the one capital the sentence before gives.
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { generateBank } from '@/lib/generate';
import { figureClass } from '@/lib/generate/headline-figures';
import { figureClause, glossCitySubject, strengthOf } from '@/lib/generate/figure-clauses';
import { standsAlone } from '@/lib/generate/figure-stems';
import type { ArticleInput, Figure } from '@/lib/extract/types';
import type { Question } from '@/lib/generate/types';

const article = (id: string, title: string, paragraphs: string[], date = '2027-03-02'): ArticleInput => ({
  id, title, body: paragraphs.join('\n\n'), bodyStart: 0, outlet: 'Voice of America', date,
});

function bankOf(articles: ArticleInput[]): Question[] {
  return generateBank(extractLibrary(articles), articles).questions;
}

function figureOf(a: ArticleInput, raw: string): Figure {
  const f = extractLibrary([a]).articles[0]?.figures.find((x) => x.raw === raw);
  if (!f) throw new Error(`no figure ${raw}`);
  return f;
}

const asking = (bank: Question[], answer: string) => bank.filter((q) => q.kind.startsWith('figure') && q.answer === answer);

const visit = article('roe-visits-karsk', 'Defence Chief Meets Karsk Leaders', [
  'KARSK, March 2, 2027 – Velmar Defence Minister Ana Roe met Karsk leaders on Tuesday to discuss the fighting in the north.',
  'Her visit comes as President Tomas Lund is considering whether to send as many as 12,000 more troops to Karsk to help end the fighting.',
  'Roe said the talks were useful.',
]);

describe('round 14: a figure whose sentence only dates another event is asked from its own clause', () => {
  it('asks the troops Lund may send, in a stem that names Lund and not “her visit”', () => {
    const asked = asking(bankOf([visit]), '12,000');
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) {
      expect(q.prompt).toMatch(/President Tomas Lund is considering/);
      expect(q.prompt).not.toMatch(/Her visit/);
    }
  });

  it('cuts only a “… comes as” opening, and leaves any other sentence whole', () => {
    expect(figureClause('His trip comes as 5,000 troops arrive in Karsk.')).toBe('5,000 troops arrive in Karsk.');
    expect(figureClause('The army sent 5,000 troops as the fighting spread.')).toBe('The army sent 5,000 troops as the fighting spread.');
  });

  it('lets reinforcements sent to a named place stand alone, not “_____ more people” of the sentence before', () => {
    expect(standsAlone('Lund may send _____ more troops to Karsk.')).toBe(true);
    expect(standsAlone('Rescuers evacuated _____ more people on Sunday.')).toBe(false);
  });
});

const conference = article('velmar-peace-conference', 'Rebels to Attend Velmar Peace Conference in Karsk', [
  'KARSK, January 17, 2027 – Rebel leaders said on Thursday they will attend the peace conference in Karsk.',
  'The conference aims to put an end to ethnic fighting that displaced more than 300,000 people in northern Velmar in 2026.',
  'Karsk airlifted 4,600 refugees from Velmar in 2025, officials said.',
], '2027-01-17');

describe('round 14: last year’s count that the headline’s event is called to end is the story’s', () => {
  it('asks the 300,000 displaced the conference aims to help', () => {
    expect(asking(bankOf([conference]), '300,000').length).toBeGreaterThan(0);
  });

  it('still leaves background from an earlier year unasked', () => {
    expect(figureClass(conference, figureOf(conference, '4,600'), 'count')).toBeNull();
    expect(asking(bankOf([conference]), '4,600')).toEqual([]);
  });
});

const deployment = article('karsk-security-plan', 'Karsk Launches Security Plan', [
  'KARSK, June 13, 2027 – More than 40,000 mostly Velmari police officers prepare to deploy into Karsk to bring security to the capital.',
  'The summit in Lorne brings together leaders from 35 countries, including all of Velmar’s neighbours.',
  'Companies signed new commercial deals worth more than $12 billion on Monday.',
  'Annual trade between the two countries is worth $50 billion.',
]);

describe('round 14: which counts a teacher asks', () => {
  it('counts people who deploy as a force, and a summit’s countries as its size', () => {
    expect(figureClass(deployment, figureOf(deployment, '40,000'), 'count')).toBe('forces');
    expect(figureClass(deployment, figureOf(deployment, '35'), 'count')).toBe('attendance');
  });

  it('asks money agreed in deals, not a year’s trade', () => {
    expect(figureClass(deployment, figureOf(deployment, '$12 billion'), 'money')).toBe('money');
    expect(figureClass(deployment, figureOf(deployment, '$50 billion'), 'money')).toBeNull();
  });
});

const force = article('velmar-border-guard', 'NATO Chief Visits Velmar Border Guard', [
  'LORNE, November 6, 2027 – NATO Secretary General Ida Brandt visited Velmar on Thursday to thank its troops.',
  'The 9,000-strong command is part of the 120,000-strong Velmar Border Guard, which the alliance has helped to build up.',
]);

describe('round 14: “the N-strong” named force gives its size', () => {
  it('asks how strong the named force is, and not the unnamed command', () => {
    const bank = bankOf([force]);
    const asked = asking(bank, '120,000');
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.prompt).toMatch(/how many strong was the Velmar Border Guard\?/);
    expect(asking(bank, '9,000')).toEqual([]);
  });

  it('reads a name after “-strong”, not a common noun', () => {
    const body = 'the 120,000-strong Velmar Border Guard, which';
    expect(strengthOf(body, body.indexOf('-strong'))).toEqual({ name: 'Velmar Border Guard', plural: false });
    expect(strengthOf('the 9,000-strong command is', 9)).toBeNull();
  });
});

const investment = article('velmar-investment', 'Prime Minister confirms nearly half a billion euros of investment from Karsk', [
  'More jobs will be created thanks to nearly half a billion euros worth of investment by Karsk businesses into Velmar, Prime Minister Ada Vey has announced today.',
  'At a press conference in Lorne, Vey confirmed €485 million of investment into Velmar’s ports by two Karsk companies.',
  'In a joint press conference with Karsk Prime Minister Emil Sand this afternoon, she confirmed €120 million for the Lorne railway.',
]);

describe('round 14: a hedged round figure that rounds a precise one is one account', () => {
  it('asks the precise figure, and never accepts the round one typed', () => {
    const asked = asking(bankOf([investment]), '€485 million');
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked.filter((x) => x.numeric)) expect(q.numeric!.tolerance).toBeLessThan(15);
    for (const q of asked) expect(q.choices).not.toContain('€500 million');
  });

  it('does not show “…, she confirmed _____” when the sentence names another prime minister', () => {
    expect(standsAlone('In a joint press conference with Karsk Prime Minister Emil Sand this afternoon, she confirmed _____ for the Lorne railway.')).toBe(false);
    expect(standsAlone('Velmar is proud of its work in this fund, including mobilizing _____ through the Lorne Partnership.')).toBe(false);
    expect(asking(bankOf([investment]), '€120 million')).toEqual([]);
  });
});

const city = article('roe-in-vilnius', 'Roe Meets Leaders, Troops in Vilnius Visit', [
  'VILNIUS, February 23, 2027 – Velmar Defence Minister Ana Roe visited troops on Monday.',
  'Officials told Roe the threat in Vilnius is such that local forces can manage it. The city now has 14,000 fully equipped police officers and two army battalions.',
]);

describe('round 14: “The city now has …” names the one capital the sentence before gives', () => {
  it('asks the city’s police as “The city [Vilnius] now has _____ …”', () => {
    const asked = asking(bankOf([city]), '14,000');
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.prompt).toMatch(/The city \[Vilnius\] now has _____/);
  });

  it('glosses only when exactly one capital is named before, never “the city of …”', () => {
    expect(glossCitySubject('Talks in Vilnius and Riga ended.', 'The city now has 9,000 police.')).toBe('The city now has 9,000 police.');
    expect(glossCitySubject('Talks in Vilnius ended.', 'The city of Riga has 9,000 police.')).toBe('The city of Riga has 9,000 police.');
  });
});
