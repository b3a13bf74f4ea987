/**
 * Web copy's no-break spaces (the Kremlin's transcripts put one after every short word: "President
 * of\u00a0Russia Vladimir Putin:") hid every speaker label of four real transcripts in fresh37–39, so their
 * turns were read as the reporter's text (blind-53 Q13, Q18: "a report by President of Russia").
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { generateBank } from '@/lib/generate';
import type { ArticleInput } from '@/lib/extract/types';
import { folderLibrary } from '../generate/banks';

const NBSP = '\u00a0';
const body = [
  `Following talks in Moscow, Vladimir Putin and Lena Varga made statements for the press.`,
  `President of${NBSP}Russia Vladimir Putin: Madam President, ladies and${NBSP}gentlemen,`,
  `Our talks with the President of Freedonia were held in a businesslike atmosphere. We agreed to double the grain trade by 2031 and to open a consulate in Kazan next year.`,
  `Thank you.`,
  `President of${NBSP}Freedonia Lena Varga (retranslated): Mr President, thank you for the invitation.`,
  `Freedonia wants a stable and predictable partner on the Baltic, and today we signed four agreements on shipping and energy that our ministers negotiated for two years.`,
].join('\n\n');
const transcript: ArticleInput = { id: 'nbsp-press', title: 'Press statements following talks with President of Freedonia Lena Varga', body, bodyStart: 0, date: '2031-03-04', outlet: 'President of Russia (en.kremlin.ru)' };

describe('no-break spaces in a transcript', () => {
  const lib = extractLibrary([transcript]);
  const quotes = lib.articles[0]!.quotes;
  const speakerOf = (words: string) => lib.people.find((p) => p.id === quotes.find((q) => q.text.includes(words))?.speakerId)?.name;

  it('reads the labels, so each turn is its speaker’s words', () => {
    expect(speakerOf('double the grain trade')).toBe('Vladimir Putin');
    expect(speakerOf('four agreements on shipping')).toBe('Lena Varga');
  });

  it('keeps every offset on the same words of the stored text', () => {
    const q = quotes.find((x) => x.text.includes('double the grain trade'))!;
    expect(body.slice(q.sentence.start, q.sentence.end)).toContain('double the grain trade');
  });
});

describe('no-break spaces in real transcripts (fresh37–39, Kremlin)', () => {
  const { facts, articles } = folderLibrary(['tests/fixtures/question-review/articles-fresh37', 'tests/fixtures/question-review/articles-fresh38', 'tests/fixtures/question-review/articles-fresh39']);
  const macri = articles.find((a) => a.id.startsWith('02-kremlin-putin-macri'))!;
  const bank = generateBank(facts, articles);
  const fromMacri = bank.questions.filter((q) => q.sources.some((s) => s.article === macri.id));

  it('asks Putin’s and Macri’s words, citing the stored text', () => {
    expect(macri.body).toContain('\u00a0');
    // A what-said since round 23 (option-floor.ts): the talks have two people on stage, and a head of another story
    // is no fair third choice for a who-said; the quotation is still asked, and cited as stored.
    const asked = fromMacri.filter((q) => q.kind === 'who-said' || q.kind === 'what-said');
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) {
      for (const s of q.sources.filter((x) => x.article === macri.id)) {
        expect(q.explanation).toContain(macri.body.slice(s.start, s.end).replace(/\u00a0/g, ' ').slice(0, 60));
      }
    }
  });
});
