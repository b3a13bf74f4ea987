import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractLibrary, parseArticleFile } from '@/lib/extract';
import { isEnglishWord, tagSpan } from '@/lib/extract/pos';
import { loadArticles } from './helpers';

/**
 * Wall-clock bounds failed on a loaded machine (load 15+ on two cores) and passed alone, so no bound here is a
 * number of milliseconds: a slow input is judged against prose of its length, and a large one against a
 * quarter of itself, each timed in turn with the other so that the machine's load slows both alike.
 */
/** Runs shorter than this say nothing about speed (timer resolution, one pause of a loaded machine). */
const NOISE_MS = 5;
/** A first run over this is timed again against plain prose before anything is concluded. */
const RECHECK_MS = 50;
const PLAIN = 'The plain text has no quotation at all. ';

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

/** The least time of each body over `runs` rounds, the bodies taken in turn. */
function bestTimes(bodies: string[], runs = 3): number[] {
  const best = bodies.map(() => Infinity);
  for (let r = 0; r < runs; r++) bodies.forEach((b, i) => (best[i] = Math.min(best[i] as number, timed(b))));
  return best;
}

/** How many times slower than plain prose of its length a body is: a regex that backtracks is hundreds of times. */
function slowdown(body: string): number {
  if (timed(body) < RECHECK_MS) return 1;
  const plain = PLAIN.repeat(Math.ceil(body.length / PLAIN.length)).slice(0, body.length);
  const [mine, prose] = bestTimes([body, plain], 5) as [number, number];
  return mine / Math.max(prose, NOISE_MS);
}

/** Time for `make(4n)` over four times that for `make(n)`: about 1 when the work grows with the text, 4 when with its square. */
function growth(make: (n: number) => string, n: number): number {
  const [small, large] = bestTimes([make(n), make(4 * n)]) as [number, number];
  return large / (4 * Math.max(small, NOISE_MS));
}

/** Under a quadratic pass's 4, over the 1 to 1.7 a linear one shows at load 10 (garbage collection grows with the heap). */
const MAX_GROWTH = 3;
/** Quotation-heavy text costs a few times what plain prose does; a blow-up costs hundreds. */
const MAX_SLOWDOWN = 20;

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
        expect(slowdown(s)).toBeLessThan(MAX_SLOWDOWN);
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
        expect(slowdown(mutated)).toBeLessThan(MAX_SLOWDOWN);
      }),
      { numRuns: 100 },
    );
  });

  it('edge cases: empty, a mark as last character, 10,000 unbalanced marks, 5 MB, no quotes', () => {
    expect(extractLibrary([{ id: 'e', title: '', body: '', bodyStart: 0 }]).articles[0]!.quotes).toEqual([]);
    expect(slowdown('He said “')).toBeLessThan(MAX_SLOWDOWN);
    expect(slowdown(PLAIN.repeat(50))).toBeLessThan(MAX_SLOWDOWN);
    expect(growth((n) => '“'.repeat(n), 10_000)).toBeLessThan(MAX_GROWTH);
    expect(growth((n) => '“a '.repeat(n), 2_500)).toBeLessThan(MAX_GROWTH);
    const articles = loadArticles().map((a) => a.body).join('\n\n');
    const prefix = (n: number) => articles.repeat(Math.ceil(n / articles.length)).slice(0, n);
    expect(growth(prefix, 100_000)).toBeLessThan(MAX_GROWTH);
    // 5 MB once, for memory and crashes; its speed is the growth above.
    timed(prefix(5_000_000));
  }, 120_000);

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
