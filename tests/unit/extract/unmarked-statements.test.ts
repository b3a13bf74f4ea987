import { describe, expect, it } from 'vitest';
import { one } from './helpers';

/*
 * Round 21 of #16: quotations set off without marks. A spokesperson's statement or readout is told in the third
 * person, so its paragraphs after the first two were lost when the turn lasted only while it said "I" or "we".
 * Every article here is invented.
 */
const said = (body: string, title?: string) => one(body, title).article.quotes.map((q) => [q.text, q.speaker]);

describe("a spokesperson's statement without marks", () => {
  it('gives every paragraph after "A spokesman said:" to the spokesman when the body ends with the statement', () => {
    const body = [
      'Prime Minister Ana Ruiz met Chancellor Tomas Berg in Lund.',
      'A Lund Palace spokesman said:',
      'The Prime Minister met Chancellor Berg this morning at Lund Palace.',
      'The leaders discussed the grain corridor and the coming summit in Oslo.',
      'The Prime Minister also updated the Chancellor on the talks with the fishing fleets.',
    ].join('\n\n');
    const quotes = said(body);
    expect(quotes.map((q) => (q[0] ?? '').slice(0, 30))).toEqual([
      'The Prime Minister met Chancel', 'The leaders discussed the grai', 'The Prime Minister also update',
    ]);
    expect(quotes.every((q) => /spokesman/.test(q[1] ?? ''))).toBe(true);
  });

  it('gives the paragraphs after "provided the following statement:" to the press secretary', () => {
    const body = [
      'Press Secretary Maria Lind provided the following statement:',
      'Minister Tomas Berg will travel to Oslo and Bergen this week for talks with regional partners.',
      'In Oslo, Minister Berg will meet his counterpart to discuss the grain corridor and coastal patrols.',
      'The trip comes as the government deepens its cooperation with northern neighbours.',
    ].join('\n\n');
    const quotes = said(body);
    expect(quotes).toHaveLength(3);
    expect(quotes.every((q) => q[1] === 'Maria Lind')).toBe(true);
  });

  it('stops at the reporter: a paragraph that reports speech leaves the rest unquoted', () => {
    const body = [
      'A Lund Palace spokesman said:',
      'The Prime Minister met Chancellor Berg this morning at Lund Palace.',
      'The leaders discussed the grain corridor and the coming summit in Oslo.',
      'Opposition leader Karl Holm said the talks had achieved nothing.',
    ].join('\n\n');
    expect(said(body).map((q) => (q[0] ?? '').slice(0, 30))).toEqual(['The Prime Minister met Chancel']);
  });
});

describe("an interview labelled with the outlet's short name", () => {
  const body = [
    'OSLO — Nordic Service Correspondent Lena Dahl interviewed former Foreign Minister Karl Holm on Monday in Oslo.',
    'NRB: “Thank you for talking to us. What is it like to be back in Oslo after ten years?”',
    'HOLM: “It is a wonderful thing, I have to say. I have followed events here all this time and I am glad to be back.”',
  ].join('\n\n');

  it('gives the outlet\'s turns to the interviewer the story names, never to the outlet', () => {
    const quotes = said(body, "Transcript of NRB Nordic Service's Interview with Karl Holm");
    expect(quotes[0]?.[1]).toMatch(/Lena Dahl$/);
    expect(quotes[1]?.[1]).toBe('Karl Holm');
  });

  it('gives them to a reporter when the story names no interviewer', () => {
    const quotes = said(body.replace('Nordic Service Correspondent Lena Dahl interviewed', 'The Nordic Service spoke to'), "Transcript of NRB Nordic Service's Interview with Karl Holm");
    expect(quotes[0]?.[1]).toBe('a reporter');
  });
});

describe('a joint press point copied without speaker labels', () => {
  const heading = 'Joint press point with Nordic Council Secretary General Ana Ruiz and Danish Prime Minister, Tomas Berg';
  const opening = 'Prime Minister, I am very glad to be in Copenhagen. We have had excellent talks on the grain corridor.';
  const more = 'Denmark has been a committed member for over 50 years. We thank you for all you do for our shared security.';
  // The page's title words it otherwise, as nato.int does; the heading repeated in the body is where the names are read.
  const title = 'Joint press point with the Secretary General of the Nordic Council and the Prime Minister of Denmark';

  it('gives the remarks to the one the opening address does not name', () => {
    const quotes = said([heading, opening, more].join('\n\n'), title);
    expect(quotes.map((q) => q[1])).toEqual(['Ana Ruiz', 'Ana Ruiz']);
  });

  it('gives no speaker when the opening addresses nobody by title', () => {
    const quotes = said([heading, opening.replace('Prime Minister, ', ''), more].join('\n\n'), title);
    expect(quotes.every((q) => q[1] === null)).toBe(true);
  });

  it('gives no speaker when a later paragraph thanks the speaker: the reply is the other\'s', () => {
    const reply = 'Thank you, Secretary General. I am glad we agree on the corridor and on the coming summit.';
    const quotes = said([heading, opening, reply].join('\n\n'), title);
    expect(quotes.every((q) => q[1] === null)).toBe(true);
  });
});

describe('a statement named only as the medium', () => {
  it('keeps the needs of the first person after "said in a statement:": the story goes on after it', () => {
    const body = [
      'Fighting resumed near the border on Monday.',
      'The Lund defence ministry said in a statement:',
      'We condemn the attack and we will answer it.',
      'The border has been closed to traffic since March, and trade has fallen by half.',
    ].join('\n\n');
    expect(said(body).map((q) => (q[0] ?? '').slice(0, 20))).toEqual(['We condemn the attac']);
  });
});
