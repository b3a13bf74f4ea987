import { describe, expect, it } from 'vitest';
import { decided } from './decided';

describe('pass speech-before: a speech verb before the quotation in its sentence', () => {
  it('reads X said: “…” and X told reporters that “…”', () => {
    expect(decided('Ana Ruiz said: “We are ready to talk.”', 'ready')).toMatchObject({ speaker: 'Ana Ruiz', pass: 'speech-before' });
    expect(decided('Ana Ruiz told reporters that “nothing is agreed”.', 'nothing')).toMatchObject({ speaker: 'Ana Ruiz', pass: 'speech-before' });
  });

  it('reads "spoken of" as a verb of saying (number10-homepage-latest-news-2009-03)', () => {
    const body = 'Gordon Brown has spoken of his admiration for “the secret army of mums who truly keep communities strong” and also of his pride in his own mother as families throughout the country remember Mother’s Day.';
    expect(decided(body, 'secret army')).toMatchObject({ speaker: 'Gordon Brown', pass: 'speech-before' });
  });
});
