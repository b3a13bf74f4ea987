import { describe, expect, it } from 'vitest';
import { isWholeQuotation } from '@/lib/generate/fragments';

/*
 * A quotation the reporter's sentence goes on with after the closing mark is cut mid-phrase: “… everybody just wanted
 * to do something” special for the troops, Mrs. Myers noted (blind-56 and blind-57 sent it back as a fragment).
 * Invented text.
 */
function quoteIn(body: string, text: string) {
  const start = body.indexOf(text);
  return { text, start, end: start + text.length, sentence: { start: 0, end: body.length }, isFragment: false };
}

describe('a quotation that runs on after its closing mark', () => {
  it('is not whole when the reporter’s words go on with the quoted clause', () => {
    const body = '“I think the main thing is that the whole town wanted to do something” kind for the sailors, Mrs. Harlow noted.';
    expect(isWholeQuotation(quoteIn(body, 'I think the main thing is that the whole town wanted to do something'), body)).toBe(false);
  });

  it('is whole when an attribution or a new clause follows, or the words end on their own stop', () => {
    const said = '“We will rebuild the bridge before the winter comes” said the mayor of Vell.';
    expect(isWholeQuotation(quoteIn(said, 'We will rebuild the bridge before the winter comes'), said)).toBe(true);
    const and = 'He told the crowd “We will rebuild the bridge before the winter comes” and left the square.';
    expect(isWholeQuotation(quoteIn(and, 'We will rebuild the bridge before the winter comes'), and)).toBe(true);
    const snapped = '“We will rebuild the bridge before the winter comes” snapped the mayor of Vell.';
    expect(isWholeQuotation(quoteIn(snapped, 'We will rebuild the bridge before the winter comes'), snapped)).toBe(true);
    const stop = '“We will rebuild the bridge before the winter comes.” officials in Vell repeated all week.';
    expect(isWholeQuotation(quoteIn(stop, 'We will rebuild the bridge before the winter comes.'), stop)).toBe(true);
  });
});
