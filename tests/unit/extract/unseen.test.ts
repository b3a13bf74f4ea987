import { describeCorpus } from './corpus-score';

/*
 * Generalisation check: twelve hand-written wire stories in domains and house styles the extractor was
 * not built on (tests/fixtures/unseen/), scored against a hand-annotated gold file. Unlike blind/, this
 * corpus was used to find pattern classes while improving the extractor. Targets: quote recall and
 * right speakers >= 0.95 with no wrong speaker.
 */
describeCorpus({
  folder: 'unseen',
  title: 'Twelve unseen articles in other domains and house styles',
  articles: 12,
  floor: { quoteRecall: 0.99, speakerAccuracy: 0.99, wrongSpeakersMax: 0, meetingRecall: 0.97, figureRecall: 0.99 },
});
