/**
 * Where-questions' options of the answer's own kind (issue #15), on invented reports: a Kremlin meeting is
 * answered by the towns where Russian leaders receive guests beside the guest's capital, never by a neighbour's
 * capital the story gives no reason to think of; a town only the gazetteer knows is asked, among its own state's
 * towns; the seat of an international body keeps the other seats.
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { generateBank } from '@/lib/generate';
import { buildContext } from '@/lib/generate/context';
import { isAskableAmongOptions, isAskablePlace, pickPlaces } from '@/lib/generate/places';
import type { ArticleInput } from '@/lib/extract/types';

const article = (id: string, title: string, paragraphs: string[]): ArticleInput => ({
  id, title, body: paragraphs.join('\n\n'), bodyStart: 0, outlet: 'Test Wire', date: '2026-03-04',
});

const kremlin = article('kremlin-visit', 'Presidents discuss trade and pipelines', [
  'Russian President Ivan Sorokin met President Aset Dauletov of Kazakhstan in Moscow on Tuesday to discuss trade and energy.',
  'The leader of Kazakhstan said the two countries would sign a new agreement on pipelines next year.',
  '“Our partnership grows every year,” Mr. Sorokin said after the talks.',
]);

const desertTalks = article('desert-talks', 'Mediators open talks on the western region', [
  'Mediators from the African Union opened talks with rebel leaders in Sirte on Saturday, officials said.',
  'Sudanese and Libyan officials attended the opening session, and Sudanese rebels said they would stay for a week.',
  '“We came to listen,” said mediator Omar Badi.',
]);

function contextOf(articles: ArticleInput[]) {
  return buildContext(extractLibrary(articles), articles, 'seed');
}

describe('where-options of the answer’s own kind', () => {
  it('answers a Kremlin meeting with St Petersburg and Sochi beside the guest’s capital', () => {
    const picks = pickPlaces(contextOf([kremlin]), 'Moscow', [], 3, 'seed', { articleId: 'kremlin-visit' });
    expect([...picks].sort()).toEqual(['Astana', 'Sochi', 'St Petersburg']);
  });

  it('asks where the Kremlin meeting was among those towns', () => {
    const where = generateBank(extractLibrary([kremlin]), [kremlin]).questions.find((q) => q.kind === 'where' && q.answer === 'Moscow');
    expect(where?.choices.filter((c) => c !== 'Moscow').sort()).toEqual(['Astana', 'Sochi', 'St Petersburg']);
  });

  it('asks a town only the gazetteer knows among its own state’s towns and the story’s states’ capitals', () => {
    expect(isAskablePlace('Sirte')).toBe(false);
    expect(isAskableAmongOptions('Sirte')).toBe(true);
    expect(isAskableAmongOptions('Bavaria')).toBe(false);
    const picks = pickPlaces(contextOf([desertTalks]), 'Sirte', [], 3, 'seed', { articleId: 'desert-talks' });
    expect(picks).toContain('Tripoli');
    expect(picks).toContain('Benghazi');
  });

  it('keeps the seats of international bodies for Geneva, never Davos or Bern', () => {
    const picks = pickPlaces(contextOf([kremlin]), 'Geneva', [], 3, 'seed');
    expect(picks.filter((p) => ['Davos', 'Bern', 'Zurich'].includes(p))).toEqual([]);
  });
});
