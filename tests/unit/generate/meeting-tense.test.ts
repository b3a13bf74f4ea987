/**
 * Issue #15 (blind-47 Q7, blind-48 Q7): a meeting's tense where its own clause gives none. A verbless sentence
 * continues the one before ("This will be … And, of course, the … Summit in …"); an opening "Invited to …," before a
 * past main clause tells the meeting was held.
 */
import { describe, expect, it } from 'vitest';
import { generateBank } from '@/lib/generate';
import { extractLibrary } from '@/lib/extract';
import type { ArticleInput, LibraryFacts, Meeting } from '@/lib/extract/types';
import { isVerbless } from '@/lib/generate/meeting-tense';
import { meetingView } from '@/lib/generate/meeting-view';
import { buildContext } from '@/lib/generate/context';
import { makeChecker } from './check-question';

function meetingIn(body: string, articleId: string, sentenceText: string, fields: Partial<Meeting> & { id: string; what: string }): Meeting {
  const start = body.indexOf(sentenceText);
  if (start < 0) throw new Error(`not found: ${sentenceText}`);
  const sentence = { start, end: start + sentenceText.length };
  return {
    articleId, kind: 'meeting', type: 'meeting', place: null, when: null, date: null, participants: [], order: null,
    supportedBy: [articleId], conflictIds: [], sentence, ...sentence, ...fields,
  };
}

function whereOf(article: ArticleInput, meeting: Meeting) {
  const facts: LibraryFacts = { articles: [{ id: article.id, title: article.title, quotes: [], meetings: [meeting], figures: [] }], people: [], clusters: [], conflicts: [] };
  const questions = generateBank(facts, [article]).questions;
  expect(questions.flatMap(makeChecker(facts, [article]))).toEqual([]);
  return questions.filter((q) => q.kind === 'where');
}

describe('a meeting’s tense beyond its own clause', () => {
  it('asks a summit named in a verbless sentence after a look ahead as still to come, not dated by the report’s month', () => {
    const sentence = 'And, of course, the Amber Coast Summit in Lisbon.';
    const body = `Joint remarks\n\nWe spoke of the harvest fund. The donors will meet again in the autumn. ${sentence}`;
    const article: ArticleInput = { id: 'amber', title: 'Joint remarks', body, bodyStart: 0, date: '2031-06-08' };
    const summit = meetingIn(body, 'amber', sentence, { id: 'm-amber', what: 'Amber Coast Summit', place: 'Lisbon' });
    const where = whereOf(article, summit);
    expect(where.map((q) => q.prompt).join('\n')).not.toMatch(/where did|June 2031/);
  });

  it('reads a visit someone was invited to, and then made, as held', () => {
    const sentence = 'Invited to take part in a debate at Veldt College during his visit to Lisbon this week, President Oren Tal engaged college rector Ima Brandt on many topics.';
    const body = `Tal speaks at Veldt College\n\n${sentence}`;
    const article: ArticleInput = { id: 'veldt', title: 'Tal speaks at Veldt College', body, bodyStart: 0, date: '2031-09-25' };
    const debate = meetingIn(body, 'veldt', sentence, { id: 'm-veldt', what: 'visit', place: 'Lisbon' });
    const facts: LibraryFacts = { articles: [{ id: article.id, title: article.title, quotes: [], meetings: [debate], figures: [] }], people: [], clusters: [], conflicts: [] };
    expect(meetingView(buildContext(facts, [article], 'cited'), debate)?.planned).toBe(false);
  });

  it('reads a noun phrase as verbless, a sentence with a verb not', () => {
    expect(isVerbless('And, of course, the NATO Summit in Washington, D.C.')).toBe(true);
    expect(isVerbless('The summit ended in Oslo.')).toBe(false);
    expect(isVerbless('The leaders will meet in Oslo.')).toBe(false);
  });
});

describe('a visit named by the two who met', () => {
  it('calls it their meeting, not “the visit between” them', () => {
    const title = 'Veld to host Lorens';
    const body = `${title}\n\nThe presidential office announced on Thursday that Bulgarian Prime Minister Ana Lorens is to visit Austrian President Tomas Veld June 5 to discuss trade on the Danube.`;
    const article: ArticleInput = { id: 'veld', title, body, bodyStart: 0, date: '2031-05-30' };
    const prompts = generateBank(extractLibrary([article]), [article], { balance: false }).questions.map((q) => q.prompt);
    expect(prompts.join('\n')).not.toMatch(/visit between/);
    expect(prompts.join('\n')).toMatch(/the meeting between Ana Lorens and Tomas Veld/);
  });
});
