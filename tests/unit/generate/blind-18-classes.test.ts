/**
 * The defect classes the blind-18 review sent back, each on a short invented excerpt: talks named by a
 * generic phrase, quotations opening on a pronoun for something outside them, vague counts, and source
 * checks that present a rewrite's slip as a second account.
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { generateBank } from '@/lib/generate';
import { quoteChoice } from '@/lib/generate/quote-text';
import { needsPrevious } from '@/lib/generate/body-lines';
import type { ArticleInput } from '@/lib/extract/types';
import { realLibrary } from './banks';

const article = (id: string, title: string, paragraphs: string[], date: string | null = '2031-03-11'): ArticleInput =>
  ({ id, title, body: paragraphs.join('\n\n'), bodyStart: 0, date, outlet: 'Wire' });
const bankOf = (...library: ArticleInput[]) => generateBank(extractLibrary(library), library, { balance: false }).questions;

describe('talks are named by whose they are, never by a capitalised generic phrase', () => {
  const LAKES = article('lakes', 'Lake fishing dispute heads to mediation', [
    'Peace talks between the two lake provinces ended Wednesday in Lausanne without a deal.',
    'The mediator, Ines Varga, said a new round of talks would take place in Turin in two weeks.',
  ]);
  const bank = bankOf(LAKES);

  it('never asks about "the Peace talks" or "the round of talks"', () => {
    // A stem of its own (a blanked sentence quotes the article as written).
    const meetings = bank.filter((q) => (q.kind === 'where' || q.kind === 'when') && !/completes this sentence/.test(q.prompt));
    for (const q of meetings) {
      expect(q.prompt).not.toMatch(/\bPeace talks\b/);
      expect(q.prompt).not.toMatch(/(?:did|will) the (?:peace talks|round of talks|new round of talks)\b/i);
    }
  });
});

describe('a quotation opening on "It" that points outside it is not a choice', () => {
  it('drops "It sets out …", keeps "It is time …"', () => {
    expect(quoteChoice('It sets out a serious diplomatic path forward should the council choose it', 28)).toBeNull();
    expect(quoteChoice('This shows that the ministry has heard the farmers at last', 28)).toBeNull();
    expect(quoteChoice('It is time for both provinces to sit down and share the lake', 28)).toBe('It is time for both provinces to sit down and share the lake');
  });
});

describe('a vague count is not asked', () => {
  const FLOODS = article('floods', 'Floods close schools in the north', [
    'Floods have closed schools in at least two provinces of the north, officials said on Tuesday, and 1,200 families have left their homes.',
  ]);
  it('never blanks "at least two"', () => {
    const figures = bankOf(FLOODS).filter((q) => q.kind === 'figure-choice' || q.kind === 'figure-numeric');
    expect(figures.map((q) => q.answer)).not.toContain('two');
  });
});

describe('a source check never presents the rewritten copy’s slip as another report', () => {
  const { facts, articles } = realLibrary();
  const checks = generateBank(facts, articles).questions.filter((q) => q.kind === 'source-check');
  it('says the rewritten copy changed the story, and asks no two-choice status check against it', () => {
    expect(checks.length).toBeGreaterThan(0);
    for (const q of checks.filter((x) => /original report/.test(x.prompt))) {
      expect(q.prompt).not.toMatch(/Two reports of the same \S+ story disagree/);
      expect(q.prompt).toMatch(/rewritten copy/);
    }
    expect(checks.filter((q) => /standby or deployed/.test(q.prompt))).toEqual([]);
  });
});

describe('a stem or card names the person, not only a role', () => {
  it('reads "The Secretary of State stressed …" as needing the sentence before', () => {
    expect(needsPrevious('The Secretary of State stressed that the fleet had 40 ships in the bay.')).toBe(true);
    expect(needsPrevious('The minister said 40 ships were in the bay.')).toBe(true);
    expect(needsPrevious('The Secretary of State, Ada Holm, said 40 ships were in the bay.')).toBe(false);
  });

  const TALKS = article('lakesb', 'Lake talks fail', [
    'The mediator Ines Varga met both provinces in Lausanne on Tuesday.',
    '“What the lake faces now is a summer of empty nets and angry villages,” Varga said.',
  ]);
  it('never asks a bare surname typed after “…,” _____ said', () => {
    const cards = bankOf(TALKS).filter((q) => q.kind === 'cloze' && /_____ said/.test(q.prompt));
    expect(cards.filter((q) => !/\s/.test(q.answer))).toEqual([]);
  });
});

describe('a figure stem names the role holder the sentence calls by role only', () => {
  const FLEET = article('fleet', 'Navy sends ships to the bay', [
    'Secretary of the Navy Ada Holm met the admirals in Oslo on Tuesday.',
    'The Secretary of the Navy stressed that the fleet had 40 ships in the bay, with 12 more on the way.',
  ]);
  it('says "Secretary of the Navy Ada Holm stressed …", never "The Secretary of the Navy stressed …"', () => {
    const figures = bankOf(FLEET).filter((q) => q.kind === 'figure-choice' || q.kind === 'figure-numeric');
    for (const q of figures) expect(q.prompt).not.toMatch(/The Secretary of the Navy stressed/);
  });
});

describe('a meeting is never named by the tail of a party’s name', () => {
  const PARTY = article('party', 'Mediator meets party leaders', [
    'On Tuesday in Lusaka the mediator Ines Varga met Tomas Berg and the leaders of the Movement for Democratic Renewal.',
  ]);
  it('never says "between Ines Varga and Democratic Renewal"', () => {
    for (const q of bankOf(PARTY)) expect(q.prompt).not.toMatch(/and Democratic Renewal\b/);
  });
});

describe('people whose representatives met are not said to have talked', () => {
  const CEREMONY = article('ceremony', 'Lake talks open in Lausanne', [
    'Representatives for Governor Tomas Berg and former governor Ines Varga took part Saturday in opening ceremonies for talks in Lausanne.',
  ]);
  it('never says "the talks between Tomas Berg and Ines Varga"', () => {
    for (const q of bankOf(CEREMONY)) expect(q.prompt).not.toMatch(/between Tomas Berg and Ines Varga/);
  });
});

describe('a place is bound to the meeting its own clause reports', () => {
  const TWO = article('two', 'Mediator shuttles between lake provinces', [
    'On Tuesday the mediator Ines Varga held a brief meeting at the Lake Hotel in Lausanne with negotiators for the provinces before meeting Governor Tomas Berg.',
  ]);
  it('never places Varga’s meeting with Berg in Lausanne', () => {
    // A stem of its own (a blanked sentence quotes the article as written, "before meeting Governor Tomas Berg" included).
    const own = bankOf(TWO).filter((x) => x.kind === 'where' && !/completes this sentence/.test(x.prompt));
    for (const q of own) expect(`${q.prompt} ${q.answer}`).not.toMatch(/Tomas Berg.*Lausanne/);
  });
});
