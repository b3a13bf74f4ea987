import { describe, expect, it } from 'vitest';
import { decided } from './decided';

describe('pass named-body: a body named with its article speaks', () => {
  it('gives the quotation to the body, subject or verb first, an abbreviation in brackets left out', () => {
    // tests/fixtures/blind/science-greenland-lakes.txt and sa-platinum-strike.txt (the synthetic regression corpus).
    expect(decided('“Networks like this fill a critical gap in our understanding of how ice sheets behave,” the National Science Foundation said in a statement.', 'Networks'))
      .toMatchObject({ speaker: 'the National Science Foundation', pass: 'named-body' });
    expect(decided('"Investigators were dispatched to the scene on Wednesday afternoon," the Independent Police Investigative Directorate (Ipid) said in a statement.', 'Investigators'))
      .toMatchObject({ speaker: 'the Independent Police Investigative Directorate', pass: 'named-body' });
    expect(decided('“Rates will stay where they are,” said the Federal Reserve.', 'Rates')).toMatchObject({ speaker: 'the Federal Reserve', pass: 'named-body' });
  });

  it('reads the body before the quotation, not the statement it issued', () => {
    expect(decided('The Federal Reserve said in a statement: “We will not raise rates this year.”', 'raise'))
      .toMatchObject({ speaker: 'The Federal Reserve', pass: 'named-body' });
    expect(decided('The Federal Reserve said Ana Ruiz told it: “We will not raise rates this year.”', 'raise')).toMatchObject({ speaker: 'Ana Ruiz' });
  });

  it('leaves titles and peoples to the passes that know them', () => {
    expect(decided('“We will not pay,” the New Zealander said.', 'pay')?.pass).not.toBe('named-body');
    expect(decided('“We will not pay,” the Prime Minister said.', 'pay')?.pass).not.toBe('named-body');
    expect(decided('“We will not pay,” the Federal Reserve said he had heard.', 'pay')?.speaker).toBeNull();
  });
});
