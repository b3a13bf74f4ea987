import { describe, expect, it } from 'vitest';
import { one } from './helpers';

const spanText = (body: string, snippet: string) => {
  const q = one(body).article.quotes.find((x) => x.text.includes(snippet));
  return q?.speakerSpan === null ? null : q?.speakerSpan ? body.slice(q.speakerSpan.start, q.speakerSpan.end) : undefined;
};

describe('speakerSpan: the sentence that names the speaker, for citations', () => {
  it('is the attribution sentence when it names the speaker', () => {
    expect(spanText('The talks ended. “We are ready,” Ana Ruiz said.', 'ready')).toBe('“We are ready,” Ana Ruiz said.');
  });

  it('is the earlier sentence naming the person a pronoun or a continued paragraph points to', () => {
    const body = 'Foreign Minister Ana Ruiz arrived on Monday.\n\n“We are ready,” she said. “We have waited long enough.”';
    expect(spanText(body, 'ready')).toBe('Foreign Minister Ana Ruiz arrived on Monday.');
    expect(spanText(body, 'waited')).toBe('Foreign Minister Ana Ruiz arrived on Monday.');
  });

  it('is null when the speaker is', () => {
    expect(spanText('The talks ended. “We are ready.”', 'ready')).toBeNull();
  });
});
