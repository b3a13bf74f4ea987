import { describe, expect, it } from 'vitest';
import { ratio, scoreCorpus } from './corpus-score';

/*
 * Generalisation check: twelve hand-written wire stories in domains and house styles the extractor was
 * not built on (tests/fixtures/unseen/), scored against a hand-annotated gold file. Unlike heldout/
 * and blind/, this corpus was used to find pattern classes while improving the extractor.
 * The assertions are regression floors set just below today's figures; the targets are quote recall
 * and right speakers >= 0.95 with no wrong speaker. Raise the floors whenever the extractor improves.
 */
const FLOOR = { quoteRecall: 0.99, speakerAccuracy: 0.99, wrongSpeakersMax: 0, meetingRecall: 0.9, figureRecall: 0.93 };

describe('extraction on twelve unseen articles in other domains and house styles', () => {
  const { files, total, table } = scoreCorpus('unseen', 'Unseen articles');
  console.log(table);

  it('reads every article', () => expect(files).toBe(12));

  it('finds the gold quotations (regression floor)', () => {
    expect(ratio(total.found, total.quotes)).toBeGreaterThanOrEqual(FLOOR.quoteRecall);
  });

  it('attributes found quotations to the right speaker (regression floor)', () => {
    expect(ratio(total.rightSpeaker, total.found)).toBeGreaterThanOrEqual(FLOOR.speakerAccuracy);
    expect(total.wrongSpeaker).toBeLessThanOrEqual(FLOOR.wrongSpeakersMax);
  });

  it('finds the gold meetings by place and the gold figures by value (regression floors)', () => {
    expect(ratio(total.meetingsFound, total.meetings)).toBeGreaterThanOrEqual(FLOOR.meetingRecall);
    expect(ratio(total.figuresFound, total.figures)).toBeGreaterThanOrEqual(FLOOR.figureRecall);
  });
});
