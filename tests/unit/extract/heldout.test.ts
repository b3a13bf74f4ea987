import { describe, expect, it } from 'vitest';
import { ratio, scoreCorpus } from './corpus-score';

/*
 * Ten news articles written for this test by someone who never saw the extractor's code or output
 * (tests/fixtures/heldout), and never used for tuning it. Floors sit just below today's figures so a
 * regression fails; the targets are quote recall and right speakers >= 0.95, wrong speakers = 0.
 */
const FLOOR = { quoteRecall: 0.98, speakerAccuracy: 0.7, wrongSpeakersMax: 2, meetingRecall: 0.55, figureRecall: 0.85 };

describe('extraction on ten held-out articles', () => {
  const { files, total, table } = scoreCorpus('heldout', 'Held-out articles');
  console.log(table);

  it('reads every article', () => expect(files).toBe(10));

  it('finds the quotations and their speakers (regression floors)', () => {
    expect(ratio(total.found, total.quotes)).toBeGreaterThanOrEqual(FLOOR.quoteRecall);
    expect(ratio(total.rightSpeaker, total.found)).toBeGreaterThanOrEqual(FLOOR.speakerAccuracy);
    expect(total.wrongSpeaker).toBeLessThanOrEqual(FLOOR.wrongSpeakersMax);
  });

  it('finds the meetings and figures (regression floors)', () => {
    expect(ratio(total.meetingsFound, total.meetings)).toBeGreaterThanOrEqual(FLOOR.meetingRecall);
    expect(ratio(total.figuresFound, total.figures)).toBeGreaterThanOrEqual(FLOOR.figureRecall);
  });
});
