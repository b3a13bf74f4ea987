/**
 * Defects a teacher reviewing a bank generated from never-seen news would send back, each rebuilt
 * on an invented article with hand-built facts.
 */
import { describe, expect, it } from 'vitest';
import { generateBank } from '@/lib/generate';
import { looksLikePersonName } from '@/lib/generate/people';
import type { ArticleInput, Figure, LibraryFacts, Person, Quote } from '@/lib/extract/types';
import { makeChecker } from './check-question';

const BODY = [
  'Rovers stun league leaders',
  '',
  '“Ten men, away from home, and they refused to lose,” manager Ada Brennick said.',
  '',
  'The 10-man Rovers came from two goals down to win, and the winner came from Mara Holt.',
  '',
  'Glaciers below 3,000 metres are essentially finished, the study found.',
  '',
  'More than 9,000 schools remain closed across the central Sahel, the charity said.',
  '',
  'Nadia Okafor, of the campaign group Alpine Futures, said the draft “does not go far enough for the valley”.',
  '',
  '“We will keep fighting for the last ice in these mountains,” said Okafor.',
  '',
  '“Nobody here has seen a season like this one,” said Tomas Wendt, the club captain.',
].join('\n');
const article: ArticleInput = { id: 'rovers', title: 'Rovers stun league leaders', body: BODY, bodyStart: 0 };

function span(text: string, within = 0) {
  const start = BODY.indexOf(text, within);
  if (start < 0) throw new Error(`not found: ${text}`);
  return { start, end: start + text.length };
}

function figure(id: string, sentenceText: string, raw: string, unit: string, about: string, value: number): Figure {
  const sentence = span(sentenceText);
  const at = span(raw, sentence.start);
  return {
    id, articleId: 'rovers', kind: 'figure', sentence, supportedBy: ['rovers'], conflictIds: [], value, unit, about, raw,
    valueStart: at.start, valueEnd: at.end, qualifier: null, claimant: null, status: null, ...sentence,
  };
}

function quote(id: string, sentenceText: string, text: string, speaker: Person): Quote {
  const sentence = span(sentenceText);
  return {
    id, articleId: 'rovers', kind: 'quote', sentence, supportedBy: ['rovers'], conflictIds: [], text, ...span(text, sentence.start),
    speaker: speaker.name, speakerId: speaker.id, method: 'explicit', isFragment: false,
  };
}

const person = (name: string, role: string | null): Person => ({ id: name.toLowerCase().replace(/ /g, '-'), name, aliases: [], role, affiliation: null });
const brennick = person('Ada Brennick', 'manager');
const okafor = person('Nadia Okafor', null);
const wendt = person('Tomas Wendt', 'club captain');
const alpine = person('Alpine Futures', null);
// Named in a cited sentence, with no role: the only other people to offer beside the speakers.
const holt = person('Mara Holt', null);

const facts: LibraryFacts = {
  articles: [{
    id: 'rovers', title: article.title,
    quotes: [
      quote('q-ten', '“Ten men, away from home, and they refused to lose,” manager Ada Brennick said.', 'Ten men, away from home, and they refused to lose,', brennick),
      quote('q-ice', '“We will keep fighting for the last ice in these mountains,” said Okafor.', 'We will keep fighting for the last ice in these mountains,', okafor),
      quote('q-valley', 'Nadia Okafor, of the campaign group Alpine Futures, said the draft “does not go far enough for the valley”.', 'does not go far enough for the valley', okafor),
      quote('q-season', '“Nobody here has seen a season like this one,” said Tomas Wendt, the club captain.', 'Nobody here has seen a season like this one,', wendt),
    ],
    meetings: [],
    figures: [
      figure('f-ten', '“Ten men, away from home, and they refused to lose,” manager Ada Brennick said.', 'Ten', 'men', 'men away from home refused to lose', 10),
      figure('f-ten-man', 'The 10-man Rovers came from two goals down to win, and the winner came from Mara Holt.', '10', 'man', 'man Rovers came from two goals down to win', 10),
      figure('f-metres', 'Glaciers below 3,000 metres are essentially finished, the study found.', '3,000', 'metres', 'metres are essentially finished', 3000),
      figure('f-schools', 'More than 9,000 schools remain closed across the central Sahel, the charity said.', '9,000', 'schools', 'schools remain closed across the central', 9000),
    ],
  }],
  // The extractor took the campaign group for a person.
  people: [brennick, okafor, wendt, alpine, holt],
  clusters: [],
  conflicts: [],
};
// Every candidate, before balancing: these tests look at each builder's question for one fact.
const bank = generateBank(facts, [article], { balance: false }).questions;
const about = (id: string) => bank.filter((q) => q.factIds.includes(id));

describe('questions a teacher would send back', () => {
  it('writes number-word options in the answer’s case (“Ten” among “Nine”, “Seven”…)', () => {
    const q = about('f-ten').find((x) => x.kind === 'figure-choice');
    expect(q?.answer).toBe('Ten');
    for (const c of q?.choices ?? []) expect(c, c).toMatch(/^\p{Lu}/u);
  });

  it('never asks “How many man …?” of a figure joined to its noun (“10-man Rovers”)', () => {
    // "The _____-man Rovers" is no stem either (a team's size, introduced as known): nothing is asked.
    const asked = about('f-ten-man').filter((x) => x.kind.startsWith('figure'));
    expect(asked.filter((q) => /how many|The _____/i.test(q.prompt))).toEqual([]);
  });

  it('never asks a threshold in metres as a count, nor a description cut before a name', () => {
    for (const id of ['f-metres', 'f-schools']) {
      for (const q of about(id)) expect(q.prompt, q.prompt).not.toMatch(/how many/i);
    }
    const schools = about('f-schools').find((x) => x.kind === 'figure-choice');
    expect(schools?.prompt).toContain('closed across the central Sahel');
  });

  it('never offers a campaign group as a person who might have said something', () => {
    const who = bank.filter((q) => q.kind === 'who-said');
    expect(who.length).toBeGreaterThan(0);
    for (const q of who) expect(q.choices).not.toContain('Alpine Futures');
  });

  it('tells people from organisations, journals, slogans and families that look like two-word names', () => {
    for (const thing of ['Alpine Convention', 'Emergency Situations', 'Nature Geoscience', 'Under Attack', 'De Haan', 'Van Aalst Groep', 'Brandt Logistik', 'Lifeline Children']) {
      expect(looksLikePersonName(thing), thing).toBe(false);
    }
    for (const name of ['Jürgen Obermüller', 'Jennifer Lawrence', 'Sigrid de Vries', 'Jean-Yves Le Drian', 'Ștefan Munteanu', 'Tom Ashdown']) {
      expect(looksLikePersonName(name), name).toBe(true);
    }
  });

  it('keeps every question sound', () => {
    expect(bank.flatMap(makeChecker(facts, [article]))).toEqual([]);
  });
});
