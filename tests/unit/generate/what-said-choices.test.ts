/*
 * What-said for two principals on one stage (#15, round 22): the other principal's words are the wrong choices, and a
 * choice must not give itself away. Invented statements after the Kremlin's transcripts of joint press statements.
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { generateBank } from '@/lib/generate';
import type { ArticleInput } from '@/lib/extract/types';
import { isFairChoice, openingState, speaksOfAskedOffice } from '@/lib/generate/what-said-choices';
import { sharesClaim } from '@/lib/generate/claim-overlap';
import { folderLibrary } from './banks';

const person = (name: string, role: string) => ({ id: name.toLowerCase().replace(/ /g, '-'), name, aliases: [], role, affiliation: null });
const orlov = person('Pavel Orlov', 'President of Norland');
const vale = person('Tomas Vale', 'Prime Minister of Sorland');

function statement(id: string, lines: string[]): ArticleInput {
  return { id, title: 'Press Statements Following Norlandian-Sorlandian Talks', bodyStart: 0, date: '2031-03-26', body: ['March 26, 2031, The Kremlin, Moscow', ...lines].join('\n\n') };
}

// Every candidate, unbalanced: the builder under test, not which question the bank keeps.
const whatSaidOf = (a: ArticleInput) => generateBank(extractLibrary([a]), [a], { balance: false }).questions.filter((q) => q.kind === 'what-said');

describe('a fair wrong choice beside the asked principal’s words', () => {
  it('is not a line that speaks of the asked person by an office only they hold', () => {
    expect(speaksOfAskedOffice('The volume of trade, as the President mentioned, is growing again', orlov, vale)).toBe(true);
    expect(speaksOfAskedOffice('Thank you, Mr. President, for the warm welcome', orlov, person('Ana Berg', 'President of Sorland'))).toBe(false);
    expect(speaksOfAskedOffice('Our ministers will meet every spring', orlov, vale)).toBe(false);
  });

  it('is said, not asked, beside an answer that was said', () => {
    const asked = person('Elena Roe', 'athlete');
    expect(isFairChoice({ choice: 'Do you plan to keep running until 2040?', answer: 'Yes! I train all year to win a medal', asked, speaker: undefined, body: null })).toBe(false);
    expect(isFairChoice({ choice: 'We will keep training through the winter', answer: 'Yes! I train all year to win a medal', asked, speaker: undefined, body: null })).toBe(true);
  });

  it('from another report, opens on no state the asked report leaves unnamed', () => {
    expect(openingState('Zambia has indeed embarked on an ambitious reform agenda')).toBe('Zambia');
    expect(openingState('Bilateral relations are at the centre of our talks')).toBeNull();
    const choice = 'Zambia has indeed embarked on an ambitious reform agenda';
    expect(isFairChoice({ choice, answer: 'We agreed to double the exchanges', asked: orlov, speaker: vale, body: 'Talks in Berlin on trade.' })).toBe(false);
    expect(isFairChoice({ choice, answer: 'We agreed to double the exchanges', asked: orlov, speaker: vale, body: 'Talks in Lusaka with Zambia.' })).toBe(true);
  });

  it('leaves out the other principal’s line that says “as the President said” (it is not the President’s)', () => {
    const a = statement('norland-2031', [
      'President of Norland Pavel Orlov: Ladies and gentlemen, we have just finished two days of long and detailed talks.',
      'We agreed to double the number of student exchanges within three years, and we will open two new consulates before the end of the decade.',
      'Our ministers will meet every spring to check that every agreement signed today is carried out on time.',
      'Prime Minister of Sorland Tomas Vale (as translated): I would like to say that the talks were frank and very useful for both sides.',
      'We have set up a joint commission on river shipping, and its first session will be held in the autumn.',
      'The volume of trade, as the President mentioned, is growing again after two difficult years for both of our economies.',
      'Our delegations also signed eleven documents on energy, on banking and on the protection of forests.',
    ]);
    const asked = whatSaidOf(a).filter((q) => q.prompt.includes('Pavel Orlov'));
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.choices.join(' ')).not.toMatch(/as the President mentioned/);
  });
});

describe('a wrong choice that makes the asked person’s claim (blind-57)', () => {
  it('measures a shared claim on content stems, sentence by sentence', () => {
    expect(sharesClaim('We have agreed that we shall settle all our disputes on grain and timber, and we settled them', 'Indeed, the President and I have settled all outstanding disputes in the grain and timber trade.')).toBe(true);
    expect(sharesClaim('Let me remind you of our anniversary this year. So there are no outstanding disputes as of today', 'We have settled all outstanding disputes in the timber trade.')).toBe(true);
    expect(sharesClaim('We discussed relations with the northern states and ways to develop them', 'Our trade relations keep growing every year.')).toBe(false);
    expect(sharesClaim('We agreed on border inspectors and a single electricity market', 'We have settled all outstanding disputes in the timber trade.')).toBe(false);
  });

  it('is no fair choice when the asked person said the same in the report', () => {
    const asked = { choice: 'We have agreed that we shall settle all our disputes on grain and timber, and we settled them', answer: 'We spent much time on the policy of our neighbours', asked: orlov, speaker: vale, body: null };
    expect(isFairChoice({ ...asked, askedWords: 'Indeed, the President and I have settled all outstanding disputes in the grain and timber trade.' })).toBe(false);
    expect(isFairChoice({ ...asked, askedWords: 'We spent much time on the policy of our neighbours.' })).toBe(true);
  });

  it('offers none of the other principal’s lines that restate the asked one’s words in the bank', () => {
    const a = statement('norland-2035', [
      'President of Norland Pavel Orlov: Ladies and gentlemen, we have just finished two days of long and detailed talks.',
      'Indeed, the Prime Minister and I have settled all outstanding disputes over grain and timber, so I will not speak about them now.',
      'We spent considerable time on the policy of our neighbours to the south and on the river ports.',
      'Prime Minister of Sorland Tomas Vale (as translated): I would like to say that the talks were frank and very useful for both sides.',
      'We have agreed to settle all our disputes over grain and timber before the summer, and that work is now done.',
      'Our delegations also signed eleven documents on energy, on banking and on the protection of forests.',
      'Our ministers will meet every spring to check that every agreement signed today is carried out on time.',
    ]);
    const asked = whatSaidOf(a).filter((q) => q.prompt.includes('Pavel Orlov'));
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.choices.join(' ')).not.toMatch(/settle all our disputes/);
  });
});

describe('names read in the words a choice shows', () => {
  it('asks a principal’s words whose state is named only in a sentence the choice leaves off', () => {
    // Two states of no one camp, so the wrong choices come from the stage alone (what-said-stage.ts). Orlov names Italy
    // once, in the second sentence of a line too long to show whole: the choice shows the first.
    const a = statement('norland-2032', [
      'President of Russia Pavel Orlov: Ladies and gentlemen, we have just finished two days of long and detailed talks.',
      'We agreed to double the number of student exchanges within three years and to open new consulates. Our universities have long wanted to welcome many more students from Italy and from every one of its regions, and they now will do so every single autumn term.',
      'Prime Minister of Italy Tomas Vale (as translated): I would like to say that the talks were frank and very useful for both sides.',
      'We have set up a joint commission on river shipping, and its first session will be held in the autumn.',
      'Our delegations also signed eleven documents on energy, on banking and on the protection of forests.',
    ]);
    const asked = whatSaidOf(a).filter((q) => q.prompt.includes('Pavel Orlov'));
    expect(asked.map((q) => q.answer)).toContain('We agreed to double the number of student exchanges within three years and to open new consulates');
  });
});

describe('choices of comparable length', () => {
  it('offers no line of the other principal twice the length of the answer as shown', () => {
    const long = 'We have set up a joint commission on river shipping, whose first session will be held in the autumn in the northern port, and whose members will report to both governments on tolls, on pilots, on the dredging of the channel and on the protection of the fisheries along the whole length of the river.';
    const a = statement('norland-2034', [
      'President of Norland Pavel Orlov: Ladies and gentlemen, we have just finished two days of long and detailed talks.',
      'We agreed to double the number of student exchanges within three years.',
      // Vale's short line tells something: "the talks were frank and useful" says nothing and is no choice (says-nothing.ts).
      'Prime Minister Tomas Vale (as translated): I would like to say that our border posts will stay open at night from May.',
      long,
      'Our delegations also signed eleven documents on energy and banking.',
      'Our ministers will meet every spring to review them.',
    ]);
    const asked = whatSaidOf(a).filter((q) => q.answer.startsWith('We agreed to double'));
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.choices.join(' ')).not.toContain('whose members will report');
  });
});

describe('the other principal’s words first', () => {
  // Real transcripts: invented text gives the candidate path no one of the same camp to borrow from.
  const { facts, articles } = folderLibrary(['tests/fixtures/question-review/articles-fresh37', 'tests/fixtures/question-review/articles-fresh38']);
  const bank = generateBank(facts, articles, { balance: false });

  it('asks Suga’s words at his White House press conference beside Biden’s there, never Merkel’s from another', () => {
    const report = articles.find((a) => a.id.includes('biden-suga'));
    const staged = bank.questions.filter((q) => q.kind === 'what-said' && q.sources[0]?.article === report?.id && q.prompt.startsWith('According to “Remarks by President Biden and Prime Minister Suga'));
    expect(staged.length).toBeGreaterThan(0);
    for (const q of staged) for (const c of q.choices) expect(report?.body).toContain(c.replace(/^\[(\p{L})\]/u, '$1').slice(0, 30));
  });
});
