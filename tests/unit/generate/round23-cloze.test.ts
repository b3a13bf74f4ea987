import { describe, expect, it } from 'vitest';
import { generateBank } from '@/lib/generate';
import { folderLibrary } from './banks';

/*
 * Cloze cards a teacher would not sign (round 23, read from the bank over the fixture folders): a blank in the label
 * that opens a transcript's turn ("President of China _____ (retranslated): Mr Putin, …") asks a student to read the
 * page's note of who speaks back; a blank in a transcript's header line ("Chequers • Buckinghamshire … • _____, 2018 •
 * 1:52 P.M.") asks the report's own date.
 */
describe('cloze cards from transcripts', () => {
  const { facts, articles } = folderLibrary(['tests/fixtures/realnews-dev', 'tests/fixtures/realnews-dev12', 'tests/fixtures/question-review/articles-fresh35', 'tests/fixtures/question-review/articles-fresh40']);
  const cards = generateBank(facts, articles).questions.filter((q) => q.kind === 'cloze');
  const shown = (p: string) => p.replace(/^Fill in the blank[^:]*\)\s*:\s*/, '');

  it('never blanks the speaker in the label that opens a turn', () => {
    const inLabel = cards.filter((q) => /^[^“"”:.!?]{0,100}_____[^“"”:.!?]{0,100}:\s/.test(shown(q.prompt)));
    expect(inLabel.map((q) => q.prompt)).toEqual([]);
  });

  it('never asks the day of a header line set apart by bullets', () => {
    expect(cards.filter((q) => /•[^•]*_____|_____[^•]*•/.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
  });

  it('still makes speaker and date cards from those reports', () => {
    expect(cards.length).toBeGreaterThan(5);
  });
}, 180_000);
