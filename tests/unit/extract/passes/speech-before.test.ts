import { describe, expect, it } from 'vitest';
import { decided } from './decided';

describe('pass speech-before: a speech verb before the quotation in its sentence', () => {
  it('reads X said: “…” and X told reporters that “…”', () => {
    expect(decided('Ana Ruiz said: “We are ready to talk.”', 'ready')).toMatchObject({ speaker: 'Ana Ruiz', pass: 'speech-before' });
    expect(decided('Ana Ruiz told reporters that “nothing is agreed”.', 'nothing')).toMatchObject({ speaker: 'Ana Ruiz', pass: 'speech-before' });
  });
});
