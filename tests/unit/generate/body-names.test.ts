/**
 * bodyNamesIn finds a body's names from their nouns instead of scanning every capital of a text: it must give
 * what the whole-text scan gives, on invented text with names that run on, break at punctuation, or sit in words.
 */
import { describe, expect, it } from 'vitest';
import { bodyNamesIn } from '@/lib/generate/body-names';

const BODY_NAME = /(?:\p{Lu}[\p{L}]*(?:-\p{Lu}[\p{L}]*)*\s+){1,3}(?:Council|Commission|Committee|Summit|Forum|Dialogue|Assembly)\b/gu;
const wholeScan = (text: string) => [...text.matchAll(BODY_NAME)].map((m) => m[0]);

describe('bodyNamesIn', () => {
  it.each([
    'Ministers of the Baltic-Nordic Council met the Nordic Baltic Council in Riga.',
    'The Lake Harbour Fisheries Council Summit opened; the Coastal Forum2 did not, nor the Coastal Forumx.',
    'Delegates of the Öresund  Water\nCommission and the General Assembly, then the assembly of the Valley Dialogue.',
    'Committee. Summit! River-Basin Committee “Upland Forum” Committees of the Grand Harbour Assembly',
    'the Council, the Upper Council and Lower Commission and the 𝐀lpine Forum',
  ])('matches the whole-text scan on %j', (text) => {
    expect(bodyNamesIn(text)).toEqual(wholeScan(text));
  });

  it('finds a hyphenated name and its reordered twin', () => {
    expect(bodyNamesIn('at the Lakeland-Hill Council, or the Hill Lakeland Council.')).toEqual(['Lakeland-Hill Council', 'Hill Lakeland Council']);
  });
});
