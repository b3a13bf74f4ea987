import { describeCorpus } from './corpus-score';

/*
 * The honest measure on real news: 25 openly licensed articles from newsrooms (Voice of America,
 * Wikinews, kremlin.ru transcripts, Global Voices, GOV.UK, US government releases), published in even
 * years, gathered and annotated by a helper that never saw the extractor, its tuning corpora or the
 * development set (which holds odd years only). Never used for tuning: the test prints totals only.
 * Reading its misses retires it to tuning data; a new blind set must then be made first.
 */
describeCorpus({
  folder: 'realnews-blind',
  title: 'Blind real news',
  articles: 25,
  showMisses: false,
  floor: { quoteRecall: 0, speakerAccuracy: 0, wrongSpeakersMax: 99, meetingRecall: 0, figureRecall: 0 },
});
