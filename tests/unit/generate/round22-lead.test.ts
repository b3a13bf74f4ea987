/**
 * Round 22, the lead's classes from blind-53 (tests/fixtures/question-review/pending/blind-53*.json): a host's
 * opening and his hand-over asked as who-said (Q2 "Please, sit down. Thank you. Good afternoon", Q5 "[T]hank you and
 * welcome. The floor is yours, sir"; both judges: trivia), and a Kremlin transcript named "a report by President of
 * Russia" (Q13, Q18: its headline was too long to quote, and the site's name reads as a person).
 */
import { describe, expect, it } from 'vitest';
import { isMostlyCourtesy, isProcedure } from '@/lib/generate/openers';
import { generateBank } from '@/lib/generate';
import { buildContext } from '@/lib/generate/context';
import { withoutTitleBeforeName } from '@/lib/generate/headline-titles';
import { sourceLabel } from '@/lib/generate/labels';
import { labelOutlet } from '@/lib/generate/outlet-names';
import { isCommonWordsName } from '@/lib/generate/common-word-names';
import { stateOfBlankedTown } from '@/lib/generate/place-demonym';
import { gazetteerCity } from '@/lib/generate/gazetteer';
import { extractLibrary } from '@/lib/extract';
import type { ArticleInput } from '@/lib/extract/types';
import { folderLibrary } from './banks';

describe('a host seating the room and handing over is no one’s view', () => {
  it('reads "Please, sit down." as courtesy, as "Please be seated." was', () => {
    expect(isMostlyCourtesy('Please, sit down. Thank you. Good afternoon.')).toBe(true);
    expect(isMostlyCourtesy('Please sit. We have agreed to send two more brigades to the eastern flank this spring.')).toBe(false);
  });

  it('reads handing the floor to a guest as running the room', () => {
    expect(isProcedure('So, thank you and welcome. The floor is yours, sir.')).toBe(true);
    expect(isProcedure('I will now give the floor to the Chancellor.')).toBe(true);
    expect(isProcedure('The floor of the Senate is where this fight will be won.')).toBe(false);
  });

  it('asks neither line of the Biden–Scholz press conference (the five articles and fresh39, as blind-53 drew them)', () => {
    const { facts, articles } = folderLibrary(['content/articles', 'tests/fixtures/question-review/articles-fresh39']);
    const prompts = generateBank(facts, articles).questions.map((q) => q.prompt);
    expect(prompts.filter((p) => /sit down|The floor is yours/.test(p))).toEqual([]);
  });
});

describe('a Kremlin transcript named so that teachers recognise it (blind-53 Q13, Q18)', () => {
  it('leaves out a guest’s long title, not a second person', () => {
    expect(withoutTitleBeforeName('Press statements following talks with Federal President of Federal Republic of Germany Frank-Walter Steinmeier', ['Frank-Walter Steinmeier'])).toBe('Press statements following talks with … Frank-Walter Steinmeier');
    expect(withoutTitleBeforeName('Remarks by President Lena Moor and Prime Minister Ana Ruiz of Freedonia in Joint Press Conference', ['Ana Ruiz'])).toBe('Remarks by President Lena Moor and … Ana Ruiz of Freedonia in Joint Press Conference');
    expect(withoutTitleBeforeName('Talks with Ana Ruiz in Lisbon', ['Ana Ruiz'])).toBeNull();
  });

  it('calls kremlin.ru the Kremlin, not “President of Russia”', () => {
    expect(labelOutlet('President of Russia (en.kremlin.ru)')).toBe('the Kremlin');
    expect(labelOutlet('NATO (nato.int)')).toBe('NATO');
  });

  it('names the Putin–Steinmeier statements by their headline', () => {
    const { facts, articles } = folderLibrary(['content/articles', 'tests/fixtures/question-review/articles-fresh39']);
    const steinmeier = articles.find((a) => a.id.startsWith('06-kremlin-putin-steinmeier'))!;
    const label = sourceLabel(buildContext(facts, articles, 'cited'), steinmeier.id).label;
    expect(label).toBe('“Press statements following talks with … Frank-Walter Steinmeier” (the Kremlin)');
    const prompts = generateBank(facts, articles).questions.map((q) => q.prompt);
    expect(prompts.filter((p) => p.includes('a report by President of Russia'))).toEqual([]);
  });
});

describe('common words the people index took for a name are no choice (fresh39, Putin–Macri)', () => {
  const person = (name: string, role: string | null = null) => ({ id: name.toLowerCase().replace(/\s+/g, '-'), name, aliases: [], role, affiliation: null });

  it('tells "Ballet Dancers" from people', () => {
    expect(isCommonWordsName(person('Ballet Dancers'))).toBe(true);
    expect(isCommonWordsName(person('Power Machines'))).toBe(true);
    expect(isCommonWordsName(person('Rose Gottemoeller'))).toBe(false);
    expect(isCommonWordsName(person('Mark Field'))).toBe(false);
    expect(isCommonWordsName(person('Song Young-moo', 'South Korean defence minister'))).toBe(false);
  });

  it('offers neither beside Mauricio Macri', () => {
    const { facts, articles } = folderLibrary(['content/articles', 'tests/fixtures/question-review/articles-fresh39']);
    const choices = generateBank(facts, articles).questions.flatMap((q) => q.choices);
    expect(choices.filter((c) => c === 'Ballet Dancers' || c === 'Power Machines')).toEqual([]);
  });
});

describe('a blank the sentence places in a state gets that state’s towns (blind-54 Q14)', () => {
  const mk = (id: string, title: string, body: string, date: string): ArticleInput => ({ id, title, body, bodyStart: 0, date, outlet: 'Example Wire' });
  const articles = [
    mk('ankara', 'Leaders of Russia, Turkey and Iran meet in Ankara', 'ANKARA, April 4 — The presidents of Russia, Turkey and Iran met in Ankara on Wednesday to discuss Syria.\n\nThe first summit of the three guarantor states took place in November in the Russian city of Sochi, officials said.\n\nThe second summit was held in Tehran in September, and the ministers of the three states met in Astana on Monday.', '2031-04-04'),
    mk('tehran', 'Iran and Turkey hold talks in Tehran', 'TEHRAN, May 2 — The foreign ministers of Iran and Turkey held talks in Tehran on Tuesday.\n\nThey had last met in Moscow in March, and before that in Istanbul.', '2031-05-02'),
  ];

  it('reads the state from "the Russian city of _____"', () => {
    expect(stateOfBlankedTown('took place in the Russian city of _____.')).toBe('Russia');
    expect(stateOfBlankedTown('took place in the city of _____.')).toBeNull();
  });

  it('offers only Russian towns beside Sochi', () => {
    const q = generateBank(extractLibrary(articles), articles).questions.find((x) => x.prompt.includes('Russian city of _____'));
    expect(q?.answer).toBe('Sochi');
    expect(q?.choices.filter((c) => gazetteerCity(c)?.state !== 'Russia')).toEqual([]);
  });
});
