import { describe, expect, it } from 'vitest';
import { normalizeWords, stableId, stableIdOfWords } from '@/lib/extract/ids';

const viaWords = (text: string) => stableId('quote', 'a-1', normalizeWords(text).join(' '));

describe('stableIdOfWords', () => {
  it('gives the id of the normalised words, without building them', () => {
    for (const text of [
      '“We are ready to talk,” she said.',
      "Rock 'n' roll isn’t dead — it's   RESTING…",
      '  leading and trailing\u00a0spaces  ',
      "'tis the season'",
      'Zoë Quenneville’s café reopened.',
      'Ｆｕｌｌｗｉｄｔｈ and \u212Aelvin and İstanbul',
      '42 of 1,000 (4.2%) voted',
      '',
      '’’ -- ’',
    ]) expect(stableIdOfWords('quote', 'a-1', text), text).toBe(viaWords(text));
  });

  it('agrees on random strings of the characters that matter', () => {
    const alphabet = ['a', 'Z', '7', ' ', "'", '’', '“', '—', '.', '\u00a0', 'é', '\u212A', '-', 'Q', 'x'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let n = 0; n < 2000; n++) {
      let text = '';
      for (let k = next() % 24; k > 0; k--) text += alphabet[next() % alphabet.length];
      expect(stableIdOfWords('quote', 'a-1', text), JSON.stringify(text)).toBe(viaWords(text));
    }
  });
});
