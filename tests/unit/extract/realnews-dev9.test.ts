import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describeCorpus } from './corpus-score';

/*
 * The ninth development corpus of real news (tests/fixtures/realnews-dev9, round 13): 18 openly licensed articles
 * and excerpts (2003-2024: Global Voices, VOA, GOV.UK, Wikinews, NATO, DoD News, State, two Kremlin transcripts)
 * gathered and annotated by two helpers who never saw the extractor, chosen for quotations set off without quotation
 * marks (posts, statements, transcript paragraphs: "marked": false in gold.json) and for meetings, one gold entry per
 * meeting the article reports. It is read while building from now on: the honest figures are the blind sets'.
 * Bars on never-seen news: quotes found with the right speaker >= 0.90, wrong speakers <= 2% of those given one.
 */
const dir = path.resolve(import.meta.dirname, '../../fixtures/realnews-dev9');
const articles = readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'sources.md' && f !== 'README.md').length;

describeCorpus({
  folder: 'realnews-dev9',
  title: 'Real-news development corpus, round 13',
  articles,
  // On arrival (54314a7): quotes 46/58, right speaker 34 of 46 found, 7 wrong ("the chairman" left unresolved); meetings 23/58.
  // Round 13: quotes 52/58, right speaker 48 of 52 found, 1 wrong (Gantz's words nested in Dempsey's quotation;
  // speakers16); meetings 25/58, spurious 24 -> 23 (meet16).
  // meet17: meetings 29/58, spurious 23 -> 21 (places in the meeting's own clause, a trip's next stop, a dateline with its country).
  // meet19: meetings 29/58 -> 32/58, spurious 21 -> 17 (a lead's visit town or seat, a photo line's meeting told again on the same day).
  // meet21: meetings 32/58 -> 38/58, spurious 16 -> 15 ("meet separately with" each group; "February 2016 elections").
  // attr21: quotes 52/58 -> 55/58, right speaker 51 of 55 (a quotation in Croatian or Tagalog with its English after it).
  // meetV (round 19): meetings 43/58 -> 44/58, spurious 15 -> 15 ("Carter will visit Manila and a number of areas").
  // meetX (round 20): meetings 44/58 -> 45/58, spurious 15 -> 14 (a meeting timed "in the coming weeks").
  floor: { quoteRecall: 0.94, speakerAccuracy: 0.92, wrongSpeakersMax: 1, meetingRecall: 0.77, figureRecall: 0.88 },
});
