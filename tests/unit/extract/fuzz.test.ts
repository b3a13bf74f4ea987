import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractLibrary, parseArticleFile } from '@/lib/extract';
import { isEnglishWord, tagSpan } from '@/lib/extract/pos';
import { loadArticles } from './helpers';

const PER_INPUT_MS = 500;

function timed(body: string) {
  const t0 = performance.now();
  const lib = extractLibrary([{ id: 'f', title: 'T', body, bodyStart: 0 }]);
  const ms = performance.now() - t0;
  for (const q of lib.articles[0]!.quotes) {
    expect(q.start).toBeGreaterThanOrEqual(0);
    expect(q.end).toBeLessThanOrEqual(body.length);
  }
  return ms;
}

describe('bad input never crashes or hangs', () => {
  // The part-of-speech model loads once per process on first use, not per input: load it before timing.
  beforeAll(() => {
    tagSpan('He said so.', 0, 11);
    isEnglishWord('said');
  });

  it('random strings made of marks, letters and newlines', () => {
    const alphabet = fc.constantFrom('“', '”', '"', '„', '«', '»', ' ', '\n', 'a', 'He', ' said', 'X', '.', ',', 'Mr ', 'Smith', '’s', ':', 'said ');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 400 }).map((a) => a.join('')), (s) => {
        expect(timed(s)).toBeLessThan(PER_INPUT_MS);
      }),
      { numRuns: 200 },
    );
  });

  it('mutated articles: cut, duplicated and re-marked text', () => {
    const bodies = loadArticles().map((a) => a.body);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: bodies.length - 1 }), fc.nat(), fc.nat(), fc.constantFrom('“', '”', '"', '\n', '', '\u0000'), (k, i, j, mark) => {
        const b = bodies[k]!;
        const a = i % b.length;
        const c = j % b.length;
        const mutated = b.slice(0, Math.min(a, c)) + mark + b.slice(Math.max(a, c)) + b.slice(a, a + 200);
        expect(timed(mutated)).toBeLessThan(PER_INPUT_MS);
      }),
      { numRuns: 100 },
    );
  });

  it('edge cases: empty, a mark as last character, 10,000 unbalanced marks, 5 MB, no quotes', () => {
    expect(extractLibrary([{ id: 'e', title: '', body: '', bodyStart: 0 }]).articles[0]!.quotes).toEqual([]);
    expect(timed('He said “')).toBeLessThan(PER_INPUT_MS);
    expect(timed('“'.repeat(10_000))).toBeLessThan(PER_INPUT_MS * 4);
    expect(timed('“a '.repeat(10_000))).toBeLessThan(PER_INPUT_MS * 4);
    expect(timed('The plain text has no quotation at all. '.repeat(50))).toBeLessThan(PER_INPUT_MS);
    const big = loadArticles().map((a) => a.body).join('\n\n').repeat(200).slice(0, 5_000_000);
    expect(timed(big)).toBeLessThan(20_000);
  }, 60_000);

  it('binary input is refused with a readable error', () => {
    expect(() => parseArticleFile('x.txt', 'PK\u0003\u0004\u0000\u0000binary')).toThrow(/binary/);
  });
});

describe('article files', () => {
  it('reads front matter and keeps body offsets into the whole file', () => {
    const text = '---\ntitle: "A title"\noutlet: "AFP"\nsource: "x.txt"\n---\nHeadline\n\nBody';
    const a = parseArticleFile('content/articles/003_x.md', text);
    expect(a).toMatchObject({ id: '003_x', title: 'A title', outlet: 'AFP', body: 'Headline\n\nBody' });
    expect(text.slice(a.bodyStart)).toBe(a.body);
  });

  it('takes the first non-empty line of a plain text file as its title', () => {
    const a = parseArticleFile('/tmp/story.txt', '\n\n  Storm hits coast \nText.');
    expect(a).toMatchObject({ id: 'story', title: 'Storm hits coast', bodyStart: 0 });
  });
});
