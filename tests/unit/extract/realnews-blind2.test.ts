import { describeCorpus } from './corpus-score';

/*
 * The second honest measure on real news (round 12): 22 openly licensed articles (VOA, GOV.UK, Global Voices,
 * Wikinews, NATO, defense.gov, the Kremlin, State, the White House; 2003-2021), gathered and annotated by two helpers
 * who never saw the extractor or its tuning corpora. Never used for tuning: the test prints totals only.
 * Reading its misses retires it to tuning data; a new blind set must then be made first.
 */
describeCorpus({
  folder: 'realnews-blind2',
  title: 'Blind real news, second set',
  articles: 22,
  showMisses: false,
  floor: { quoteRecall: 0, speakerAccuracy: 0, wrongSpeakersMax: 99, meetingRecall: 0, figureRecall: 0 },
});
