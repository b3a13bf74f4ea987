/**
 * A quiz whose questions don't answer each other (#15, round 6): the pairs blind-25/26 sent back, and a
 * property test over the real banks (the five articles and the fresh excerpts the blind judges read) that no
 * drawn quiz ever holds two questions that clash.
 */
import path from 'node:path';
import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { generateBank } from '@/lib/generate';
import { readArticleFiles } from '@/lib/cli/read-article-files';
import { isArticleFile } from '@/lib/cli/review-sample';
import type { Question } from '@/lib/generate/types';
import { questionsClash } from '@/lib/quiz/clash';
import { ARTICLE_QUIZ_LENGTH, pickQuestions } from '@/lib/quiz/pick';
import { realLibrary } from '../generate/banks';

const q = (over: Partial<Question> & Pick<Question, 'prompt' | 'answer'>) =>
  ({ kind: 'who-said', choices: [], choiceType: 'person', sources: [{ article: 'a', start: 0, end: 10 }], ...over }) as Question;

describe('questions that answer each other', () => {
  it('a stem’s “[in Paris]” and “Where …?” answered Paris (blind-25)', () => {
    const gloss = q({ kind: 'where', choiceType: 'place', prompt: 'Which place completes this sentence? Dmitry Kozak said the talks [in Paris] were “not simple”, but that another round would take place in two weeks in _____.', answer: 'Berlin', choices: ['Berlin', 'Minsk', 'Vienna', 'Geneva'], sources: [{ article: '004', start: 900, end: 1000 }] });
    const paris = q({ kind: 'where', choiceType: 'place', prompt: 'Which place completes this sentence? Senior Russian and Ukrainian officials met for eight hours in _____ with representatives of France and Germany.', answer: 'Paris', choices: ['Paris', 'Minsk', 'Vienna', 'Geneva'], sources: [{ article: '004', start: 1100, end: 1200 }] });
    expect(questionsClash(gloss, paris)).toBe(true);
  });

  it('two who-said questions on one speaker with the same three other names (blind-25)', () => {
    const choices = ['Barack Obama', 'Wen Jiabao', 'Lars Løkke Rasmussen', 'Yvo de Boer'];
    const a = q({ prompt: 'Who said: “We have come a long way, but we have much further to go”?', answer: 'Barack Obama', choices, sources: [{ article: 'cop15', start: 100, end: 200 }] });
    const b = q({ prompt: 'Who said: “This is a historic step forward for the world”?', answer: 'Barack Obama', choices: [...choices].reverse(), sources: [{ article: 'cop15', start: 900, end: 990 }] });
    expect(questionsClash(a, b)).toBe(true);
    expect(questionsClash(a, { ...b, choices: ['Barack Obama', 'Wen Jiabao', 'Manmohan Singh', 'Yvo de Boer'] })).toBe(false);
  });

  it('a figure or a speaker one stem gives and another asks; never a number inside a longer one', () => {
    const troops = q({ kind: 'figure-numeric', choiceType: 'number', prompt: 'How many troops has Nato put on standby?', answer: '8,500', sources: [{ article: '004', start: 10, end: 20 }] });
    const cloze = q({ kind: 'cloze', choiceType: 'text', prompt: 'Fill in the blank: The US put 8,500 troops on alert as Russia massed _____ troops.', answer: '100,000', sources: [{ article: '001', start: 10, end: 20 }] });
    expect(questionsClash(troops, cloze)).toBe(true);
    expect(questionsClash(troops, { ...cloze, prompt: 'Fill in the blank: some 18,500 troops …' })).toBe(false);
    const who = q({ prompt: 'Who said: “We are ready”?', answer: 'Antony Blinken', sources: [{ article: '003', start: 5, end: 9 }] });
    const where = q({ kind: 'where', choiceType: 'place', prompt: 'Where did Blinken meet Lavrov?', answer: 'Geneva', sources: [{ article: '003', start: 50, end: 90 }] });
    expect(questionsClash(who, where)).toBe(true);
  });
});

const fixtures = path.join(import.meta.dirname, '../../fixtures/question-review');
/** Article quizzes as the app draws them: each article's balanced bank. */
function banksByArticle(questions: Question[]): Question[][] {
  const by = new Map<string, Question[]>();
  for (const x of questions) {
    const id = x.sources[0]?.article ?? '';
    by.set(id, [...(by.get(id) ?? []), x]);
  }
  return [...by.values()];
}

const five = realLibrary();
const fresh = (() => {
  const files = ['articles-fresh10', 'articles-fresh11'].flatMap((d) => readdirSync(path.join(fixtures, d)).map((f) => path.join(fixtures, d, f))).filter(isArticleFile);
  const { articles } = readArticleFiles(files);
  return generateBank(extractLibrary(articles), articles).questions;
})();
const banks = [...banksByArticle(generateBank(five.facts, five.articles).questions), ...banksByArticle(fresh), generateBank(five.facts, five.articles).questions];

describe('a drawn quiz never holds two questions that answer each other (real banks)', () => {
  it('holds for any seed and length, and draws another while any is left', () => {
    expect(banks.some((bank) => bank.some((a, i) => bank.slice(i + 1).some((b) => questionsClash(a, b))))).toBe(true);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: banks.length - 1 }), fc.string(), fc.option(fc.integer({ min: 1, max: 2 * ARTICLE_QUIZ_LENGTH })), (k, seed, count) => {
        const bank = banks[k]!;
        const quiz = pickQuestions(bank, count, seed, questionsClash);
        for (const [i, a] of quiz.entries()) for (const b of quiz.slice(i + 1)) expect(questionsClash(a, b), `${a.prompt} ↔ ${b.prompt}`).toBe(false);
        expect(quiz.length).toBeLessThanOrEqual(count ?? bank.length);
        // Short only when every question left out clashes with one taken.
        if (quiz.length < Math.min(count ?? bank.length, bank.length)) {
          for (const x of bank.filter((y) => !quiz.includes(y))) expect(quiz.some((y) => questionsClash(x, y))).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
