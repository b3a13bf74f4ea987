/**
 * Round 23, trivia and transcript text (blind-50 … blind-54): protocol any principal says asked as who-said or as a
 * what-said key ("talks held in a constructive and business-like atmosphere … strong traditions of friendship"),
 * transcript stutters shown as spoken ("And — and", "a commitment and — commitment"), and a wrong choice the speaker
 * broke off ("… to invest in what we know will be more").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { generateBank } from '@/lib/generate';
import { cleanShownText } from '@/lib/generate/clean';
import { quoteChoice, spokenWords } from '@/lib/generate/quote-text';
import { isMostlyProtocol } from '@/lib/generate/protocol';
import { folderLibrary } from './banks';

/** The bank blind-54 drew from: the five articles and fresh40 (Putin–Aliyev, Biden–Yoon, Harris–Lee). */
let fresh40: ReturnType<typeof generateBank> | undefined;
function fresh40Bank(): ReturnType<typeof generateBank> {
  return fresh40!;
}
beforeAll(() => {
  const { facts, articles } = folderLibrary(['content/articles', 'tests/fixtures/question-review/articles-fresh40']);
  fresh40 = generateBank(facts, articles);
}, 300_000);

/** Everything a student reads of a question before the citation: stem, choices, answer, card back and lead. */
function shownOf(bank: ReturnType<typeof generateBank>): string[] {
  return bank.questions.flatMap((q) => [q.prompt, q.answer, ...q.choices, q.back ?? '', q.explanation.split(' Source: ')[0]!]);
}

describe('protocol is not asked', () => {
  it('reads the tone of the talks and the friendship of two states as protocol, not a figure or a decision', () => {
    expect(isMostlyProtocol('The talks, which were held in a constructive and business-like atmosphere, have just ended. I would like to stress that Russia and Azerbaijan are bound by strong traditions of friendship and cooperation.')).toBe(true);
    expect(isMostlyProtocol('The relationship between our states is a partnership that is mutually beneficial and is based on the principles of neighbourly relations.')).toBe(true);
    expect(isMostlyProtocol('Our talks were held in a friendly atmosphere. Trade grew by 35 percent last year to $2.5 billion, and we agreed to finish the railway to the Iranian border by 2033.')).toBe(false);
  });

  it('asks Putin’s “constructive and business-like atmosphere … traditions of friendship” neither as key nor as who-said (blind-54 Q10)', () => {
    const bank = fresh40Bank();
    expect(shownOf(bank).filter((t) => /business-like atmosphere|traditions of friendship/.test(t))).toEqual([]);
  });


});

describe('a transcript’s stutter is shown once', () => {
  it('drops the word said again after the dash, keeping the first copy’s capital', () => {
    expect(spokenWords('Our businesses are blazing new trails together. And — and it all goes to my core belief.')).toBe('Our businesses are blazing new trails together. And it all goes to my core belief.');
    expect(cleanShownText('It is a commitment and — commitment to an innovation.')).toBe('It is a commitment to an innovation.');
    expect(cleanShownText('We — we will not accept it.')).toBe('We will not accept it.');
    expect(cleanShownText('Kenya is already at — or past — the halfway mark.')).toBe('Kenya is already at — or past — the halfway mark.');
  });

  it('shows no stutter in any question of the Biden–Yoon and Harris–Lee transcripts (blind-54 Q3, Q4)', () => {
    expect(shownOf(fresh40Bank()).filter((t) => /\b(\p{L}+)(?: and)? — \1\b/iu.test(t))).toEqual([]);
  });
});

describe('no choice the speaker broke off', () => {
  it('offers no line that ends on an unfinished comparison or an open word', () => {
    expect(quoteChoice('We must not only finish the railway but invest in what we know will be more.', 28)).toBeNull();
    expect(quoteChoice('We must not only finish the railway but invest in the ports of the.', 28)).toBeNull();
    expect(quoteChoice('We must finish the railway, and we must all do more.', 28)).not.toBeNull();
  });

  it('offers not Harris’s “… to invest in what we know will be more” (blind-54 Q7)', () => {
    expect(shownOf(fresh40Bank()).filter((t) => /what we know will be more/.test(t))).toEqual([]);
  });
});

