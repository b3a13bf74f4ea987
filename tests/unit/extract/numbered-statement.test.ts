import { describe, expect, it } from 'vitest';
import { one } from './helpers';

/*
 * Round 19 of #16: the points a body sets out, numbered, after a lead-in that announces its demands ("… held a press
 * conference to make public their demands:"), are its words without marks. Every article here is invented.
 */
const said = (body: string, title?: string) => one(body, title).article.quotes.map((q) => [q.text, q.speaker]);

describe('numbered points after a lead-in announcing demands', () => {
  it('gives each numbered point to the subject of the lead-in, without its number', () => {
    const body = [
      'The dock strike entered its third week on Monday.',
      'On Monday evening, the Harbour Workers Alliance, which called the strike, held a rally to announce its demands [pt]:',
      '1. The port authority should reopen the talks on wages, and the minister should meet the workers.',
      '2. The new shift rota is unlawful and must be withdrawn before any ship is unloaded.',
      'The port authority did not answer requests for comment.',
    ].join('\n\n');
    const quotes = said(body);
    expect(quotes.map((q) => q[0])).toEqual([
      'The port authority should reopen the talks on wages, and the minister should meet the workers.',
      'The new shift rota is unlawful and must be withdrawn before any ship is unloaded.',
    ]);
    expect(quotes.every((q) => /Harbour Workers Alliance/.test(q[1] ?? ''))).toBe(true);
  });

  it('reads no quotation from a numbered list of anything else', () => {
    const body = [
      'The dock strike entered its third week on Monday.',
      'The Harbour Workers Alliance gave three reasons for the strike:',
      '1. The port authority cut wages twice in a year.',
      '2. The new shift rota leaves no day of rest.',
      'The port authority did not answer requests for comment.',
    ].join('\n\n');
    expect(said(body)).toEqual([]);
  });
});
