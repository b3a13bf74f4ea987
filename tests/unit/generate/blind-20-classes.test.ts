/**
 * The defect classes the blind-20 review sent back that the round-4 generator work did not cover, each on a
 * short invented excerpt: a speaker's name blanked when the speaker is quoted once, "said Mr. _____", an
 * order question that never says which meetings it orders, the day of a phone call, and a spokesman's
 * readout asked as who-said.
 * (Bounded figures, near-miss amounts and lengths of time are in money-and-percent, bank-properties and
 * signable.)
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { generateBank } from '@/lib/generate';
import type { ArticleInput } from '@/lib/extract/types';
import { realLibrary } from './banks';

const article = (id: string, title: string, paragraphs: string[], date: string | null = '2031-03-11'): ArticleInput =>
  ({ id, title, body: paragraphs.join('\n\n'), bodyStart: 0, date, outlet: 'Wire' });
const bankOf = (...library: ArticleInput[]) => generateBank(extractLibrary(library), library, { balance: false }).questions;
const speakerCards = (questions: ReturnType<typeof bankOf>) => questions.filter((q) => q.kind === 'cloze' && /The speaker is/.test(q.explanation));

describe('a speaker’s name is blanked only when the speaker carries the story (a headline, or two reports)', () => {
  // The headline that names the commander is another report's: a card of a report its own headline answers is not
  // made (blind-46), so the drill's own headline names no one.
  const EXERCISE = article('drill', 'Soldiers of four nations train for flood relief in the valley', [
    'Soldiers from four nations began a two-week flood relief exercise in the valley on Monday.',
    '"Each soldier was tested for the virus at home before coming to the valley," Army Sgt. Dana Whitfield, a medic with the field hospital, said.',
    '"We run the tests again every third day," Whitfield, the medic, added.',
    '"We will have the first bridge up within a day," said Col. Omar Haddad, the exercise commander.',
    '"Every village on the river must be reachable by the weekend," the commander, Col. Omar Haddad, added.',
  ]);
  const HEADLINE = article('bridges', 'Haddad promises bridges for the valley before the rains', [
    'The exercise commander said the army would build three bridges over the river before the rains begin.',
  ]);
  const cards = speakerCards(bankOf(EXERCISE, HEADLINE));

  it('asks the commander the headline names, never the sergeant quoted twice in his one report', () => {
    expect(cards.map((q) => q.answer).filter((a) => /Whitfield/.test(a))).toEqual([]);
    expect(cards.some((q) => /Haddad/.test(q.answer))).toBe(true);
  });
});

describe('no bare surname after "said Mr."', () => {
  const TALKS = article('talks', 'Mediators open sixth round of lake talks', [
    'The sixth round of talks on the lake dispute opened in Lausanne on Wednesday. The government spokesman, Ibrahim Okafor, told reporters the fishing fleets had returned to port.',
    '"The situation on the shore has seen a remarkable improvement," said Mr. Okafor.',
    '"We are ready to sign once the fishing quotas are fair," said Mr. Okafor.',
  ]);
  it('leaves "said Mr. _____." unasked', () => {
    expect(speakerCards(bankOf(TALKS)).map((q) => q.prompt).filter((p) => /Mr\. _____/.test(p))).toEqual([]);
  });
});

describe('no order questions (round 5: none of five signed in blind-20 to blind-23)', () => {
  it('asks the week’s meetings by place and day instead of their order', () => {
    const { facts, articles } = realLibrary();
    const questions = generateBank(facts, articles, { balance: false }).questions;
    expect(questions.filter((q) => q.kind === 'order')).toEqual([]);
    expect(new Set(questions.filter((q) => q.kind === 'where').map((q) => q.answer))).toEqual(new Set(['Geneva', 'Brussels', 'Vienna', 'Paris', 'Berlin']));
  });
});

describe('the day of a phone call is not asked', () => {
  it('asks when meetings took place, never when a call did', () => {
    const { facts, articles } = realLibrary();
    const calls = new Set(facts.articles.flatMap((a) => a.meetings).filter((m) => m.type === 'call').map((m) => m.id));
    expect(calls.size).toBeGreaterThan(0);
    const whens = generateBank(facts, articles).questions.filter((q) => q.kind === 'when');
    expect(whens.length).toBeGreaterThan(0);
    expect(whens.filter((q) => q.factIds.some((id) => calls.has(id))).map((q) => q.prompt)).toEqual([]);
  });
});

describe('no who-said on a readout (third-person reporting of a meeting)', () => {
  const READOUT = article('readout', 'Four ministers meet on river trade', [
    '"We will open the river to traffic again before the spring floods arrive," said Foreign Minister Lena Dahl.',
    '"Our fleets are ready to sail as soon as the locks are repaired," Trade Minister Paul Ostrander said.',
    '"The customs posts will stay open through the night for the first month," Finance Minister Marta Quell said.',
    '"At the meeting, delegations held discussions on expanding cooperation in the areas of trade and tariffs; locks, ports and dredging; customs and inspections; fisheries and water quality; flood warnings and shelters; and education, culture and sports for the young people of the river towns and villages," said spokesman Ivo Brandt.',
  ]);
  it('asks the ministers’ own words by who said them, never the spokesman’s readout', () => {
    const whoSaid = bankOf(READOUT).filter((q) => q.kind === 'who-said');
    expect(whoSaid.length).toBeGreaterThan(0);
    expect(whoSaid.map((q) => q.answer)).not.toContain('Ivo Brandt');
  });
});
