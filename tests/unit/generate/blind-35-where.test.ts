/**
 * Where, when and cloze questions blind-35 sent back (tests/fixtures/question-review/blind-35*.json), as
 * classes, on invented reports: a headline that names the answer's state, a long transcript headline, a blank at
 * one end of a range, a visiting official's day that is only the dateline, a place the article writes two ways,
 * and a "they" the card never resolves.
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { generateBank } from '@/lib/generate';
import { buildContext } from '@/lib/generate/context';
import { sourceLabel, spokenByLabel } from '@/lib/generate/labels';
import { namesStateOfCapital } from '@/lib/generate/capital-clues';
import { isRangeEnd, wholeRange } from '@/lib/generate/range-ends';
import { ownPlaceForms } from '@/lib/generate/place-forms';
import { unsaidReferent } from '@/lib/generate/stem-voice';
import { gradeResponse } from '@/lib/grading/grade';
import { acceptedNote } from '@/lib/grading/accepted';
import type { ArticleInput } from '@/lib/extract/types';
import type { Question } from '@/lib/generate/types';

function bankOf(articles: ArticleInput[]): Question[] {
  return generateBank(extractLibrary(articles), articles).questions;
}

const article = (id: string, title: string, paragraphs: string[], outlet: string, date: string): ArticleInput => ({
  id, title, body: paragraphs.join('\n\n'), bodyStart: 0, outlet, date,
});

const visit = (title: string) => article(
  'alliance-visit',
  title,
  [
    'Alliance Secretary General Lena Moor met with Prime Minister Tomas Hale, with Defence Minister Ana Ruiz and with Foreign Minister Piet Vance on Thursday (8 October) in London and said that she came to hear the government’s views on the situation in the region.',
    'At the start of her second trip as Secretary General, Ms. Moor held a joint press conference with Foreign Minister Vance and said that the Alliance is closely monitoring events near the northern border.',
    '“We stand with our ally,” Ms. Moor said.',
  ],
  'Alliance',
  '2026-10-08',
);

describe('blind-35: the headline shown with a where-question counts as part of its stem', () => {
  it('reads “Turkey” and “Britain”, news copy’s names for Türkiye and the United Kingdom, as naming their capitals’ states', () => {
    expect(namesStateOfCapital('Secretary General shows Alliance solidarity in Turkey', 'Ankara')).toBe(true);
    expect(namesStateOfCapital('Envoy shows solidarity in Britain', 'London')).toBe(true);
    expect(namesStateOfCapital('Envoy shows solidarity in Britain', 'Ankara')).toBe(false);
  });

  it('does not offer London among other states’ capitals under a headline “… in Britain”', () => {
    const asked = bankOf([visit('Secretary General shows Alliance solidarity in Britain')]).filter((q) => q.kind === 'where' && q.answer === 'London');
    expect(asked).toEqual([]);
  });
});

describe('blind-35: a long transcript headline is named by who spoke and on what, never by the outlet alone', () => {
  const briefing = article(
    'briefing-moor',
    'Press Briefing by Deputy Special Envoy for Northern Fisheries and Maritime Affairs Lena Moor on the Council Meeting with Foreign Minister Vance of Ostrava',
    [
      'Deputy Special Envoy Lena Moor briefed reporters on Friday.',
      '“The Foreign Minister and the Council met for two hours in Tromsø this morning,” Ms. Moor said.',
      '“They agreed that the fishing quotas would be reviewed at the Arctic summit in Reykjavík in May,” she said.',
    ],
    'Office of the Press Secretary',
    '2026-03-27',
  );
  const articles = [briefing];
  const ctx = buildContext(extractLibrary(articles), articles, 'blind-35');

  it('drops the speaker’s title and ends the topic at a phrase boundary', () => {
    const { label } = sourceLabel(ctx, briefing.id);
    expect(label).not.toMatch(/a report by/);
    expect(label).toMatch(/^Lena Moor’s press briefing on the Council Meeting with Foreign Minister Vance\b/);
  });

  it('gives joint remarks to no one speaker', () => {
    expect(spokenByLabel('Remarks by President Harlan and Prime Minister Lena Moor of Ostrava in a Joint Press Conference', ['Lena Moor'])).toBeNull();
    expect(spokenByLabel('Remarks by Prime Minister Lena Moor of Ostrava on the Opening of the Embassy in Valdan and the Visit of the Secretary', ['Lena Moor']))
      .toBe('Lena Moor’s remarks on the Opening of the Embassy in Valdan and the Visit');
  });
});

describe('blind-35: one end of a range of days or figures is never blanked alone', () => {
  it('knows a range’s end from a date that merely carries its year', () => {
    expect(isRangeEnd('Mr. Vance says the ministers will meet again in Oslo on September 5 and 6.', 'September 5')).toBe(true);
    expect(isRangeEnd('They met from 4 to 6 May.', '6 May')).toBe(true);
    expect(isRangeEnd('Between 5,000 and 6,000 people marched.', '6,000')).toBe(true);
    expect(isRangeEnd('The ministers met in Oslo on September 5, 2004, for talks.', 'September 5')).toBe(false);
    expect(isRangeEnd('The ministers met in Oslo on Thursday, October 9 and agreed.', 'Thursday, October 9')).toBe(false);
  });

  it('blanks a trip’s whole range of days on a card, never “_____ – 30”', () => {
    expect(wholeRange('Secretary Vance will travel to Oslo and Tromsø October 25 – 30.', 'October 25')).toBe('October 25 – 30');
    expect(wholeRange('Secretary Vance will travel to Oslo on October 25.', 'October 25')).toBeNull();
    const trip = article(
      'vance-travel',
      'Secretary Vance’s Travel to Oslo and Tromsø',
      ['Secretary of State Piet Vance will travel to Oslo, Norway, and Tromsø, Norway, October 25 – 30 to meet Arctic Council partners and discuss fishing quotas.'],
      'U.S. Department of State',
      '2026-10-20',
    );
    for (const q of bankOf([trip])) expect(q.prompt).not.toMatch(/_____ – 30/);
  });

  it('asks no date of talks “on September 5 and 6” as “on _____ and 6” or as “September 5”', () => {
    const talks = article(
      'ministers-pledge',
      'Ostrava, Valdan Pledge to Continue Peace Talks',
      [
        'The foreign ministers of Ostrava and Valdan have pledged to continue their peace dialogue.',
        'Ostravan Foreign Minister Piet Vance and his Valdani counterpart Tomas Hale met in Kirkenes on July 20 for talks covering all contentious issues.',
        'The two foreign ministers will hold talks again in Tromsø on September 5 and 6 to further the peace process.',
      ],
      'Voice of America',
      '2026-07-21',
    );
    const bank = bankOf([talks]);
    expect(bank.filter((q) => q.kind === 'where' || q.kind === 'when' || q.kind === 'cloze')).not.toHaveLength(0);
    for (const q of bank) {
      expect(q.prompt).not.toMatch(/_____ and 6\b/);
      if (q.kind === 'when') expect(q.answer).not.toMatch(/September 5/);
    }
  });
});

describe('blind-35: a visiting official’s calls on the report’s own day are no date to teach', () => {
  it('asks no when-question of “met with President … on Thursday (8 October)” in a report of 8 October', () => {
    const bank = bankOf([visit('Secretary General shows Alliance solidarity with ally')]);
    expect(bank.filter((q) => q.kind === 'where')).not.toHaveLength(0);
    expect(bank.filter((q) => q.kind === 'when' && /October 8|8 October/.test(q.answer))).toEqual([]);
  });
});

describe('blind-35: a typed place accepts the article’s own other form of it, and no other place', () => {
  it('finds “Delhi” for “New Delhi” and “New Delhi” for “Delhi”, never a state inside a longer name', () => {
    expect(ownPlaceForms('They met in New Delhi. After our meeting in Delhi, talks went on.', 'New Delhi')).toEqual(['Delhi']);
    expect(ownPlaceForms('They met in New Delhi. After our meeting in Delhi, talks went on.', 'Delhi')).toEqual(['New Delhi']);
    expect(ownPlaceForms('Talks in New Mexico, then in Mexico.', 'New Mexico')).toEqual([]);
    expect(ownPlaceForms('The Delhi Police met in Delhi.', 'Delhi')).toEqual([]);
  });

  it('grades “Delhi” right for a card whose key is “New Delhi” and says so; “Mumbai” stays wrong', () => {
    const card = { kind: 'cloze' as const, choices: [], answer: 'New Delhi', numeric: null, tags: ['kind:cloze', 'accept:Delhi'] };
    expect(gradeResponse(card, 'Delhi')).toBe(true);
    expect(gradeResponse(card, 'new delhi')).toBe(true);
    expect(gradeResponse(card, 'Mumbai')).toBe(false);
    expect(acceptedNote(card)).toBe('Accepted: New Delhi or “Delhi”.');
  });

  it('tags the card for a meeting in Delhi with the article’s “New Delhi”', () => {
    const talks = article(
      'summit-delhi',
      'Ostrava and Valdan agree to widen trade',
      [
        'Ostravan Foreign Minister Piet Vance and Valdani Foreign Minister Tomas Hale met in New Delhi on Monday to discuss trade across the border.',
        '“We will speak more after the summit in Delhi,” Mr. Vance said.',
        'Mr. Hale said the talks had been frank.',
      ],
      'Voice of America',
      '2026-07-21',
    );
    const cards = bankOf([talks]).filter((q) => q.kind === 'cloze' && /Delhi/.test(q.answer));
    expect(cards).not.toHaveLength(0);
    for (const q of cards) expect(q.tags).toContain(q.answer === 'Delhi' ? 'accept:New Delhi' : 'accept:Delhi');
  });
});

describe('blind-35: a card’s “they” must say who they are', () => {
  it('reads “Mr. Vance says they will meet …” as pointing at people it never names', () => {
    expect(unsaidReferent('Mr. Vance says they will meet again in _____ on Friday.')).toBe('person');
    expect(unsaidReferent('Mr. Vance and Mr. Hale said they will meet again in _____ on Friday.')).toBe(null);
    expect(unsaidReferent('The two ministers said they will meet again in _____ on Friday.')).toBe(null);
  });

  it('asks nothing from “Mr. Vance says they will meet again in Tromsø on …”, whose “they” it never names', () => {
    const talks = article(
      'ministers-they',
      'Ostrava, Valdan Pledge to Continue Peace Talks',
      [
        'The foreign ministers of Ostrava and Valdan have pledged to continue their peace dialogue.',
        'Ostravan Foreign Minister Piet Vance and his Valdani counterpart Tomas Hale met in Kirkenes on the sidelines of a regional summit.',
        'Ostravan Foreign Minister Piet Vance and his Valdani counterpart Tomas Hale said they had frank and friendly talks covering all contentious issues.',
        'Mr. Vance says they will meet again in Tromsø on September 5 to further the peace process.',
      ],
      'Voice of America',
      '2026-07-21',
    );
    for (const q of bankOf([talks])) expect(q.prompt).not.toMatch(/Mr\. Vance says they will meet again/);
  });

  it('makes no card of a whole quotation’s “we … our meeting in _____” without saying who speaks', () => {
    const talks = article(
      'ministers-we',
      'Ostrava, Valdan Pledge to Continue Peace Talks',
      [
        'The foreign ministers of Ostrava and Valdan have pledged to continue their peace dialogue.',
        'Ostravan Foreign Minister Piet Vance and his Valdani counterpart Tomas Hale met in Kirkenes on the sidelines of a regional summit.',
        '"We had frank talks," Mr. Vance told reporters.',
        '"After all, when you meet for 75 minutes you cannot just be talking about weather," he noted. "You have to discuss everything and we have discussed. But we agreed that we will speak more after our meeting in Oslo."',
      ],
      'Voice of America',
      '2026-07-21',
    );
    for (const q of bankOf([talks])) expect(q.prompt).not.toMatch(/\): "You have to discuss everything/);
  });
});
