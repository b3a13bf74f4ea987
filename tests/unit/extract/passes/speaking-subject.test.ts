import { describe, expect, it } from 'vitest';
import { decided } from './decided';

/** nasa-this-week-artemis-glenn-2019-06-14, as the transcript was wrapped: one line per paragraph. */
const NASA = [
  'or our spacecraft … a few of the stories to tell you about – This Week at NASA! Administrator Bridenstine spoke about our',
  'Artemis program during a June 10 town hall at our Glenn Research Center in Cleveland,',
  'Ohio. Artemis missions will land the first American woman and the next American man on the Moon by 2024, by using innovative new technologies and systems – some of which are being developed at Glenn. “Glenn is going to be very instrumental in helping us achieve these goals for a sustainable lunar return and an eventual mission to Mars.”',
].join('\n');

describe('pass speaking-subject: a quotation after the sentence whose subject talks, past one sentence of paraphrase', () => {
  it('follows a sentence cut by wrapped lines back to its subject', () => {
    expect(decided(NASA, 'very instrumental')).toMatchObject({ speaker: 'Bridenstine', pass: 'speaking-subject' });
  });

  it('reads the plain case in one paragraph', () => {
    const body = 'Ana Ruiz spoke about the budget at the town hall. The plan would cut waiting lists by a third. “We have the money and we have the people.”';
    expect(decided(body, 'the money')).toMatchObject({ speaker: 'Ana Ruiz', pass: 'speaking-subject' });
  });

  it('stays empty when someone else is named between; does not reach past two sentences of paraphrase', () => {
    const other = 'Ana Ruiz spoke about the budget at the town hall. Tom Hale, the mayor, was in the front row. “We have the money and we have the people.”';
    expect(decided(other, 'the money')?.speaker).toBeNull();
    const far = 'Ana Ruiz spoke about the budget at the town hall. The plan would cut waiting lists by a third. It would cost more. “We have the money and we have the people.”';
    // (reported-speaker, a later pass, may still read the paragraph as hers.)
    expect(decided(far, 'the money')?.pass).not.toBe('speaking-subject');
  });

  it('does not give an answer to whoever asked the question', () => {
    const body = 'Ana Ruiz asked the committee about the budget. The plan would cut waiting lists by a third. “We have the money and we have the people.”';
    expect(decided(body, 'the money')?.speaker).toBeNull();
  });
});
