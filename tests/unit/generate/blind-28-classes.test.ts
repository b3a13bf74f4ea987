/**
 * What two blind teachers sent back in blind-28 (tests/fixtures/question-review/pending/blind-28*.json) and
 * the generator now avoids, checked on the bank built from the same articles.
 */
import path from 'node:path';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { generateBank } from '@/lib/generate';
import { readArticleFiles } from '@/lib/cli/read-article-files';
import { stemRulesOutPlaces } from '@/lib/generate/capital-clues';

const root = path.join(import.meta.dirname, '../../..');
const folders = ['content/articles', 'tests/fixtures/question-review/articles-fresh13'];
const files = folders.flatMap((d) => readdirSync(path.join(root, d)).filter((f) => /^[0-9].*\.md$/.test(f)).map((f) => path.join(root, d, f)));
const { articles } = readArticleFiles(files);
const bank = generateBank(extractLibrary(articles), articles);

describe('blind-28 classes', () => {
  it('offers no headline words or places as who said a quotation ("Bush Meets", "Yamaguchi Prefecture")', () => {
    const options = bank.questions.filter((q) => q.kind === 'who-said').flatMap((q) => q.choices);
    expect(options.length).toBeGreaterThan(10);
    expect(options.filter((c) => /\bMeets\b|Prefecture/.test(c))).toEqual([]);
  });

  it('never wraps a cited quotation in a second pair of marks (““…””)', () => {
    expect(bank.questions.filter((q) => /““|””/.test(q.explanation ?? '')).map((q) => q.explanation)).toEqual([]);
  });

  it('asks the day of the Bush–Chirac talks once: the when-question, not also a card on the same day', () => {
    const days = bank.questions.filter((q) => q.sources.some((s) => s.article.includes('bush-chirac')) && /Sept\. 19/.test(q.answer));
    expect(days.map((q) => q.kind)).toEqual(['when']);
  });

  it('offers no capitals of other states for a place the stem sets in Afghanistan ("here and in _____")', () => {
    const panetta = bank.questions.filter((q) => q.kind === 'where' && q.sources.some((s) => s.article.includes('panetta')));
    for (const q of panetta) expect(stemRulesOutPlaces(q.prompt, q.answer, q.choices.filter((c) => c !== q.answer))).toBe(false);
    expect(stemRulesOutPlaces('Over two days in Afghanistan, he met leaders here and in _____.', 'Kandahar', ['Washington', 'Beijing', 'Islamabad'])).toBe(true);
    // A stem that sets no scene, or an answer that is itself another state's capital, leaves the choices open.
    expect(stemRulesOutPlaces('He met leaders in _____ on Monday.', 'Kandahar', ['Washington', 'Beijing', 'Islamabad'])).toBe(false);
    expect(stemRulesOutPlaces('After two days in Afghanistan, he flew on to _____.', 'Islamabad', ['Washington', 'Beijing', 'Tokyo'])).toBe(false);
  });
});
