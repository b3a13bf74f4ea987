import { describe, expect, it } from 'vitest';
import { sortByPosition, type SalienceEvent } from '@/lib/extract/attribution/types';
import { readsAsOtherLatinLanguage } from '@/lib/extract/post-language';

// Round 20's speed cuts (speedX) keep what they replaced: these pin the edge cases of the faster forms.
const event = (pos: number, paragraph: number) => ({ pos, paragraph }) as SalienceEvent;

describe('sortByPosition', () => {
  it('leaves a list in order as it is', () => {
    const events = [event(1, 0), event(4, 1), event(4, 2), event(9, 3)];
    const before = [...events];
    sortByPosition(events);
    expect(events).toEqual(before);
  });

  it('orders a list out of order as a stable sort does: equal positions keep their order', () => {
    const events = [event(9, 0), event(4, 1), event(1, 2), event(4, 3)];
    sortByPosition(events);
    expect(events.map((e) => [e.pos, e.paragraph])).toEqual([[1, 2], [4, 1], [4, 3], [9, 0]]);
  });
});

describe('readsAsOtherLatinLanguage with words of every shape', () => {
  it('reads accented, apostrophised and hyphenated words as the split at non-letters did', () => {
    expect(readsAsOtherLatinLanguage('Ang bagal-bagal ng internet ngayong mga araw, sobrang nakakainis talaga ng serbisyo nila.')).toBe(true);
    expect(readsAsOtherLatinLanguage("Nous n'avons fait qu'accomplir notre travail, et les lecteurs méritent de savoir la vérité.")).toBe(true);
  });

  it('leaves out links, handles and words with digits, and still tells English', () => {
    expect(readsAsOtherLatinLanguage('The minister said on Monday that the talks with @envoy99 at example.org would resume in 2025.')).toBe(false);
    expect(readsAsOtherLatinLanguage('Deal :) 100%')).toBe(false);
  });
});
