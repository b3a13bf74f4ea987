import { describe, expect, it } from 'vitest';
import { generateBank } from '@/lib/generate';
import { isCommonWordsName } from '@/lib/generate/common-word-names';
import { folderLibrary } from './banks';

/*
 * blind-57: "WASHINGTON", taken from a dateline in capitals, was offered beside "Maastricht", "Amsterdam" and
 * "Rotterdam": a choice in another form than the others, which a student strikes out at sight.
 */
describe('place choices', () => {
  const { facts, articles } = folderLibrary(['tests/fixtures/question-review/articles-fresh41', 'tests/fixtures/question-review/articles-fresh42']);
  const where = generateBank(facts, articles).questions.filter((q) => q.choiceType === 'place');

  it('are written as towns are, never in a dateline’s capitals', () => {
    expect(where.length).toBeGreaterThan(1);
    expect(where.flatMap((q) => q.choices.filter((c) => /\p{Lu}{3}/u.test(c) && !/\p{Ll}/u.test(c)))).toEqual([]);
  });
}, 120_000);

describe('a meeting whose own clause says it was held', () => {
  const { facts, articles } = folderLibrary(['tests/fixtures/question-review/articles-fresh41']);
  const bank = generateBank(facts, articles).questions;

  it('is asked in the past, whatever the sentence around it looks forward to (blind-57: “the Congress that took place several months ago in Sochi”)', () => {
    const congress = bank.filter((q) => /Syrian National Dialogue/.test(q.prompt) && (q.kind === 'where' || q.kind === 'when'));
    expect(congress.length).toBeGreaterThan(0);
    for (const q of congress) expect(q.prompt).not.toMatch(/\b(?:where|when) will\b/i);
  });
}, 120_000);

describe('a title in the plural', () => {
  it('is no one to offer as a speaker: "Presidents", from "Messrs Presidents"', () => {
    expect(isCommonWordsName({ id: 'presidents', name: 'Presidents', aliases: [], role: null, affiliation: null })).toBe(true);
    expect(isCommonWordsName({ id: 'rice', name: 'Rice', aliases: [], role: null, affiliation: null })).toBe(false);
  });
});
