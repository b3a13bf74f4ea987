import { describe, expect, it } from 'vitest';
import { one } from './helpers';

/*
 * Round 9 of #16: the speakers realnews-dev5 gave on arrival as written instead of the person they stand
 * for ("III", "The Defence Secretary", 9 wrong of 49 found): GOV.UK's "X said:" paragraphs (sentences
 * invented here in that style).
 */
const said = (body: string, title?: string) => one(body, title).article.quotes.map((q) => [q.text, q.speaker]);

describe('a name suffix or a title acronym before "said" is no organisation', () => {
  it('gives the words after "Defense Secretary Tom Hale III said:" to Tom Hale, not to "III"', () => {
    const body = [
      'Defence Secretary Ana Ruiz has concluded a visit to Washington, where she met Defense Secretary Tom Hale III.',
      'Speaking during their meeting at the Pentagon, Defense Secretary Tom Hale III said:',
      'We have no closer partner than the United Kingdom, and we will keep working together.',
    ].join('\n\n');
    expect(said(body)).toEqual([['We have no closer partner than the United Kingdom, and we will keep working together.', 'Tom Hale']]);
  });

  it('reads "the PM said:" as the prime minister the article names', () => {
    const body = [
      'Prime Minister Ana Ruiz has held her first meeting with President Tom Hale at the summit in Canada.',
      'Speaking alongside President Hale after the meeting, the PM said:',
      'It has been a great pleasure to meet the president, and we agreed to work together.',
    ].join('\n\n');
    expect(said(body)).toEqual([['It has been a great pleasure to meet the president, and we agreed to work together.', 'Ana Ruiz']]);
  });

  it('keeps "5 pm" a time, not a title', () => {
    const body = 'The talks ended at 5 pm on Monday. “We made progress on every point we raised,” Ana Ruiz said.';
    expect(said(body)).toEqual([['We made progress on every point we raised', 'Ana Ruiz']]);
  });
});

describe('a role noun the headline gives with a name', () => {
  it('reads "The Defence Secretary said:" as the person the headline titles so, though others are named before', () => {
    const title = 'Defence Secretary Ana Ruiz visits Washington';
    const body = [
      'Ms Ruiz began her trip with a meeting at the embassy with the Ambassador Sir Tom Hale.',
      'She then met Secretary Lee Park at the Pentagon.',
      'The Defence Secretary said:',
      'It is always special to travel to Washington and have the chance to discuss defence with our closest ally.',
    ].join('\n\n');
    // The body names her only as "Ms Ruiz": her full name is the headline's.
    expect(said(body, title)).toEqual([['It is always special to travel to Washington and have the chance to discuss defence with our closest ally.', 'Ana Ruiz']]);
  });

  it('leaves the role as written when the headline gives its title to nobody', () => {
    const title = 'Ana Ruiz and Lee Park meet in Washington';
    const body = [
      'Ana Ruiz met Lee Park at the Pentagon on Monday.',
      'The Defence Secretary said:',
      'It is always special to travel to Washington and have the chance to discuss defence with our closest ally.',
    ].join('\n\n');
    const speakers = said(body, title).map(([, s]) => s);
    expect(speakers).toHaveLength(1);
    expect(speakers).not.toContain('Ana Ruiz');
    expect(speakers).not.toContain('Lee Park');
  });
});
