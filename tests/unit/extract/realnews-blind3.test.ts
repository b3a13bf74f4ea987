import { describeCorpus } from './corpus-score';

/*
 * The third honest measure on real news (round 20): 20 openly licensed articles (VOA, State, GOV.UK, DoD, the White
 * House, the Kremlin, Wikinews, Global Voices, NATO; 2005–2023; wire stories, transcripts, readouts, trip stories,
 * roundups, a "said:" block without quotation marks), gathered and annotated by a helper who never saw the code.
 * Never used for tuning: the test prints totals only. Reading its misses retires it to tuning data; a new blind set
 * must then be made first.
 */
describeCorpus({
  folder: 'realnews-blind3',
  title: 'Blind real news, third set',
  articles: 20,
  showMisses: false,
  floor: { quoteRecall: 0, speakerAccuracy: 0, wrongSpeakersMax: 99, meetingRecall: 0, figureRecall: 0 },
});
