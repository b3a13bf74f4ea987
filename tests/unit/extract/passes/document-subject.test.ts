import { describe, expect, it } from 'vitest';
import { decided } from './decided';

describe('pass document-subject: a statement or communique as the subject of a verb of saying', () => {
  it('reads the document after the closing mark, either order, as written', () => {
    expect(decided('“We are ready to talk about the budget now,” the statement read.', 'ready')).toMatchObject({ speaker: 'the statement', pass: 'document-subject', method: 'statement' });
    expect(decided('“We are ready to talk about the budget now,” said the final communique.', 'ready')).toMatchObject({ speaker: 'the final communique', pass: 'document-subject' });
    expect(decided('“We are ready to talk about the budget now,” the statement said, adding that talks would resume.', 'ready')?.speaker).toBe('the statement');
  });

  it('reads it before a colon when it opens the sentence', () => {
    expect(decided('The joint statement read: “We are ready to talk about the budget now.”', 'ready')).toMatchObject({ speaker: 'The joint statement', pass: 'document-subject' });
  });

  it('gives a statement the text brought in before to whoever issued it, or nobody', () => {
    const issued = 'In a statement, Finance Minister Ana Ruiz said talks had stalled.\n\n“We are ready to talk about the budget now,” the statement said.';
    expect(decided(issued, 'ready')).toMatchObject({ speaker: 'Ana Ruiz', pass: 'document-subject' });
    const unsaid = 'The ministry issued a statement on Monday. It was short.\n\n“We are ready to talk about the budget now,” the statement read.';
    expect(decided(unsaid, 'ready')?.speaker).toBeNull();
  });

  it('leaves a sign or a person\'s words about a report alone', () => {
    expect(decided('The sign outside the ministry reads: “We are ready to talk about the budget now.”', 'ready')?.pass).not.toBe('document-subject');
    expect(decided('“We are ready,” Ana Ruiz said of the report.', 'ready')).toMatchObject({ speaker: 'Ana Ruiz', pass: 'after-close' });
  });
});
