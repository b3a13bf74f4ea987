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
import { isMinorSumAmongMany } from '@/lib/generate/background-sums';
import { isOneStopOfSeries } from '@/lib/generate/series-stops';
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
    expect(isMostlyProtocol('And I turn the microphone over to Secretary Rice.')).toBe(true);
    expect(isMostlyProtocol('Our talks were held in a business-like and constructive atmosphere and yielded tangible results which is fully consistent with the truly friendly and neighbourly relations between Russia and Kazakhstan. We had a detailed discussion on bilateral cooperation in all its aspects, and shared views on pressing regional and international matters.')).toBe(true);
    expect(isMostlyProtocol('We discussed the whole range of issues, above all the Caspian pipeline and the 2,000 troops in Syria.')).toBe(false);
    expect(isMostlyProtocol('We held 24 joint operations in 2004. It is very important that our cooperation continue to develop.')).toBe(false);
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
    expect(cleanShownText('I could feel the same enthusiasm, the same — the same enthusiasm, the same energy.')).toBe('I could feel the same enthusiasm, the same energy.');
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


describe('a sum among many in one paragraph is a detail', () => {
  it('drops all but the largest of three or more sums in one currency, unless its own sentence calls it a package or deal', () => {
    const sums = [7.1e7, 3.5e8, 2e8, 1.5e8];
    expect(isMinorSumAmongMany({ sentence: 'Accumulated Russian investment in Kyrgyzstan exceeds $200 million.', value: 2e8 }, sums)).toBe(true);
    expect(isMinorSumAmongMany({ sentence: 'Mutual investment exceeds $350 million.', value: 3.5e8 }, sums)).toBe(false);
    expect(isMinorSumAmongMany({ sentence: 'They signed a $200 million deal for turbines.', value: 2e8 }, sums)).toBe(false);
    expect(isMinorSumAmongMany({ sentence: 'Investment exceeds $200 million.', value: 2e8 }, [2e8, 3.5e8])).toBe(false);
  });

  it('asks not Putin’s $200 million of accumulated investment in Kyrgyzstan (blind-54b Q19)', () => {
    expect(fresh40Bank().questions.filter((q) => q.prompt.includes('Accumulated Russian investment in Kyrgyzstan exceeds _____'))).toEqual([]);
  });
});

describe('the place of one meeting of a run the speaker recounts is not asked', () => {
  it('reads three places of meetings said again as a run', () => {
    expect(isOneStopOfSeries('We had a meeting in June in Moscow, ahead of the World Cup, then again in August in Kazakhstan, and today in Sochi.')).toBe(true);
    expect(isOneStopOfSeries('The two presidents met in Sochi on Saturday, their third meeting this year.')).toBe(false);
  });

  it('reads a meeting that only places where a matter told before was discussed as said in passing (blind-53 Q13, Q16)', () => {
    expect(isOneStopOfSeries('As you may know, this was discussed, in particular, at a meeting with senior members of the Lorvanian Trade Council on October 12 in Sochi.')).toBe(true);
    expect(isOneStopOfSeries('The two ministers met in Sochi on October 12 to discuss gas supplies.')).toBe(false);
  });

  it('asks not where Aliyev and Putin met in June 2018 (blind-54 Q11)', () => {
    expect(fresh40Bank().questions.filter((q) => q.prompt.includes('We had a meeting in June in _____'))).toEqual([]);
  });

  it('asks neither where nor when Putin met the German Committee (blind-53 Q13, Q16)', () => {
    const { facts, articles } = folderLibrary(['content/articles', 'tests/fixtures/question-review/articles-fresh39']);
    expect(generateBank(facts, articles).questions.filter((q) => q.prompt.includes('German Committee meeting'))).toEqual([]);
  }, 300_000);
});

describe('a quotation opening on a plot or a vision told before it is not asked', () => {
  it('asks not Rouhani’s “neutralised this conspiracy” nor Harris’s “to fulfill this vision” (blind-54 Q5, Q8)', () => {
    expect(shownOf(fresh40Bank()).filter((t) => /this conspiracy|fulfill this vision/.test(t))).toEqual([]);
  });
});
