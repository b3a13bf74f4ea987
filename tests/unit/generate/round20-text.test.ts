/**
 * Round 20 (#15): who-said, what-said and cloze classes the judges sent back in the same form — events told only by
 * their happening (full-r15-part1), …
 */
import { describe, expect, it } from 'vitest';
import { losesReferent } from '@/lib/generate/lost-referents';
import { isMostlyProceedings } from '@/lib/generate/proceedings';
import { withoutGiveaways } from '@/lib/generate/giveaways';
import type { Question } from '@/lib/generate/types';
import { shownCitation, withOrdinalRejoined } from '@/lib/generate/shown-citation';
import { placedWhatSaidPrompt } from '@/lib/generate/what-said-stage';
import { isOneStopOfSeries } from '@/lib/generate/series-stops';
import { isBackgroundSum } from '@/lib/generate/background-sums';
import { withLostSurname } from '@/lib/generate/lost-surname';
import { buildContext } from '@/lib/generate/context';
import { extractLibrary } from '@/lib/extract';
import type { ArticleInput } from '@/lib/extract/types';

describe('events told only by their happening', () => {
  it('reads “whatever changes are taking place” with no place named as pointing back', () => {
    expect(losesReferent('Our duty is to make sure whatever changes are taking place are headed the right way.')).toBe(true);
    expect(losesReferent('We are watching closely what is happening, and we are worried.')).toBe(true);
  });

  it('keeps the happening whose place the quotation names', () => {
    expect(losesReferent('Our duty is to make sure whatever changes are taking place in Lorvania are headed the right way.')).toBe(false);
    expect(losesReferent('What is happening on the border of Lorvania worries every neighbour.')).toBe(false);
    expect(losesReferent('The Lorvanian people will judge whatever changes are taking place.')).toBe(false);
  });
});

describe('the day’s proceedings told by one who took part', () => {
  it('reads a head’s account of the program as saying nothing', () => {
    expect(isMostlyProceedings('The Forum will make a big contribution thanks to the efforts of ministers and experts. Today as heads of state we attended the opening and made speeches. After that, we had bilateral meetings.')).toBe(true);
    expect(isMostlyProceedings('Some of our ministers have completed whereas others are still having bilateral contacts, and experts on both sides keep working. This is the very area that is related to fishing.')).toBe(true);
  });

  it('keeps remarks that say what was decided or name what the work is on', () => {
    expect(isMostlyProceedings('We had bilateral meetings. Lorvania will close the pipeline until the debt is paid.')).toBe(false);
    expect(isMostlyProceedings('Experts on both sides keep working on the text of a treaty to cut the fishing fleets by a third.')).toBe(false);
    expect(isMostlyProceedings('We attended the opening and made speeches, and then we agreed to build a bridge over the river by 2030.')).toBe(false);
  });
});

describe('a card whose blank is the capital of the state its headline names', () => {
  const card = (answer: string) =>
    ({ id: answer, kind: 'cloze', prompt: `Fill in the blank: The envoy begins talks in _____ later Monday with the foreign minister.`, answer, choices: [], explanation: '', sources: [{ article: 'a', start: 0, end: 1 }], difficulty: 0, tags: [`place:${answer.toLowerCase()}`], factIds: [] }) as Question;

  it('is given away by the headline', () => {
    expect(withoutGiveaways([card('Nairobi')], new Map([['a', 'Envoy in Kenya for Border Talks']]))).toEqual([]);
  });

  it('stays when the headline names another state, or none', () => {
    expect(withoutGiveaways([card('Nairobi')], new Map([['a', 'Envoy in Uganda for Border Talks']]))).toHaveLength(1);
    expect(withoutGiveaways([card('Mombasa')], new Map([['a', 'Envoy in Kenya for Border Talks']]))).toHaveLength(1);
    expect(withoutGiveaways([card('Nairobi')], new Map([['a', 'Kenyan-Ugandan Border Talks']]))).toHaveLength(1);
  });
});

describe('an ordinal’s superscript split off to the paragraph’s end', () => {
  const body = 'Intro.\n\nToday we met in the framework of the 41 Global Fisheries Forum. As you know, the Forum goes on for two more days. st\n\nMore.';

  it('is set back on its number in what the explanation cites', () => {
    expect(shownCitation('Today we met in the framework of the 41 Global Fisheries Forum. As you know, the Forum goes on for two more days. st', body)).toBe(
      'Today we met in the framework of the 41st Global Fisheries Forum. As you know, the Forum goes on for two more days.',
    );
    expect(shownCitation('Today we met in the framework of the 41 Global Fisheries Forum.', body)).toBe('Today we met in the framework of the 41st Global Fisheries Forum.');
  });

  it('leaves a number that takes another suffix, and a paragraph with no stray letters', () => {
    expect(withOrdinalRejoined('We met at the 42 Global Fisheries Forum. It goes on for two days. st')).toBe('We met at the 42 Global Fisheries Forum. It goes on for two days. st');
    expect(withOrdinalRejoined('We met at the 41 Global Fisheries Forum.')).toBe('We met at the 41 Global Fisheries Forum.');
  });
});

describe('a what-said whose person the name alone places nowhere', () => {
  const article: ArticleInput = {
    id: 'marsh-2009',
    title: 'Rebels hold out in the marsh town of Vell',
    bodyStart: 0,
    date: '2009-04-02',
    body: [
      'Government troops entered the marsh town of Vell on Thursday after a week of shelling.',
      '"We have enough boats to hold the river for a month," said Captain Olek Varnis of the river militia.',
      '"The army will have to come for us one street at a time," Varnis added.',
      '"The town will be under our control by Sunday," said General Tamas Brodi, the army chief of staff.',
    ].join('\n\n'),
  };
  const facts = extractLibrary([article]);
  const ctx = buildContext(facts, [article], 'cited');
  const varnis = facts.people.find((p) => p.name.endsWith('Varnis'));
  const quote = ctx.quotes.find((q) => q.speakerId === varnis?.id);

  it('names the report and the side it gives the person', () => {
    expect(placedWhatSaidPrompt(ctx, quote!, varnis!, 'Captain Olek Varnis')).toBe(
      'According to “Rebels hold out in the marsh town of Vell” (April 2, 2009), which of these did Captain Olek Varnis of the river militia say?',
    );
  });

  it('leaves the stem alone when the name carries an office', () => {
    expect(placedWhatSaidPrompt(ctx, quote!, varnis!, 'Olek Varnis (militia commander)')).toBeNull();
  });
});

describe('a headline that names the state only as a person’s own', () => {
  it('gives no capital away', () => {
    const card = { id: 'c', kind: 'cloze', prompt: 'Fill in the blank: The envoy flew to _____ after the talks broke down.', answer: 'Nairobi', choices: [], explanation: '', sources: [{ article: 'a', start: 0, end: 1 }], difficulty: 0, tags: ['place:nairobi'], factIds: [] } as Question;
    expect(withoutGiveaways([card], new Map([['a', "Kenya's Otieno Holds Border Talks"]]))).toHaveLength(1);
  });
});

describe('one stop of a series', () => {
  it('is read as such when the sentence singles one event out of many', () => {
    expect(isOneStopOfSeries('The commission has planned a number of public hearings and roadshows as part of this process, with the first meeting set to take place in Dunedin on May 16.')).toBe(true);
  });

  it('leaves a first meeting of two people, and a series with no event singled out', () => {
    expect(isOneStopOfSeries('The first meeting of the two leaders took place in Dunedin on May 16.')).toBe(false);
    expect(isOneStopOfSeries('The commission held a series of public hearings in Dunedin in May.')).toBe(false);
  });
});

describe('a yearly sum given, told in the present tense', () => {
  it('is background, not the story', () => {
    expect(isBackgroundSum('The Union provides about $8 million per year in fisheries aid to Lorvania.', 'Envoy meets leaders in Lorvania')).toBe(true);
  });

  it('leaves a sum pledged at the event', () => {
    expect(isBackgroundSum('The Union pledged $8 million in fisheries aid to Lorvania on Monday.', 'Envoy meets leaders in Lorvania')).toBe(false);
  });
});

describe('a title followed by a lone given name', () => {
  const earlier: ArticleInput = {
    id: 'fish-2014', title: 'Fisheries talks open', bodyStart: 0, date: '2014-03-01',
    body: 'Foreign Minister Anna Lindqvist of Lorvania said on Monday that the fisheries talks would go on.',
  };
  const later: ArticleInput = {
    id: 'fish-2015', title: 'Lindqvist meets Brodi', bodyStart: 0, date: '2015-05-12',
    body: 'Foreign Minister Anna met with President Tamas Brodi Tuesday in the port of Vell, in Lindqvist\'s first visit since the talks broke down.\n\nFisheries Minister Tomas Brant told reporters the talks would resume.',
  };
  const ctx = buildContext(extractLibrary([earlier, later]), [earlier, later], 'cited');
  const sentence = 'Foreign Minister Anna met with President Tamas Brodi Tuesday in the port of Vell, in Lindqvist\'s first visit since the talks broke down.';

  it('writes the surname the report gives back after the given name', () => {
    expect(withLostSurname(ctx, sentence, later.body)).toBe(sentence.replace('Anna met', 'Anna Lindqvist met'));
  });

  it('leaves a title before a surname', () => {
    expect(withLostSurname(ctx, 'Fisheries Minister Brant told reporters the talks would resume.', later.body)).toBe('Fisheries Minister Brant told reporters the talks would resume.');
  });
});
