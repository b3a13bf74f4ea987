/**
 * Who-said options borrowed from another report's scene (#15, blind-52): a head of state who received a head's deputy
 * in another report of the same year was offered for the head's words at a summit she had no part in (Samia Suluhu
 * Hassan of a Dar es Salaam transcript for Biden's words in Mexico City). Invented text.
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { buildContext } from '@/lib/generate/context';
import type { ArticleInput } from '@/lib/extract/types';
import { isEligibleOption, optionQuestion, whoSaidOptions } from '@/lib/generate/who-said-options';
import { eligibleFor } from './option-eligibility';

const article = (id: string, title: string, date: string, paragraphs: string[]): ArticleInput => ({ id, title, body: paragraphs.join('\n\n'), bodyStart: 0, date });

const summit = article('harbour-summit-2023', 'Remarks by President Tomas Varga and President Elena Okafor in Joint Press Conference', '2023-01-10', [
  'Port Alden',
  'President Tomas Varga met President Elena Okafor in Port Alden on Tuesday for the leaders’ summit.',
  'President Tomas Varga said: “We are stronger and better when we work together, and our greatest strength is our people.”',
  'President Elena Okafor said: “Our two countries will build the new bridge together, and our workers will gain from it.”',
]);
const visit = article('vice-visit-2023', 'Remarks by Vice President Lena Marsh and President Mirela Kostova in Joint Press Statements', '2023-03-30', [
  'Dar Vela',
  'Vice President Lena Marsh met President Mirela Kostova in Dar Vela on Thursday.',
  'Tomas Varga will visit Dar Vela later this year, the two leaders said.',
  'President Mirela Kostova said: “We are waiting for President Tomas Varga’s visit, and we will be glad to host him.”',
  'Vice President Lena Marsh said: “Our partnership with your country is growing, and we will keep it growing.”',
]);

const island = article('island-visit-2023', 'President Ana Lind receives Governor Paul Rane', '2023-05-05', [
  'Port Sela',
  'President Ana Lind met Governor Paul Rane in Port Sela on Friday.',
  'President Ana Lind said: “The new harbour will open next spring, and the islands will be better connected.”',
]);

describe('a head of state of another report of the same year', () => {
  const library = [summit, visit, island];
  const ctx = buildContext(extractLibrary(library), library, 'scene');
  const id = (name: string) => [...ctx.people.byId.values()].find((p) => p.name === name)?.id ?? '';

  it('leaves the summit’s words unasked rather than offer her, or offers others', () => {
    const q = ctx.quotes.find((x) => x.text.includes('our greatest strength is our people'));
    const speaker = q?.speakerId ? ctx.people.byId.get(q.speakerId) : undefined;
    expect(id('Mirela Kostova')).not.toBe('');
    expect(q && speaker && whoSaidOptions(ctx, q, speaker, q.text, q.text, new Set([speaker.id])).picks.map((p) => p.name)).not.toContain('Mirela Kostova');
  });

  it('of no state the reports give is no stand-in for the summit’s words', () => {
    expect(eligibleFor(ctx, 'our greatest strength is our people', 'Elena Okafor')).toBe(true);
    const q = ctx.quotes.find((x) => x.text.includes('our greatest strength is our people'));
    const speaker = q?.speakerId ? ctx.people.byId.get(q.speakerId) : undefined;
    const lind = ctx.people.byId.get(id('Ana Lind'));
    expect(q && speaker && lind && isEligibleOption(ctx, optionQuestion(ctx, q, speaker, q.text, q.text, new Set()), lind, 'stand-in')).toBe(false);
  });
});
