/**
 * Where/when questions a careful teacher would sign: a stem that could mean two meetings of the
 * same article is not asked, and wrong places are of the answer's kind and part of the world.
 */
import { describe, expect, it } from 'vitest';
import { generateBank } from '@/lib/generate';
import type { ArticleInput, LibraryFacts, Meeting } from '@/lib/extract/types';
import { regionOf } from '@/lib/generate/places';
import { makeChecker } from './check-question';

const TALKS = [
  'Ceasefire talks resume',
  '',
  'Mediators said talks were held in Nairobi. A second set of talks took place in Arusha.',
  '',
  'Ministers held a summit in Kigali on Monday. Another summit followed in Kampala on Thursday.',
  '',
  'The committee met at Westminster on Tuesday.',
].join('\n');

const article: ArticleInput = { id: 'talks', title: 'Ceasefire talks resume', body: TALKS, bodyStart: 0, date: '2022-06-10' };

function meeting(id: string, sentenceText: string, what: string, place: string, when: string | null, date: string | null = null): Meeting {
  const start = TALKS.indexOf(sentenceText);
  if (start < 0) throw new Error(`not found: ${sentenceText}`);
  const sentence = { start, end: start + sentenceText.length };
  return {
    id, articleId: 'talks', kind: 'meeting', what, type: 'meeting', place, when, date, participants: [], order: null,
    supportedBy: ['talks'], conflictIds: [], sentence, ...sentence,
  };
}

const meetings = [
  meeting('m-nairobi', 'Mediators said talks were held in Nairobi.', 'talks', 'Nairobi', null),
  meeting('m-arusha', 'A second set of talks took place in Arusha.', 'talks', 'Arusha', null),
  meeting('m-kigali', 'Ministers held a summit in Kigali on Monday.', 'summit', 'Kigali', 'Monday', '2022-06-06'),
  meeting('m-kampala', 'Another summit followed in Kampala on Thursday.', 'summit', 'Kampala', 'Thursday', '2022-06-09'),
  meeting('m-committee', 'The committee met at Westminster on Tuesday.', 'committee meeting', 'Westminster', 'Tuesday'),
];
const facts: LibraryFacts = {
  articles: [{ id: 'talks', title: article.title, quotes: [], meetings, figures: [] }],
  people: [],
  clusters: [],
  conflicts: [],
};
const bank = generateBank(facts, [article]).questions;
const about = (id: string, kind: string) => bank.filter((q) => q.kind === kind && q.factIds.includes(id));

describe('meeting stems', () => {
  it('never asks "where did the talks take place?" when the article has talks in two cities: it blanks the sentence instead', () => {
    for (const [id, other] of [['m-nairobi', 'Arusha'], ['m-arusha', 'Nairobi']] as const) {
      const [q] = about(id, 'where');
      // The sentence is named by its report (headline, outlet, day); the blanked sentence follows the "?".
      expect(q?.prompt).toMatch(/^Which place completes this sentence in “[^”]+”[^?]*\? .*_____/);
      expect(q?.prompt.replace(/^[^?]*\? /, '')).not.toMatch(/the talks/);
      // The other talks' city would be defensible: never offered.
      expect(q?.choices).not.toContain(other);
    }
  });

  it('asks about two summits when the day tells them apart, never offering the other summit’s city or day', () => {
    const [kigali] = about('m-kigali', 'where');
    expect(kigali?.prompt).toContain('summit on Monday');
    expect(kigali?.choices).not.toContain('Kampala');
    const [monday] = about('m-kigali', 'when');
    expect(monday?.prompt).toContain('summit in Kigali');
    // The day is asked with its date (a bare weekday is trivia), never offering the other summit's.
    expect(monday?.answer).toBe('Monday, June 6');
    expect(monday?.choices).not.toContain('Thursday, June 9');
  });

  it('never asks a bare weekday that nothing dates', () => {
    expect(about('m-committee', 'when')).toEqual([]);
    for (const q of bank.filter((x) => x.kind === 'when')) expect(q.answer).toMatch(/\d/);
  });

  it('offers cities of the same part of the world for a city, and buildings for a building', () => {
    const [kigali] = about('m-kigali', 'where');
    expect(kigali?.choices).toHaveLength(4);
    for (const c of kigali?.choices ?? []) expect(regionOf(c), c).toBe('africa');
    const [westminster] = about('m-committee', 'where');
    expect(westminster?.choices).toHaveLength(4);
    expect(westminster?.choices.filter((c) => /Nairobi|Kampala|Kigali|Arusha|Geneva|London/.test(c))).toEqual([]);
  });

  it('keeps every question sound', () => {
    const problems = makeChecker(facts, [article]);
    expect(bank.flatMap(problems)).toEqual([]);
  });
});

describe('a meeting word capitalised only by its sentence', () => {
  it('reads “Talks” as the talks, anchored to the article and its date since it names nothing', () => {
    const body = 'Truce holds\n\nTalks moved to Doha on Monday.';
    const doc: ArticleInput = { id: 'truce', title: 'Truce holds', body, bodyStart: 0 };
    const sentence = { start: body.indexOf('Talks'), end: body.length };
    const talks: Meeting = {
      id: 'm-doha', articleId: 'truce', kind: 'meeting', what: 'Talks', type: 'meeting', place: 'Doha', when: 'Monday', date: null,
      participants: [], order: null, supportedBy: ['truce'], conflictIds: [], sentence, ...sentence,
    };
    const lib: LibraryFacts = { articles: [{ id: 'truce', title: doc.title, quotes: [], meetings: [talks], figures: [] }], people: [], clusters: [], conflicts: [] };
    // Undated, "the talks on Monday" says neither which talks nor which Monday: not asked.
    expect(generateBank(lib, [doc]).questions.filter((q) => q.kind === 'where')).toEqual([]);
    // Dated, the report's label says when: the student knows which Monday.
    const dated = { ...doc, date: '2031-03-12' };
    const [where] = generateBank(lib, [dated]).questions.filter((q) => q.kind === 'where');
    expect(where?.prompt).toBe('According to “Truce holds” (March 12, 2031), where did the talks on Monday take place?');
  });
});
