/**
 * Round 16 (coverQF): each real article's headline figures asked where a gate read them wrong.
 * Invented text throughout.
 */
import { describe, expect, it } from 'vitest';
import { clipTrailingClause } from '@/lib/generate/figure-clauses';
import { standsAlone } from '@/lib/generate/figure-stems';
import { formatWritten, parseWritten } from '@/lib/generate/numbers';

describe('round 16 (coverQF): a sum whose scale word is joined by a hyphen', () => {
  it('reads “$20-billion” as twenty billion dollars and writes options in its style', () => {
    const parsed = parseWritten('$20-billion');
    expect(parsed?.value).toBe(20e9);
    expect(parsed && formatWritten(30, parsed)).toBe('$30-billion');
    expect(parseWritten('2-1')).toBeNull();
  });
});

describe('round 16 (coverQF): a late “he” after a sentence that names its subject', () => {
  it('shows a sentence opening on a name and its verb', () => {
    expect(standsAlone('Minister Varga noted that he had approved sending _____ soldiers to northern Telmia for a year, and he would not say what, if anything, he discussed with his Arnian colleague.')).toBe(true);
  });
  it('still turns away a pronoun subject after an opening phrase', () => {
    expect(standsAlone('In a joint press conference with Telmian President Ana Ruiz this afternoon, he confirmed _____ of investment into Varnian industry.')).toBe(false);
    expect(standsAlone('After talks in Telby, he announced _____ soldiers for the Varnian border.')).toBe(false);
  });
});

describe('round 16 (coverQF): a long figure sentence cut before a trailer after its figure', () => {
  const long = 'The sale is part of a broader $14-billion arms package for Varnia and its neighbours announced by Foreign Minister Ana Ruiz and Defence Minister Piet Berg last March on a tour of the region, aimed at reassuring allies worried about the growing influence of Telmia along the border.';
  it('keeps the clause that holds the figure, its thing and who announced it', () => {
    expect(clipTrailingClause(long, '$14-billion', 40)).toBe('The sale is part of a broader $14-billion arms package for Varnia and its neighbours announced by Foreign Minister Ana Ruiz and Defence Minister Piet Berg last March on a tour of the region…');
  });
  it('does not cut before the figure, nor leave too little', () => {
    expect(clipTrailingClause('Aimed at reassuring allies, which worried them, the ministers announced a broader $14-billion arms package for Varnia and its neighbours last March on a long tour of the region with many stops.', '$14-billion', 20)).toBeNull();
    expect(clipTrailingClause('They sent $14-billion, which was a lot of money for the small and worried country of Varnia in that hard year.', '$14-billion', 10)).toBeNull();
  });
});
