import { describe, expect, it } from 'vitest';
import { one } from '../helpers';

const speakers = (body: string) => one(body).article.quotes.map((q) => ({ text: q.text.slice(0, 30), speaker: q.speaker }));
const intro = 'Transcript of remarks by Foreign Minister Ana Ruiz and Trade Secretary Tomas Lindgren following their meeting in London on 4 May.';

describe('pass speaker-label: remarks introduced as two people\'s, without labels', () => {
  it('are the one the words do not speak of: nobody welcomes themselves as "the foreign minister"', () => {
    const body = [intro, 'Let me welcome the foreign minister here to London. It is a pleasure to see her again.', 'We discussed trade, energy and the harbour project, and we agreed to meet again soon.'].join('\n\n');
    expect(speakers(body).map((q) => q.speaker)).toEqual(['Tomas Lindgren', 'Tomas Lindgren']);
  });

  it('are no one\'s when the words speak of neither', () => {
    const body = [intro, 'We discussed trade, energy and the harbour project, and we agreed to meet again soon.'].join('\n\n');
    expect(speakers(body).map((q) => q.speaker)).toEqual([null]);
  });

  it('a later paragraph that names its supposed speaker is not theirs', () => {
    const body = [intro, 'Let me welcome the foreign minister here to London. It is a pleasure to see her again.', 'Thank you, Tomas. I am glad we could meet before the summit.'].join('\n\n');
    expect(speakers(body).map((q) => q.speaker)).toEqual(['Tomas Lindgren', null]);
  });
});
