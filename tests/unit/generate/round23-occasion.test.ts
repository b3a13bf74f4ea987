/**
 * Round 23: who-said and what-said stems name the occasion. The blind judges' most common fix on real news was "the
 * stem names no source or occasion" (blind-54: Blinken's "Nato's door is open", Stoltenberg's stock phrase too;
 * Biden's lines in Seoul; Harris's in Singapore beside lines from other press conferences). Every stem from a dated
 * report now names it and when (its day; its month where a when-question of the report asks that day), by the outlet
 * and the time where the headline names one of the choices.
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { generateBank } from '@/lib/generate';
import { buildContext } from '@/lib/generate/context';
import { reportWhen } from '@/lib/generate/frames';
import { whoSaidPrompt } from '@/lib/generate/quotes';
import { whatSaidPrompt } from '@/lib/generate/what-said-stage';
import type { ArticleInput } from '@/lib/extract/types';
import type { Question } from '@/lib/generate/types';
import { folderLibrary } from './banks';

const lib = folderLibrary(['content/articles', 'tests/fixtures/question-review/articles-fresh40']);
const bank = generateBank(lib.facts, lib.articles).questions;
const ctx = buildContext(lib.facts, lib.articles, 'cited');
const articleOf = (q: Question) => q.sources[0]?.article ?? '';
const whoSaid = bank.filter((q) => q.kind === 'who-said');
const whatSaid = bank.filter((q) => q.kind === 'what-said');
/** The stem's words before the question proper: where it names the report. */
const frameOf = (q: Question) => q.prompt.split(/, (?:who said: “|which of these did )/)[0] ?? '';
/** Whether the frame names a choice, by its last name ("President Yoon", "Joe Biden"). */
const namesChoice = (frame: string, choice: string) => new RegExp(String.raw`\b${choice.replace(/\s*\(.*\)$/, '').split(' ').pop()}\b`).test(frame);

describe('who-said and what-said stems name the report and its day', () => {
  it('names the report and when in every who-said and what-said stem of a dated report (the month where a when-question asks its day)', () => {
    const dated = [...whoSaid, ...whatSaid].filter((q) => reportWhen(ctx, articleOf(q)));
    expect(dated.length).toBeGreaterThan(10);
    const when = (q: Question) => `(?:${reportWhen(ctx, articleOf(q))}|${reportWhen(ctx, articleOf(q), true)})`;
    for (const q of dated) expect(q.prompt, q.prompt).toMatch(new RegExp(String.raw`^According to .*\(.*${when(q)}\), (?:who said: “|which of these did )`));
  });

  it('asks Blinken’s “Nato’s door is open” by AFP’s headline and when (blind-54)', () => {
    const q = whoSaid.find((x) => /Nato’s door is open/.test(x.prompt));
    expect(q?.answer).toBe('Antony Blinken');
    expect(q?.prompt).toMatch(/^According to “US rejects Russia demand on Ukraine but talks see new life” \(AFP, original, January 2022\), who said: “From our perspective/);
  });

  it('names the Seoul remarks by the White House and the month (a when-question asks the day), or, beside the other president’s lines, by the headline naming both', () => {
    // Two presidents on stage give a who-said too few defensible choices (option-floor.ts): Biden's words are asked by
    // which of his lines he said, beside Yoon's.
    const seoul = bank.filter((q) => articleOf(q).startsWith('04-whitehouse-biden-yoon') && (q.kind === 'who-said' || q.kind === 'what-said'));
    expect(seoul.length).toBeGreaterThan(0);
    for (const q of seoul.filter((x) => x.kind === 'who-said')) expect(q.prompt).toMatch(/^According to the White House \(May 2022\), who said: “/);
    for (const q of seoul.filter((x) => x.kind === 'what-said')) expect(q.prompt).toMatch(/^According to “Remarks by President Biden and President Yoon Suk Yeol of the Republic of Korea…” \(The White House, May 2022\), which of these did Joe Biden/);
  });

  it('never names the key in a who-said stem unless another offered choice is named there too', () => {
    for (const q of whoSaid) {
      const frame = frameOf(q);
      if (!namesChoice(frame, q.answer)) continue;
      expect(q.choices.filter((c) => c !== q.answer).some((c) => namesChoice(frame, c)), q.prompt).toBe(true);
    }
  });

  it('names Harris’s Singapore remarks by the outlet and the month (a when-question asks the day), and Lee’s, beside Harris’s lines, by the headline naming both', () => {
    const harris = whatSaid.find((q) => /did Vice President Kamala Harris say\?$/.test(q.prompt));
    expect(harris?.prompt).toBe('According to the White House (August 2021), which of these did Vice President Kamala Harris say?');
    // Lee's lines are asked only while his stage offers enough of Harris's beside them (the choice floor may drop it).
    const lee = whatSaid.find((q) => /did Prime Minister Lee say\?$/.test(q.prompt));
    if (lee) expect(lee.prompt).toMatch(/^According to “Remarks by Vice President Harris and Prime Minister Lee of Singapore…” \(The White House, August 2021\), which of these/);
  });

  it('names an undated report by its headline alone (blind-59: with no report, Putin was as defensible as Lavrov)', () => {
    const undated = whoSaid.filter((q) => articleOf(q).startsWith('002_'));
    expect(reportWhen(ctx, '002_0eb57f8c297c4d9e')).toBeNull();
    expect(undated.length).toBeGreaterThan(0);
    for (const q of undated) expect(q.prompt).toMatch(/^According to “US offers no concessions in response to Russia on Ukraine” \(The Federal\), who said: “/);
  });
});

describe('a what-said whose wrong choices are another speaker’s words in the same report', () => {
  const article: ArticleInput = {
    id: 'marsh-2009',
    title: 'Rebels hold out in the marsh town of Vell',
    bodyStart: 0,
    date: '2009-04-02',
    body: [
      'Government troops entered the marsh town of Vell on Thursday after a week of shelling.',
      '"We have enough boats to hold the river for a month," said Captain Olek Varnis of the river militia.',
      '"The town will be under our control by Sunday," said General Tamas Brodi, the army chief of staff.',
    ].join('\n\n'),
  };
  const facts = extractLibrary([article]);
  const c = buildContext(facts, [article], 'cited');
  const varnis = facts.people.find((p) => p.name.endsWith('Varnis'))!;
  const quote = c.quotes.find((q) => q.speakerId === varnis.id)!;

  it('keeps the side a report gives a person the name alone places nowhere (“of the river militia”)', () => {
    expect(whatSaidPrompt(c, quote, varnis, 'Captain Olek Varnis', { staged: false, sameEvent: true })).toBe(
      'According to “Rebels hold out in the marsh town of Vell” (April 2, 2009), which of these did Captain Olek Varnis of the river militia say?',
    );
    expect(whatSaidPrompt(c, quote, varnis, 'Captain Olek Varnis', { staged: false, sameEvent: false })).toBe(
      'According to “Rebels hold out in the marsh town of Vell” (April 2, 2009), which of these did Captain Olek Varnis of the river militia say?',
    );
  });
});

describe('whoSaidPrompt on a report of one’s own', () => {
  const opening = 'PORT VELL, Oct. 2, 2030 – Admiral Corin Vasse, who commands the fleets of the western coast, spoke to reporters with Minister Aldo Renn.';
  const talks = 'PORT VELL, Oct. 2, 2030 – Admiral Corin Vasse, who commands the fleets of the western coast, held talks with Minister Aldo Renn in Port Vell on Wednesday.';
  const report = (over: Partial<ArticleInput>, first = opening): ArticleInput => ({
    id: 'dockside-2030',
    title: 'Harbour Ministers Meet Over Tamsian Navy',
    bodyStart: 0,
    body: [first, '“The harbour board will be setting a dangerous precedent,” Vasse said.'].join('\n\n'),
    outlet: 'Harbour Gazette',
    ...over,
  });
  const promptOf = (a: ArticleInput) => {
    const facts = extractLibrary([a]);
    const c = buildContext(facts, [a], 'cited');
    const q = c.quotes.find((x) => x.text.includes('dangerous precedent'))!;
    const others = [...c.people.byId.values()].filter((p) => p.id !== q.speakerId);
    return whoSaidPrompt(c, q, c.people.byId.get(q.speakerId!)!, 'The harbour board will be setting a dangerous precedent', others);
  };

  it('names a dated report by its headline and day', () => {
    expect(promptOf(report({ date: '2030-10-02' }))).toBe('According to “Harbour Ministers Meet Over Tamsian Navy” (Harbour Gazette, October 2, 2030), who said: “The harbour board will be setting a dangerous precedent”?');
  });

  it('names it by its outlet and day when the headline names the speaker', () => {
    expect(promptOf(report({ date: '2030-10-02', title: 'Admiral Vasse Warns Harbour Board' }))).toBe('According to Harbour Gazette (October 2, 2030), who said: “The harbour board will be setting a dangerous precedent”?');
    // A store's note after the outlet (a byline, a desk, where the copy came from) is no part of its name.
    expect(promptOf(report({ date: '2030-10-02', title: 'Admiral Vasse Warns Harbour Board', outlet: 'Harbour Gazette, by Ana Ruiz; copy on example.org' }))).toBe('According to Harbour Gazette (October 2, 2030), who said: “The harbour board will be setting a dangerous precedent”?');
    expect(promptOf(report({ date: '2030-10-02', title: 'Admiral Vasse Warns Harbour Board', outlet: 'The Port Office, press desk' }))).toBe('According to the Port Office (October 2, 2030), who said: “The harbour board will be setting a dangerous precedent”?');
  });

  it('gives the month when the report dates a meeting on its own day, which a when-question asks', () => {
    expect(promptOf(report({ date: '2030-10-02' }, talks))).toBe('According to “Harbour Ministers Meet Over Tamsian Navy” (Harbour Gazette, October 2030), who said: “The harbour board will be setting a dangerous precedent”?');
  });

  it('names an undated report by its headline alone, unless the headline names a choice', () => {
    expect(promptOf(report({ date: null }))).toBe('According to “Harbour Ministers Meet Over Tamsian Navy” (Harbour Gazette), who said: “The harbour board will be setting a dangerous precedent”?');
    expect(promptOf(report({ date: null, title: 'Admiral Vasse Warns Harbour Board' }))).toBe('Who said: “The harbour board will be setting a dangerous precedent”?');
  });
});
