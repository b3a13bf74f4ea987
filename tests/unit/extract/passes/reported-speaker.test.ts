import { describe, expect, it } from 'vitest';
import { decided } from './decided';

describe('pass reported-speaker: a quotation after its speaker was reported in the paragraph', () => {
  it('gives the quotation to the last speaker of the paragraph', () => {
    const body = 'Defense Minister Rustem Umerov attended for the first time, Lloyd Austin said. “I want to thank him for being here.”';
    expect(decided(body, 'thank him')).toMatchObject({ speaker: 'Lloyd Austin', pass: 'reported-speaker' });
  });

  it('not when someone else is named after the speaker', () => {
    const body = 'The talks went well, Lloyd Austin said, as Rustem Umerov looked on. “We will meet again.”';
    expect(decided(body, 'meet again')?.speaker).toBeNull();
  });
});
