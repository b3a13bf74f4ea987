/**
 * Classes blind-47 and blind-48 sent back (issue #15), on invented reports: the day of one call within a visit the
 * report says ran several days (blind-47 Q14: "the exact day within Cohen's two-day visit is not worth a student's
 * time"); a leader's list of what cooperation costs (blind-48 Q21–24: "RUSAL has invested $120 million …"); lines
 * shown alone that lack what the sentence before told, and a town hall's head count (blind-49).
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { generateBank } from '@/lib/generate';
import type { ArticleInput } from '@/lib/extract/types';
import { losesReferent } from '@/lib/generate/lost-referents';
import { needsPrevious } from '@/lib/generate/body-lines';
import { glossWeekday } from '@/lib/generate/weekday-gloss';
import { isCallOfManyDayVisit } from '@/lib/generate/multi-day';
import type { Question } from '@/lib/generate/types';

function bankOf(articles: ArticleInput[]): Question[] {
  return generateBank(extractLibrary(articles), articles).questions;
}

const visit = (title: string): ArticleInput => ({
  id: 'marlow-visit',
  title,
  outlet: 'Defence News Service',
  date: '2001-03-16',
  bodyStart: 0,
  body: [
    'WASHINGTON, March 16, 2001 – Defence Secretary Alan Marlow ended a two-day visit to Ostravia on Thursday, the first by a defence secretary since the war.',
    'In Belgrad, Marlow met March 14 with President Tomas Velikanov and Prime Minister Ilse Doran, and visited a site where searchers are looking for the remains of a missing pilot.',
    '“We owe the families of the missing a full accounting,” Marlow told reporters at the airport.',
  ].join('\n\n'),
});

const whenQuestions = (bank: Question[]) => bank.filter((q) => q.kind === 'when');

describe('blind-47: the day of one call within a visit of several days', () => {
  it('is not asked when the report is about the visit', () => {
    expect(whenQuestions(bankOf([visit('Symbolic Visit Opens a New Chapter')]))).toEqual([]);
  });

  it('is asked when the headline reports the talks themselves', () => {
    const bank = bankOf([visit('Marlow Holds Talks With Ostravian Leaders')]);
    expect(whenQuestions(bank).map((q) => q.answer)).toContain('March 14');
  });
});

const statements: ArticleInput = {
  id: 'velikanov-statements',
  title: 'Press statements following Ostravian-Marlowian talks',
  outlet: 'Presidential Office',
  date: '2017-03-15',
  bodyStart: 0,
  body: [
    'President Tomas Velikanov: Mr President, friends, our talks today were substantive and held in a friendly atmosphere.',
    'Our cooperation in the mining sector is developing with success. The company Nordmet has invested $120 million in a joint aluminium venture in Marlowland.',
    'Ostravian Railways is carrying out a large-scale programme to modernise the network, with investment of $480 million.',
    'During the visit, Ostravia announced a $950 million package of support for the new power plant.',
  ].join('\n\n'),
};

describe('blind-48: a sum given as background of cooperation', () => {
  const answers = bankOf([statements]).filter((q) => q.kind.startsWith('figure') || q.kind === 'cloze').map((q) => q.answer);

  it('is not asked', () => {
    expect(answers.some((a) => /\b(?:120|480)\b/.test(a))).toBe(false);
  });

  it('while a sum the report tells of being agreed is', () => {
    expect(answers.some((a) => /\b950\b/.test(a))).toBe(true);
  });
});

const roadshows: ArticleInput = {
  id: 'flag-roadshows',
  title: 'Lorvania begins process to consider a new national anthem',
  outlet: 'Wikinews',
  date: '2015-05-07',
  bodyStart: 0,
  body: [
    'The government of Lorvania on Tuesday announced the members of a panel that will consider whether to change the national anthem.',
    'The Anthem Consideration Panel has planned a number of conferences and roadshows as part of this process, with the first meeting set to take place in Dunedin on May 16.',
    '“Every citizen should have a say in the anthem,” Prime Minister Ada Vey said.',
  ].join('\n\n'),
};

describe('full-r15: one stop of a series of public meetings', () => {
  it('is asked neither where nor when, nor as a card', () => {
    const asked = bankOf([roadshows]).filter((q) => q.answer === 'Dunedin' || /May 16/.test(q.answer));
    expect(asked).toEqual([]);
  });
});

describe('blind-49: what a line shown alone lacks', () => {
  it('"do that" with no noun after it stands for the sentence before', () => {
    expect(losesReferent('And we have to do that by helping our neighbors, because that is extremely important right now.')).toBe(true);
    expect(losesReferent('We will do that job together with our allies, whatever it takes.')).toBe(false);
  });

  it('a body named by its bare head was named in full before', () => {
    expect(needsPrevious('The Committee has already held two sessions in Geneva and set up a drafting commission.')).toBe(true);
    expect(needsPrevious('The Constitutional Committee has already held two sessions in Geneva.')).toBe(false);
  });

  it('the head count of a town hall is not asked', () => {
    const visit: ArticleInput = {
      id: 'marlow-base', title: 'Marlow Visits Troops at Northgate Base', outlet: 'Defence News Service', date: '2008-12-13', bodyStart: 0,
      body: [
        'NORTHGATE BASE, Dec. 13, 2008 – Defence Secretary Alan Marlow met with the commander of coalition forces here today to discuss moving troops out of the cities.',
        'Marlow also had lunch with junior officers, and then met in a town hall session with about 170 troops from different services working here.',
      ].join('\n\n'),
    };
    expect(bankOf([visit]).filter((q) => /170/.test(q.answer))).toEqual([]);
  });
});

describe('blind-49: a "yesterday" in a stem', () => {
  it('is dated by the report', () => {
    expect(glossWeekday('The envoy was recalled by the government yesterday over the killing of _____ officers.', '2011-08-21'))
      .toBe('The envoy was recalled by the government yesterday [August 20, 2011] over the killing of _____ officers.');
  });
});

describe('blind-50: a body’s gathering told "here" under a news service’s home dateline', () => {
  it('is not placed in the dateline’s town', () => {
    const story: ArticleInput = {
      id: 'ministerial-here', title: 'Alliance Chief Pledges Support to Northern Mission', outlet: 'Forces Press Service', date: '2006-06-08', bodyStart: 0,
      body: [
        'WASHINGTON, June 8, 2006 – NATO Secretary-General Jan Veldhuis today pledged the alliance’s support to the mission in Norland.',
        '“Norland is a long-term commitment,” Veldhuis said in an open session of the NATO defense ministerial meeting here today.',
        'In a press conference here this afternoon, Defense Secretary Alan Marlow said he is confident the alliance will succeed.',
      ].join('\n\n'),
    };
    expect(bankOf([story]).filter((q) => q.kind === 'where' && q.answer === 'Washington')).toEqual([]);
  });
});

describe('blind-47: which meetings of a several-day visit keep their day', () => {
  const body = 'Marlow paid a two-day visit to Ostravia. In Belgrad, Marlow met leaders on March 14.';

  it('a plain meeting of the visit does not; a named meeting or a summit does', () => {
    expect(isCallOfManyDayVisit(body, 'the meeting')).toBe(true);
    expect(isCallOfManyDayVisit(body, 'ASEAN-United States Informal Meeting')).toBe(false);
    expect(isCallOfManyDayVisit(body, 'summit')).toBe(false);
  });
});
