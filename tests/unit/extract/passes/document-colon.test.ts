import { describe, expect, it } from 'vitest';
import { decided } from './decided';

describe('pass document-colon: a quotation read out of a communique or declaration', () => {
  it('lets the document speak, as written (conversation-grattan-aukus-deal-niceties-2021)', () => {
    const body = 'As recently as the end of August, Dutton and Foreign Minister Marise Payne held the “Inaugural Australia-France 2+2 Ministerial Consultations” with their French counterparts. In the “bilateral cooperation” section of the communique came the sentence: “Ministers underlined the importance of the Future Submarine program”.';
    expect(decided(body, 'Ministers underlined')).toMatchObject({ speaker: 'the communique', pass: 'document-colon', method: 'statement' });
  });

  it('keeps the document\'s modifiers', () => {
    expect(decided('The final joint declaration ended with a pledge: “We will meet again next year to review progress.”', 'meet again')?.speaker).toBe('The final joint declaration');
  });

  it('leaves the quotation to the other passes, or empty, when a person is in the clause', () => {
    expect(decided('Dutton read from the communique: “Ministers underlined the importance of the Future Submarine program”.', 'Ministers')?.speaker).toBeNull();
  });

  it('needs the colon: a document only mentioned is not quoted', () => {
    expect(decided('The communique was long, and “Ministers underlined the importance of the program” was its only line on submarines.', 'Ministers')?.pass).not.toBe('document-colon');
  });
});
