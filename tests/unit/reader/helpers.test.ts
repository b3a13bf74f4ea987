import { describe, expect, it } from 'vitest';
import { namesWritten, phraseIn } from '@/lib/reader/anchors';
import { backLabel, citeHref } from '@/lib/reader/cite';
import { counterpart, wordOverlap } from '@/lib/reader/counterparts';
import { formatDate, shownDate, weekdayIn } from '@/lib/reader/dates';
import { sentenceAround } from '@/lib/reader/sentences';
import { shortName, speakerStyles } from '@/lib/reader/speakers';
import { returnPathSchema } from '@/lib/validation/reader';

describe('dates', () => {
  it('shows a resolved date only when it is real and on the weekday the article writes', () => {
    expect(shownDate('2022-01-10', 'Monday, January 10')).toBe('2022-01-10');
    expect(shownDate('2022-01-13', 'the next day')).toBe('2022-01-13');
    expect(shownDate('2022-01-11', 'Monday')).toBeNull();
    expect(shownDate(null, 'Wednesday')).toBeNull();
    expect(shownDate('2022-02-30', null)).toBeNull();
    expect(shownDate('soon', null)).toBeNull();
  });

  it('reads weekdays and writes dates in words, whatever the machine’s zone', () => {
    expect(weekdayIn('on Wednesday (Jan 26)')).toBe(3);
    expect(weekdayIn('the next day')).toBeNull();
    expect(formatDate('2022-01-10')).toBe('Monday 10 January 2022');
  });
});

describe('sentences and phrases', () => {
  it('finds the sentence around some words, stopping at the line', () => {
    const body = 'One. He met Pskov today. Two.\nNext line.';
    expect(body.slice(...Object.values(sentenceAround(body, 12, 17)))).toBe('He met Pskov today.');
    expect(body.slice(...Object.values(sentenceAround(body, 31, 35)))).toBe('Next line.');
    expect(sentenceAround('“Go,” he said. Then', 1, 3)).toEqual({ start: 0, end: 14 });
  });

  it('marks the first phrase a sentence writes, and finds names only as whole words', () => {
    const body = 'They met in Geneva on Monday.';
    expect(phraseIn(body, { start: 0, end: body.length }, [null, 'bilateral talks', 'geneva'])).toEqual({ start: 12, end: 18 });
    expect(phraseIn(body, { start: 0, end: 10 }, ['Geneva'])).toBeNull();
    expect(namesWritten(['Blinken', 'Blink'], [{ id: 'a', body: 'Mr Blinken said' }])).toEqual([{ name: 'Blinken', articleId: 'a', start: 3, end: 10 }]);
  });
});

describe('counterparts', () => {
  const fact = { id: 'q1', articleId: 'x', supportedBy: ['x', 'y', 'z'], words: 'It sets out a serious diplomatic path forward', key: 'blinken' };
  it('links a fact to the same fact in another report, by its words and its speaker', () => {
    const candidates = [
      { id: 'other', articleId: 'y', supportedBy: ['y'], words: 'It sets out a serious diplomatic path forward', key: 'blinken' },
      { id: 'q2', articleId: 'y', supportedBy: ['x', 'y'], words: 'It lays out a serious diplomatic way forward', key: 'blinken' },
      { id: 'q3', articleId: 'z', supportedBy: ['x', 'z'], words: 'It sets out a serious diplomatic path forward', key: 'putin' },
    ];
    expect(counterpart(fact, candidates)?.id).toBe('q2');
    expect(counterpart(fact, candidates.filter((c) => c.articleId === 'z'))).toBeNull();
    expect(wordOverlap('a b c', '')).toBe(0);
  });
});

describe('speakers', () => {
  it('keeps one style per speaker in order of appearance and knows people by their short name', () => {
    expect(speakerStyles(['b', null, 'l', 'b'])).toEqual(new Map([['b', 0], ['l', 1]]));
    expect(shortName('Jean-Yves Le Drian', ['Le Drian'])).toBe('Le Drian');
    expect(shortName('Wang Yi', ['Wang'])).toBe('Wang');
    expect(shortName('Ned Price', [])).toBe('Price');
  });
});

describe('citations and the way back', () => {
  it('links to a sentence with the page to return to, and accepts only paths on this site', () => {
    expect(citeHref('talks', { start: 10, end: 42 }, '/timeline#m-1')).toBe('/articles/talks?cite=10-42&from=%2Ftimeline%23m-1#cited');
    expect(backLabel('/timeline#m-1')).toBe('Back to the timeline');
    expect(backLabel('/people/antony-blinken')).toBe('Back to the person');
    expect(backLabel('/somewhere')).toBe('Back');
    for (const good of ['/timeline#m-1', '/articles/x?cite=1-2#cited']) expect(returnPathSchema.safeParse(good).success).toBe(true);
    for (const bad of ['//evil.test', 'https://evil.test', '/\\evil.test', 'javascript:alert(1)', '/a b', `/${'a'.repeat(400)}`]) expect(returnPathSchema.safeParse(bad).success).toBe(false);
  });
});
