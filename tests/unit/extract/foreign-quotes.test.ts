import { describe, expect, it } from 'vitest';
import { one } from './helpers';

/*
 * Round 19 of #16: a quotation in another language written in Latin script (Tagalog, Croatian, Spanish), then the
 * article's English of it. Every article here is invented.
 */
const said = (body: string, title?: string) => one(body, title).article.quotes.map((q) => [q.text, q.speaker]);

describe('a post in another language in Latin script and its translation', () => {
  it('gives the translation after a signed post in Spanish to the post\'s writer', () => {
    const body = [
      'Below are some of the posts of residents angry at the closures:',
      'Tres horas en el tráfico y todavía no llego a la oficina. Gracias por nada, alcaldía. #CumbreFail',
      '— Marisol Quintana (@marisolq) November 19, 2015',
      'Three hours in traffic and I still have not reached the office. Thanks for nothing, city hall. #CumbreFail',
    ].join('\n\n');
    expect(said(body)).toEqual([
      ['Tres horas en el tráfico y todavía no llego a la oficina. Gracias por nada, alcaldía. #CumbreFail', 'Marisol Quintana'],
      ['Three hours in traffic and I still have not reached the office. Thanks for nothing, city hall. #CumbreFail', 'Marisol Quintana'],
    ]);
  });

  it('reads a quotation in another language and its English after a paragraph where a named person speaks', () => {
    const body = [
      'The editor Vesna Kralj was summoned by the regulator after the broadcast of the interview.',
      'Speaking later to a local radio station, Kralj said her newspaper had published the letter because readers had a right to know.',
      'Samo smo radili svoj posao. Čitatelji imaju pravo znati što se događa u gradskoj vijećnici, i nećemo šutjeti.',
      'We only did our job. The readers have the right to know what is happening in the city hall, and we will not be silent.',
      'The regulator has not said when it will rule.',
    ].join('\n\n');
    expect(said(body)).toEqual([
      ['Samo smo radili svoj posao. Čitatelji imaju pravo znati što se događa u gradskoj vijećnici, i nećemo šutjeti.', 'Vesna Kralj'],
      ['We only did our job. The readers have the right to know what is happening in the city hall, and we will not be silent.', 'Vesna Kralj'],
    ]);
  });

  it('reads no quotation from an English paragraph after one where someone speaks', () => {
    const body = [
      'Speaking later to a local radio station, Kralj said her newspaper had published the letter because readers had a right to know.',
      'The newspaper was founded in 1992 and has been fined twice by the regulator since then, both times for its reports on the city hall.',
      'The readers of the paper have been told that it will go on publishing whatever the regulator decides about it.',
    ].join('\n\n');
    expect(said(body)).toEqual([]);
  });
});
