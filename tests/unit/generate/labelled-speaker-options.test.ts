/*
 * A speaker a transcript knows only by its label ("PRESIDENT ABBAS:") is asked beside the people on that stage,
 * in the same form. A head of state of the same year from another report is no option: "President Putin" for
 * Abbas's words in Bethlehem (2022) had no part in the event, and the words gave him away (blind-43, both
 * judges). With too few people on the stage, the words are not asked
 * as who-said. Beside heads known by full name, a head of another report stands in only for words that name no
 * state, people or place: "the Afghan Defense and Security Forces" gave Putin away for Ghani's words.
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { generateBank } from '@/lib/generate';
import type { ArticleInput } from '@/lib/extract/types';

const transcript: ArticleInput = {
  id: 'harbour-2022',
  title: 'Remarks by President Tom Halvorsen and President Amiri of the Norland Authority in Joint Press Statement',
  bodyStart: 0,
  date: '2022-07-15',
  body: [
    'PRESIDENT AMIRI:  (As interpreted.)  Mr. President, we welcome you to our old harbour city.',
    'We look forward to steps that end the closure of the northern crossings and the demolition of fishing villages along the coast, and we ask that those who shot the harbour pilots be held accountable.',
    'Our people have waited for seventy years to gain their freedom and to build a future on their own land.',
    'PRESIDENT HALVORSEN: Mr. President, President Amiri, thank you very much, and it is good to see you again, my friend.',
    'The United States will continue to insist on a full and transparent accounting of what happened at the crossings.',
    'Every person has a right to be treated with dignity, and we will keep working for it.',
  ].join('\n\n'),
};
const elsewhere: ArticleInput = {
  id: 'gas-2022',
  title: 'Volkov warns on gas prices',
  bodyStart: 0,
  date: '2022-03-10',
  body: [
    'MOSCOW — Russian President Igor Volkov said on Thursday that gas prices would keep rising through the winter.',
    '“We will keep supplying every partner who pays on time, and we will not be lectured on how to sell our own gas,” Volkov told a meeting of his government.',
    '“Europe will find that the winter is long and the alternatives are expensive,” President Volkov added.',
  ].join('\n\n'),
};

const oval: ArticleInput = {
  id: 'oval-2021',
  title: 'Remarks by President Tom Halvorsen and President Karim Amiri of Norland Before Bilateral Meeting',
  bodyStart: 0,
  date: '2021-06-25',
  body: [
    'Oval Office',
    'PRESIDENT HALVORSEN: Well, it is good to see an old friend, and I am glad we could sit down today.',
    'We are going to stay with you, and we are going to do our best to see to it that you have the tools you need.',
    'PRESIDENT AMIRI: Thank you, Mr. President.',
    'Today the Norland Defense Forces have retaken six districts in the north, and we will hold every one of them.',
    'We are determined to have unity and a national sense of sacrifice, and we will keep our schools open.',
  ].join('\n\n'),
};
describe('a speaker known by his transcript label', () => {
  const articles = [transcript, elsewhere];
  const bank = generateBank(extractLibrary(articles), articles);
  const amiri = bank.questions.filter((q) => q.kind === 'who-said' && q.answer === 'President Amiri');

  it('is never asked beside a head of state of another report', () => {
    for (const q of bank.questions.filter((x) => x.kind === 'who-said' && x.sources.some((s) => s.article === 'harbour-2022'))) {
      expect(q.choices.join(' | ')).not.toMatch(/Volkov/);
    }
  });

  it('is not asked as who-said when his stage holds one other person', () => {
    expect(amiri.map((q) => q.prompt)).toEqual([]);
  });
});

describe('a head of state of another report, beside two heads known by full name', () => {
  const articles = [oval, { ...elsewhere, id: 'gas-2021', date: '2021-03-10' }];
  const bank = generateBank(extractLibrary(articles), articles);

  it('is no option for words that name a state or a place of the stage (Putin for Ghani, blind-42)', () => {
    const named = bank.questions.filter((q) => q.kind === 'who-said' && q.prompt.includes('Norland Defense Forces'));
    for (const q of named) expect(q.choices).not.toContain('Igor Volkov');
  });
});
