/**
 * Round 17 (issue #15, "every headline figure asked"): the story's key numbers that the headline test or the
 * stem lost, as classes on invented reports. An election's turnout (how many voted, and the rate) is its size;
 * how many marched is a protest's size; a force the headline is about is asked whatever its size; and a
 * sentence whose only unnamed place sits in a purpose after the figure's clause ("…, to call for action in the
 * region") is shown cut before that purpose; and a sum set off as what a deal is worth ("Under the proposed
 * deal, worth more than $120 million, …") is the deal's value.
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { generateBank } from '@/lib/generate';
import { clipPurposeClause } from '@/lib/generate/figure-clauses';
import type { ArticleInput } from '@/lib/extract/types';
import type { Question } from '@/lib/generate/types';

const article = (id: string, title: string, paragraphs: string[], date = '2027-03-02'): ArticleInput => ({
  id, title, body: paragraphs.join('\n\n'), bodyStart: 0, outlet: 'Voice of America', date,
});

function bankOf(articles: ArticleInput[]): Question[] {
  return generateBank(extractLibrary(articles), articles).questions;
}

const asking = (bank: Question[], answer: string) => bank.filter((q) => q.kind.startsWith('figure') && q.answer === answer);

describe('round 17: an election’s turnout is its size', () => {
  const election = article('velmar-election', 'Newcomers win seats as Velmar holds council election', [
    'The Velmar council election was held on Sunday, with a record turnout of 812,400 voters.',
    'Ana Roe of the Harbour Party was re-elected in the Port district.',
    'The Velmar election commission said the turnout rate of 61% was the highest since the council was founded.',
    'Observers said the count was orderly.',
  ]);
  it('asks how many voted and the turnout rate', () => {
    const bank = bankOf([election]);
    expect(asking(bank, '812,400').length).toBeGreaterThan(0);
    expect(asking(bank, '61%').length).toBeGreaterThan(0);
  });
});

describe('round 17: how many marched is a protest’s size', () => {
  const walk = article('karsk-walk', 'Karsk activists unite in a march ahead of the regional summit', [
    'Activists from across the Karsk coast gathered in Tarn a few days before the summit of the Coastal League.',
    'The gathering ended with a march where 2,350 participants walked through Tarn, the Karsk capital, to call for action on issues affecting the people of the region.',
    'Organisers said they would march again next year.',
  ]);
  it('asks the marchers, in the sentence cut before its purpose', () => {
    const asked = asking(bankOf([walk]), '2,350');
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) {
      expect(q.prompt).toMatch(/_____ participants walked through Tarn, the Karsk capital…/);
      expect(q.prompt).not.toMatch(/of the region\b/);
    }
  });
  it('asks a crowd that rallied, with no purpose to cut', () => {
    const rally = article('tarn-rally', 'Thousands rally in Tarn against the Karsk port law', [
      'More than 6,200 protesters rallied outside the Karsk parliament in Tarn on Saturday against the new port law. Police said the rally was peaceful.',
      'The law is due to be voted on next week, and its authors said they would not change it.',
    ]);
    expect(asking(bankOf([rally]), '6,200').length).toBeGreaterThan(0);
  });
  it('cuts only a purpose after the figure, and keeps a head long enough to read', () => {
    expect(clipPurposeClause('The walk ended with a rally where more than 900 marchers gathered in Velmar, the capital, to call for action in the region.', '900'))
      .toBe('The walk ended with a rally where more than 900 marchers gathered in Velmar, the capital…');
    expect(clipPurposeClause('To end the strike, 900 marchers gathered in Velmar.', '900')).toBeNull();
    expect(clipPurposeClause('Some 900 marchers gathered, to call for action.', '900')).toBeNull();
  });
});

describe('round 17: a force the headline is about is asked whatever its size', () => {
  const landing = article('velmar-landing', 'Coastal League troops land on rebel-held island of Orsk', [
    'Some 640 troops landed on Monday at the port of Orsk Town, where a crowd cheered for them.',
    'The rebel leader has not been seen since the landing.',
    'League officials said the operation would last a month.',
  ]);
  it('asks the troops that landed', () => {
    expect(asking(bankOf([landing]), '640').length).toBeGreaterThan(0);
  });
  it('still leaves a small force unasked when the headline is about something else', () => {
    const visit = article('roe-visit', 'Velmar minister visits Orsk for talks on trade', [
      'Velmar Defence Minister Ana Roe arrived in Orsk on Monday for talks on trade with Orsk leaders.',
      'Some 640 troops of the Velmar navy are stationed at the port of Orsk Town under a treaty.',
      'Roe said the talks were useful.',
    ]);
    expect(asking(bankOf([visit]), '640')).toEqual([]);
  });
});

describe('round 17: what a deal is worth is its value', () => {
  const sale = article('velmar-sale', 'Velmar to sell patrol boats to Karsk', [
    'The Velmar government told its parliament on Monday that it intends to sell patrol boats to Karsk. The sale needs a vote within 30 days.',
    'Under the proposed deal, worth more than $340 million, Velmar would provide Karsk with 12 boats and training for their crews.',
    'Karsk officials welcomed the plan.',
  ]);
  it('asks the worth of the deal set off by commas', () => {
    expect(asking(bankOf([sale]), '$340 million').length).toBeGreaterThan(0);
  });
  it('still leaves a year’s trade “worth” a sum unasked', () => {
    const trade = article('velmar-trade', 'Velmar and Karsk leaders meet in Tarn', [
      'Velmar President Ana Roe met Karsk Prime Minister Ivo Tam in Tarn on Monday. They discussed trade and fishing.',
      'Karsk is one of Velmar’s top trading partners, with annual trade between them worth $340 million.',
      'The two leaders will meet again in June.',
    ]);
    expect(asking(bankOf([trade]), '$340 million')).toEqual([]);
  });
});
