/**
 * Round 15's full review, the quotation's own text as asked (gloss17): true glosses, referents, whole openings
 * and endings. Invented text throughout.
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import type { ArticleInput } from '@/lib/extract/types';
import { buildContext } from '@/lib/generate/context';
import { fragmentReason } from '@/lib/generate/fragments';
import { glossPronouns } from '@/lib/generate/glosses';
import { promptWithOfficeNamed } from '@/lib/generate/office-names';
import { displayQuote, withStandingOpening } from '@/lib/generate/quote-text';

const article = (id: string, outlet: string, paragraphs: string[]): ArticleInput => ({
  id, title: 'Briefing on the Varnia Summit', outlet, body: paragraphs.join('\n\n'), bodyStart: 0, date: '2013-09-06',
});

const briefing = article('varnia-briefing', 'The White House, Office of the Press Secretary', [
  'MR. LOWE: Good afternoon. Russian President Ivan Petrov hosted the Varnia Summit this week, and the President met Prime Minister Kenji Tanaka on its margins.',
  'MR. LOWE: In his intervention, he used exactly the same language as in the speech. So privately he said the same thing that he said publicly on the steps the government must take: freeing all political prisoners, freeing Marta Olsson, and ending the violence.',
  'MR. LOWE: “In other words, if you check the speech, which we can get to you, that is what he said at the table,” Lowe said.',
]);
const news = article('varnia-news', 'Varnia Daily', [
  'Martin Berg, the Interior Minister of Varnia, spoke to farmers in Telby on Monday.',
  '“I am certain that he will keep every promise he made to our people,” Anna Lind, a farmer, said.',
]);
const ctx = buildContext(extractLibrary([briefing, news]), [briefing, news], 'gloss17');
const quoteWith = (words: string) => ctx.quotes.find((q) => q.text.includes(words));

describe('round 15 (gloss17): a government’s release means its own head by a bare office', () => {
  it('glosses “the President” of a White House briefing with the US, never the Russian president it also names', () => {
    const prompt = promptWithOfficeNamed(ctx, 'varnia-briefing', 'Where did the meeting between the President and Prime Minister Tanaka take place?');
    expect(prompt).not.toContain('Petrov');
    expect(prompt).toContain('the [US] President');
  });
});

describe('round 15 (gloss17): a pronoun is glossed only with its grammatical antecedent', () => {
  it('does not gloss “he” with a woman named in the object of the sentence before', () => {
    const q = quoteWith('that is what he said');
    expect(q).toBeDefined();
    const shown = glossPronouns(ctx, q!, 'In other words, if you check the speech, which we can get to you, that is what he said at the table');
    expect(shown ?? '').not.toContain('Marta Olsson');
  });

  it('glosses “he” with the subject of the sentence before', () => {
    const q = quoteWith('keep every promise');
    expect(q).toBeDefined();
    expect(glossPronouns(ctx, q!, 'I am certain that he will keep every promise he made to our people')).toContain('he [Martin Berg]');
  });

  it('leaves a pronoun the quotation’s own “the President” takes up unglossed', () => {
    const q = quoteWith('that is what he said');
    expect(glossPronouns(ctx, q!, 'With the review nearing completion, the President made clear his view that we must move forward')).toBe(
      'With the review nearing completion, the President made clear his view that we must move forward',
    );
  });
});

describe('round 15 (gloss17): a quotation pointing back at what it does not name is not asked', () => {
  it.each([
    ['Stepping across that line was a great honor', '“'],
    ['The allegations are becoming more and more credible', '“'],
    ['the factories in which its missiles were made have been destroyed', 'said that “'],
    ['And we intend to stay at it until its done.', '“'],
    ['It is the cornerstone of security in the region, now and in the future, even as it has been in the past', '“'],
    ['I don’t believe so, but we will check that again with the hosts tomorrow', '“'],
  ])('“%s”', (text, before) => {
    expect(fragmentReason(text, before)).toBe('referent');
  });

  it.each([
    'It is a great honour to be here with you all today',
    'The alliance and its members will defend every inch of our territory',
  ])('still asks “%s”', (text) => {
    expect(fragmentReason(text, '“')).toBeNull();
  });
});

describe('round 15 (gloss17): a quotation opens and ends on a whole sentence', () => {
  it('starts after a cut opening or a sentence pointing back, when the rest stands alone', () => {
    expect(withStandingOpening('— (Via interpreter) where we discussed our ties. We touched on loans for new aircraft and on the price of oil this year.')).toBe(
      'We touched on loans for new aircraft and on the price of oil this year.',
    );
    // A courtesy stays: what follows one is a briefing's running order, kept out whole by the gates.
    const thanks = 'Thanks for joining the call. We will do the call on the record and take questions after.';
    expect(withStandingOpening(thanks)).toBe(thanks);
    expect(withStandingOpening('I did so in a friendly way. I reaffirmed my belief that freedom brings true security to every land.')).toBe(
      'I reaffirmed my belief that freedom brings true security to every land.',
    );
    expect(withStandingOpening('...TRADEX is an important part of our engagement with the region')).toBe('TRADEX is an important part of our engagement with the region');
  });

  it('keeps the opening when what follows points back in turn', () => {
    const text = 'They represent our hopes. These pupils will prove to the world that nothing will stop us.';
    expect(withStandingOpening(text)).toBe(text);
  });

  it('shows a first sentence a little past the limit whole, not cut with “…”', () => {
    const sentence = `${Array.from({ length: 64 }, (_, i) => `word${i}`).join(' ')} across the force.`;
    expect(displayQuote(sentence, 60)).toBe(sentence.replace(/\.$/, ''));
    // "… led by Dr. Anne Smith": an abbreviation's full stop ends no sentence.
    const titled = `${Array.from({ length: 62 }, (_, i) => `word${i}`).join(' ')} led by Dr. Anne Smith and her team of nine.`;
    expect(displayQuote(titled, 60)).not.toMatch(/Dr$/);
  });
});
