/**
 * Issue #15: a stem about an event held again and again ("the … summit", "the … Forum") says which
 * occurrence it means, from what the report gives, and never gives away the answer (round 19's review).
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { generateBank } from '@/lib/generate';
import type { ArticleInput, LibraryFacts, Meeting } from '@/lib/extract/types';
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

function bankOf(article: ArticleInput, meetings: Meeting[]) {
  const facts: LibraryFacts = { articles: [{ id: article.id, title: article.title, quotes: [], meetings, figures: [] }], people: [], clusters: [], conflicts: [] };
  const questions = generateBank(facts, [article]).questions;
  expect(questions.flatMap(makeChecker(facts, [article]))).toEqual([]);
  return questions;
}

describe('which occurrence of a recurring event a stem means', () => {
  it('names a yearly forum by its month for "where"', () => {
    const body = 'Harbour forum closes\n\nForeign ministers from twelve nations ended the Coral Harbour Forum in Suva on Friday, pledging to patrol the sea lanes together.';
    const article: ArticleInput = { id: 'coral', title: 'Harbour forum closes', body, bodyStart: 0, date: '2031-07-05' };
    const forum = meetingIn(body, 'coral', body.slice(body.indexOf('Foreign')), { id: 'm-coral', what: 'Coral Harbour Forum', place: 'Suva', when: 'Friday', date: '2031-07-04' });
    const [where] = bankOf(article, [forum]).filter((q) => q.kind === 'where');
    expect(where?.prompt).toMatch(/where did the Coral Harbour Forum of July 2031 take place\?$/);
    expect(where?.answer).toBe('Suva');
  });

  it('names "the last" summit of a series as the last before the report', () => {
    const body = 'Four leaders meet\n\nThe idea of this meeting was born during the last Northern Rivers Council summit in Tamale. We thank our hosts.';
    const article: ArticleInput = { id: 'rivers', title: 'Four leaders meet', body, bodyStart: 0, date: '2031-03-10' };
    const summit = meetingIn(body, 'rivers', 'The idea of this meeting was born during the last Northern Rivers Council summit in Tamale.', { id: 'm-rivers', what: 'Northern Rivers Council summit', place: 'Tamale' });
    const [where] = bankOf(article, [summit]).filter((q) => q.kind === 'where');
    expect(where?.prompt).toMatch(/where did the last Northern Rivers Council summit before March 10, 2031 take place\?$/);
  });

  it('names a summit by its year, never its month or day, when the article tells of an earlier one there', () => {
    const body = [
      'Premier admits flaws',
      '',
      'Premier Ilse Varga spoke to reporters Sunday in Marlow upon her return from Saturday\'s summit in Oldport.',
      '',
      'Saturday\'s two-hour summit was the first between the two leaders since their meeting in September 2027.',
    ].join('\n');
    const article: ArticleInput = { id: 'oldport', title: 'Premier admits flaws', body, bodyStart: 0, date: '2031-05-18' };
    const first = 'Premier Ilse Varga spoke to reporters Sunday in Marlow upon her return from Saturday\'s summit in Oldport.';
    const second = 'Saturday\'s two-hour summit was the first between the two leaders since their meeting in September 2027.';
    const meetings = [
      meetingIn(body, 'oldport', first, { id: 'm-oldport', what: 'summit', place: 'Oldport', when: 'Saturday', date: '2031-05-17' }),
      meetingIn(body, 'oldport', second, { id: 'm-same-day', what: 'summit', when: 'Saturday', date: '2031-05-17' }),
      meetingIn(body, 'oldport', second, { id: 'm-2027', what: 'meeting', when: 'in September 2027' }),
    ];
    const [when] = bankOf(article, meetings).filter((q) => q.kind === 'when' && q.factIds.includes('m-oldport'));
    expect(when?.prompt).toMatch(/when did the 2031 summit in Oldport take place\?$/);
    expect(when?.prompt).not.toMatch(/\bMay 17\b|\bSaturday\b|when did the May/);
  });

  it('leaves a one-off meeting as it was', () => {
    const body = 'Ministers meet\n\nThe talks between the two ministers took place in Varna on Tuesday.';
    const article: ArticleInput = { id: 'varna', title: 'Ministers meet', body, bodyStart: 0, date: '2031-09-12' };
    const talks = meetingIn(body, 'varna', body.slice(body.indexOf('The talks')), { id: 'm-varna', what: 'talks', place: 'Varna', when: 'Tuesday', date: '2031-09-09' });
    for (const q of bankOf(article, [talks])) expect(q.prompt).not.toMatch(/September 2031|\b2031 (?:talks|meeting)/);
  });
});

describe('talks a transcript is of', () => {
  const transcript: ArticleInput = {
    id: 'berg-vale-talks',
    title: 'Press statements following Lorvanian-Norlandic talks',
    body: [
      'Press statements following Lorvanian-Norlandic talks',
      '',
      'April 5, 2031',
      '',
      'President of Lorvania Anna Berg: Mr Vale, friends, welcome to Lorvik.', '', 'Let me start by saying that these talks today took place in a very friendly and constructive spirit.',
      '',
      'President of Norland Tomas Vale: Thank you, Mrs Berg. We agreed to build the new railway across the northern border together.',
      '',
    ].join('\n'),
    bodyStart: 0,
    outlet: 'Office of the President of Lorvania',
    date: '2031-04-05',
  };

  it('names the talks by the people who held them, never by their month', () => {
    const facts = extractLibrary([transcript]);
    const whens = generateBank(facts, [transcript]).questions.filter((q) => q.kind === 'when');
    for (const q of whens) {
      expect(q.prompt).toMatch(/talks between (?:Anna Berg and Tomas Vale|Tomas Vale and Anna Berg)\b/);
      expect(q.prompt.replace(/^[^)]*\)/, '')).not.toMatch(/April/);
    }
    expect(whens.length).toBeGreaterThan(0);
  });

  it('names a round by its place in the series', () => {
    const body = 'Dialogue resumes\n\nThe minister led the delegation to the ninth round of the Lorvania-Norland Strategic Dialogue in Oslo on Monday.';
    const article: ArticleInput = { id: 'dialogue', title: 'Dialogue resumes', body, bodyStart: 0, date: '2031-10-08' };
    const dialogue = meetingIn(body, 'dialogue', body.slice(body.indexOf('The minister')), { id: 'm-dialogue', what: 'Lorvania-Norland Strategic Dialogue', place: 'Oslo', when: 'Monday', date: '2031-10-06' });
    const asked = bankOf(article, [dialogue]).filter((q) => q.kind === 'when' || q.kind === 'where');
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked.filter((x) => /^According/.test(x.prompt))) expect(q.prompt).toContain('the ninth round of the Lorvania-Norland Strategic Dialogue');
  });
});
