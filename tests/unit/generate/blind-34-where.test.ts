/**
 * Where-questions blind-34 sent back (tests/fixtures/question-review/review-blind-34*.judged.md), as
 * classes, on invented reports: no option a student can rule out from the stem alone. The states the sentence
 * names all stand among the options; a host's meeting at home is not asked; a trip is never to the traveller's
 * own capital; a body's meeting is named by its day, and no stem leans on "the conference in <place>".
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { generateBank } from '@/lib/generate';
import type { ArticleInput } from '@/lib/extract/types';
import type { Question } from '@/lib/generate/types';

function bankOf(articles: ArticleInput[]): Question[] {
  return generateBank(extractLibrary(articles), articles).questions;
}

const article = (id: string, title: string, paragraphs: string[], outlet: string, date: string): ArticleInput => ({
  id,
  title,
  body: `${paragraphs.join('\n\n')}\n`,
  bodyStart: 0,
  outlet,
  date,
});

const whereOn = (bank: Question[], answer: string) => bank.filter((q) => (q.kind === 'where' || q.kind === 'cloze') && q.answer === answer);
const options = (q: Question) => q.choices;

const fourStates = article(
  'envoys-river-dispute',
  'Envoys try again on river dispute',
  [
    'Envoys from four states resumed work on Tuesday on the dispute over the shared river.',
    'In a new effort to settle the dispute, senior Polish and Czech officials met for six hours in Madrid with representatives of Spain and Portugal.',
    'The officials said the talks were useful.',
  ],
  'Example Wire',
  '2031-05-06',
);

describe('blind-34: every state the sentence names has its capital among the options', () => {
  it('offers Warsaw, Prague and Lisbon beside Madrid for Polish and Czech officials meeting Spanish and Portuguese envoys', () => {
    const asked = whereOn(bankOf([fourStates]), 'Madrid').filter((q) => q.kind === 'where');
    expect(asked).not.toHaveLength(0);
    for (const q of asked) expect(options(q)).toEqual(expect.arrayContaining(['Warsaw', 'Prague', 'Lisbon']));
  });
});

const hosted = article(
  'trade-minister-hosts-dialogue',
  'Trade Minister hosts Chile-Norway Economic Dialogue',
  [
    'Trade Minister Ana Ruiz met Minister Lars Dahl of Norway for the second annual Chile-Norway Economic Dialogue in Santiago on Monday.',
    'They discussed fisheries, copper and shipping.',
  ],
  'Example Ministry',
  '2031-09-15',
);

describe('blind-34: a host meets at home', () => {
  it('asks no where-question on Santiago when the headline says the minister hosts the dialogue', () => {
    expect(whereOn(bankOf([hosted]), 'Santiago')).toEqual([]);
  });
});

const trip = article(
  'minister-sato-travels-europe',
  'Foreign Minister Sato Travels to Europe',
  [
    'Japanese Foreign Minister Akiko Sato will travel to Europe next week, the ministry announced Friday.',
    'After her talks with Chancellor Ida Brandt in Berlin, Sato will also travel to Rome to take part in a ministerial meeting of the Group of Seven (G7, comprising Canada, France, Germany, Italy, Japan, the United Kingdom and the United States).',
    'Sato last visited Europe in March.',
  ],
  'Example Ministry',
  '2031-06-13',
);

describe('blind-34: a trip is never to the traveller’s own capital', () => {
  it('never offers Tokyo for where the Japanese minister “will also travel to” for the G7 ministerial', () => {
    const asked = whereOn(bankOf([trip]), 'Rome').filter((q) => q.kind === 'where');
    expect(asked).not.toHaveLength(0);
    for (const q of asked) expect(options(q)).not.toContain('Tokyo');
  });
});

const byPlace = article(
  'minister-sato-after-brussels',
  'Minister Sato continues European tour',
  [
    'Japanese Foreign Minister Akiko Sato will attend an international conference on ocean plastics in Brussels on June 21 and 22.',
    'Following the conference in Belgium, the minister will also travel to Madrid to participate in a ministerial meeting in preparation for the July summit of the Group of Seven (G7, comprising Canada, France, Germany, Italy, Japan, the United Kingdom and the United States) in Sicily.',
  ],
  'Example Ministry',
  '2031-06-16',
);

describe('blind-34: a stem does not name another meeting by its place alone', () => {
  it('asks no “_____” sentence that begins “Following the conference in Belgium”', () => {
    const asked = bankOf([byPlace]).filter((q) => /the conference in Belgium/.test(q.prompt) && (q.kind === 'where' || q.kind === 'cloze'));
    expect(asked).toEqual([]);
  });
});

const bodyMeetings = article(
  'ministers-week-of-talks',
  'A week of talks on the northern border',
  [
    'The talks begin Monday with a bilateral meeting in Oslo between Finnish and Swedish officials.',
    'A meeting of the Nordic Council of Ministers will follow in Copenhagen on Wednesday, January 15.',
    'A meeting of the Arctic Council will then take place in Reykjavik on Friday, January 17.',
  ],
  'Example Wire',
  '2031-01-12',
);

describe('blind-34: a body’s meeting is named by its day when the report has several meetings', () => {
  it('asks where “the meeting of the Nordic Council of Ministers” took place only with its day', () => {
    const asked = bankOf([bodyMeetings]).filter((q) => q.kind === 'where' && /^According to/.test(q.prompt) && /meeting of the (?:Nordic|Arctic) Council/.test(q.prompt));
    expect(asked).not.toHaveLength(0);
    for (const q of asked) expect(q.prompt).toMatch(/ on (?:\w+, )?January 1[57]/);
  });
});
