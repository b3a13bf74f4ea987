/**
 * Round 21 (#15): place, date and figure questions the blind judges sent back as given away or trivia, on invented
 * text: a place blank a host's welcome or a pair of states gives, the one home capital among towns, a lede day that is
 * the report's own, an interpreter's unconfirmed date, a recurring gathering with no year, one sum beside a package.
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { generateBank } from '@/lib/generate';
import { namesStatePair, welcomesTo } from '@/lib/generate/capital-clues';
import { writesUnconfirmedDay } from '@/lib/generate/interpreted-dates';
import { withGatheringYear } from '@/lib/generate/meeting-name-head';
import { isPartOfPackage } from '@/lib/generate/background-sums';
import { isLoneHomeCapital } from '@/lib/generate/place-giveaways';
import { buildContext } from '@/lib/generate/context';
import type { ArticleInput } from '@/lib/extract/types';

describe('a place blank the sentence itself gives', () => {
  it('reads a host welcoming a guest to the capital as the host at home', () => {
    expect(welcomesTo('We are pleased to welcome Prime Minister of Uganda Ana Okello to Nairobi during her working visit.', 'Nairobi')).toBe(true);
    expect(welcomesTo('I welcome you to Nairobi, dear friends.', 'Nairobi')).toBe(true);
  });

  it('leaves a welcome of a plan, and a town that is no capital', () => {
    expect(welcomesTo('The minister welcomed the plan and flew to Nairobi.', 'Nairobi')).toBe(false);
    expect(welcomesTo('We are pleased to welcome Ana Okello to Mombasa.', 'Mombasa')).toBe(false);
  });

  it('reads a forum named for two states as a toss between their capitals', () => {
    expect(namesStatePair('The third Kenyan-Ugandan Border Forum took place in Kampala last May.', 'Kampala')).toBe(true);
    expect(namesStatePair('The Kenya–Uganda Border Forum met in Nairobi.', 'Nairobi')).toBe(true);
  });

  it('leaves a pair that holds neither state of the capital, and no pair', () => {
    expect(namesStatePair('The third Kenyan-Ugandan Border Forum took place in Kigali last May.', 'Kigali')).toBe(false);
    expect(namesStatePair('The Border Forum took place in Kampala last May.', 'Kampala')).toBe(false);
  });
});

describe('a day or date the report does not bear out or that only dates the report', () => {
  const body = 'MINISTER ODHIAMBO: (Via interpreter) We also discussed the March 3rd summit of lake states to be held in Kampala.\n\nThe summit of lake states opens on March 9 in Kampala.';
  it('reads an interpreter’s day nothing else writes as unconfirmed', () => {
    expect(writesUnconfirmedDay(body, { start: 0, end: body.indexOf('\n') })).toBe(true);
  });

  it('keeps a day the report writes elsewhere', () => {
    const confirmed = body.replace('March 9', 'March 3');
    expect(writesUnconfirmedDay(confirmed, { start: 0, end: confirmed.indexOf('\n') })).toBe(false);
  });
});

describe('a lede card whose blank is the report’s own day', () => {
  const article = (title: string, lede: string): ArticleInput => ({
    id: `lede-${title.length}`, title, bodyStart: 0, date: '2031-07-10', outlet: 'Daily Courier',
    body: [lede, 'The fishing treaty of last year set quotas for both fleets until 2035.', 'Officials said a reply was expected within weeks.'].join('\n\n'),
  });
  const ledeCards = (a: ArticleInput) => generateBank(extractLibrary([a]), [a]).questions.filter((q) => q.kind === 'cloze' && /day and month/.test(q.prompt));

  it('is not asked when the headline reports no meeting', () => {
    expect(ledeCards(article('Ministers Call for a Reply on Fishing Quotas', 'Kenyan Foreign Minister Ruth Wanjiru and Ugandan Foreign Minister Paul Okot urged the lake commission July 10 to reply to the proposal on fishing quotas.'))).toEqual([]);
  });

  it('is asked when the day is an anniversary the sentence names', () => {
    expect(ledeCards(article('Why the Lake Ports Fall Silent', 'Today is July 10, the 30th anniversary of the great flood of the lake ports in 2001.'))).toHaveLength(1);
  });
});

describe('a recurring gathering in a stem', () => {
  it('is named with the year the sentence counts from the report', () => {
    expect(withGatheringYear('the G20 Summit', 'We agreed that next year’s G20 Summit will be held in Mombasa.', null, '2031-05-23')).toBe('the 2032 G20 Summit');
    expect(withGatheringYear('the G7 summit', 'Leaders met at the G7 summit.', '2031-06-04', '2031-06-05')).toBe('the 2031 G7 summit');
  });

  it('leaves another meeting, a name with its year, and a gathering nothing dates', () => {
    expect(withGatheringYear('the border talks', 'next year’s border talks', null, '2031-05-23')).toBe('the border talks');
    expect(withGatheringYear('the 2031 G7 summit', 'the 2031 G7 summit', null, '2031-05-23')).toBe('the 2031 G7 summit');
    expect(withGatheringYear('the G7 summit', 'the G7 summit', null, '2031-05-23')).toBe('the G7 summit');
  });
});

describe('one sum beside a package the same report announces', () => {
  const pkg = { sentence: 'Today I am announcing a $2 billion package of security assistance.', value: 2e9 };
  it('loses to the package', () => {
    expect(isPartOfPackage({ sentence: 'And today, the aid agency is committing more than $300 million in humanitarian assistance.', value: 3e8 }, [pkg])).toBe(true);
  });

  it('stays when it is itself the package, or the larger sum is no package', () => {
    expect(isPartOfPackage({ sentence: 'We also announce a $300 million package for the lake ports.', value: 3e8 }, [pkg])).toBe(false);
    expect(isPartOfPackage({ sentence: 'The agency is committing $300 million.', value: 3e8 }, [{ sentence: 'Trade reached $2 billion.', value: 2e9 }])).toBe(false);
    expect(isPartOfPackage({ sentence: 'Under the proposed deal, worth more than $300 million, the fleet gets new radar.', value: 3e8 }, [pkg])).toBe(false);
  });
});

describe('the one home capital of those who met among towns', () => {
  const a: ArticleInput = {
    id: 'lake-talks', title: 'Lake states pledge joint patrols', bodyStart: 0, date: '2031-03-02', outlet: 'Daily Courier',
    body: 'Kenyan President Ruth Wanjiru and Ugandan President Paul Okot met in Nairobi on Monday to discuss joint patrols on the lake.\n\nThe two presidents agreed to meet again next year.',
  };
  const facts = extractLibrary([a]);
  const ctx = buildContext(facts, [a], 'cited');
  const ids = facts.people.filter((p) => /Wanjiru|Okot/.test(p.name)).map((p) => p.id);

  it('gives the key away when no other home capital is offered', () => {
    expect(isLoneHomeCapital(ctx, ids, 'Nairobi', ['Mombasa', 'Kisumu', 'Nakuru'])).toBe(true);
  });

  it('leaves the key when the other home capital is offered', () => {
    expect(isLoneHomeCapital(ctx, ids, 'Nairobi', ['Kampala', 'Kisumu', 'Nakuru'])).toBe(false);
  });
});
