import { describe, expect, it } from 'vitest';
import { one } from './helpers';

/*
 * Round 22 of #16: the wrong speakers of realnews-dev17 (Kremlin, GOV.UK, DoD and AFPS texts). Every article here is
 * invented in those styles.
 */
const said = (body: string, title?: string) => one(body, title).article.quotes.map((q) => [q.text, q.speaker]);

describe('a transcript label with a long post before the name', () => {
  it('reads "General Secretary of … Republic of Valdoria Tomas Rivero (retranslated):" as a label, not the host\'s words', () => {
    const body = [
      'President of Ostrava Pavel Marek: Mr General Secretary, it is a pleasure to welcome you to our country.',
      'We are satisfied with the state of our relations and our trade keeps growing.',
      'General Secretary of the Workers Party of the Democratic Republic of Valdoria Tomas Rivero (retranslated): I would like to thank you.',
      'I am glad to have the opportunity to visit your country and to meet with you in person, Mr President.',
    ].join('\n\n');
    expect(said(body).slice(2)).toEqual([
      ['I would like to thank you.', 'Tomas Rivero'],
      ['I am glad to have the opportunity to visit your country and to meet with you in person, Mr President.', 'Tomas Rivero'],
    ]);
  });

  it('still reads no label from a long title-case heading with a colon and no note in brackets', () => {
    const body = [
      'Ministers of the Northern Council Meet in Valdoria Capital to Discuss the Trade Plan Agreed Last Year: What We Know',
      'The ministers met on Monday. “We are glad to be here,” Tomas Rivero said.',
    ].join('\n\n');
    expect(said(body)).toEqual([['We are glad to be here', 'Tomas Rivero']]);
  });
});

describe('a spokesperson for someone hands over a statement', () => {
  it('gives "A spokesperson for the Prime Minister said:" and its quoted paragraphs to the spokesperson, not the Prime Minister', () => {
    const body = [
      'Ana Ruiz, the Prime Minister, has met with Tomas Rivero, the President of Valdoria, in Geneva.',
      'A spokesperson for the Prime Minister said:',
      '“The Prime Minister met with President Rivero in Geneva today. The two leaders discussed trade and energy.',
      'The Prime Minister and the President agreed to meet again in the spring”.',
    ].join('\n\n');
    const speakers = said(body).map(([, speaker]) => speaker);
    expect(speakers.length).toBeGreaterThan(0);
    expect(new Set(speakers)).toEqual(new Set(['A spokesperson for the Prime Minister']));
  });

  it('keeps the body a spokesperson speaks for, however long its name, as the speaker', () => {
    const body = [
      'Rivers in the north fell to their lowest level in fifty years, hydrologists said on Monday.',
      'A spokesperson for the Northern Federal Office for Civil Protection said the country was “fully prepared” for a dry summer.',
    ].join('\n\n');
    expect(said(body)).toEqual([['fully prepared', 'A spokesperson for the Northern Federal Office for Civil Protection']]);
  });

  it('gives a quotation after "an aide to Tomas Rivero said:" to the aide', () => {
    const body = [
      'Tomas Rivero arrived in Geneva on Monday for the trade talks.',
      'An aide to Tomas Rivero said: “The talks will last two days and we expect an agreement on energy.”',
    ].join('\n\n');
    expect(said(body).map(([, speaker]) => speaker)).toEqual(['An aide to Tomas Rivero']);
  });
});

describe('a pronoun after a titled name the story leaves open', () => {
  it('gives "he said" after "Trade Minister Park", with two Parks in the story, to nobody rather than the man quoted before', () => {
    const body = [
      'Defense Secretary Mark Olsen hosted talks with Park Ji-ho, minister of trade, and Park Min-su, minister of defense.',
      '“We agreed to hold joint exercises next year,” Olsen said.',
      'Trade Minister Park said through an interpreter that the talks were needed. “It is important that we meet every year,” he said.',
    ].join('\n\n');
    expect(said(body)).toEqual([
      ['We agreed to hold joint exercises next year', 'Mark Olsen'],
      ['It is important that we meet every year', null],
    ]);
  });
});

describe('a transcript label with the caption glued into it', () => {
  it('gives the turn under "Prime Minister of Ostrava Pavel Marek Marek PavelPrime Minister of Ostrava (retranslated):" to Pavel Marek', () => {
    const body = [
      'Following the talks, Tomas Rivero and Pavel Marek made statements for the press.',
      'President of Valdoria Tomas Rivero: Mr Prime Minister, we had very substantive talks today and agreed on new steps.',
      'Prime Minister of Ostrava Pavel Marek Marek PavelPrime Minister of Ostrava (retranslated): Good afternoon, ladies and gentlemen.',
      'I would like to thank the President for the warm welcome and for our talks on energy and trade.',
    ].join('\n\n');
    expect(said(body).slice(1)).toEqual([
      ['Good afternoon, ladies and gentlemen.', 'Pavel Marek'],
      ['I would like to thank the President for the warm welcome and for our talks on energy and trade.', 'Pavel Marek'],
    ]);
  });

  it('cites that label as the sentence naming the speaker, not the line that names both leaders', () => {
    const label = 'Prime Minister of Ostrava Pavel Marek Marek PavelPrime Minister of Ostrava (retranslated):';
    const body = [
      'Following the talks, Tomas Rivero and Pavel Marek made statements for the press.',
      'President of Valdoria Tomas Rivero: Mr Prime Minister, we had very substantive talks today and agreed on new steps.',
      `${label} Good afternoon, ladies and gentlemen.`,
    ].join('\n\n');
    const q = one(body).article.quotes.find((x) => x.text.startsWith('Good afternoon'));
    const span = q?.speakerSpan;
    expect(span ? body.slice(span.start, span.end) : null).toContain(label);
  });
});
