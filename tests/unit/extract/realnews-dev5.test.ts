import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describeCorpus } from './corpus-score';

/*
 * The fifth development corpus of real news (tests/fixtures/realnews-dev5, round 9): 16 openly licensed
 * excerpts (2001-2023, 12 reported stories and 4 transcripts) gathered and annotated by a helper who never saw
 * the extractor, to check that rules built on realnews-dev to -dev4 carry to news nobody tuned on.
 * On arrival (947dabf, before anyone tuned on it) it scored quotes 49/52 found, 40 right, 9 wrong (GOV.UK's
 * "Lloyd Austin III said:" read as the organisation "III", "The Defence Secretary said:" kept as written),
 * meetings 17/50, figures 15/18. Round 9 raised the floors to what it reached.
 * It is read while building from now on: the honest figure is the maintainers' blind real-news set.
 * Bars on never-seen news: quotes found with the right speaker >= 0.90, wrong speakers <= 2% of those given one.
 */
const dir = path.resolve(import.meta.dirname, '../../fixtures/realnews-dev5');
const articles = readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'sources.md' && f !== 'README.md').length;

describeCorpus({
  folder: 'realnews-dev5',
  title: 'Real-news development corpus, round 9',
  articles,
  // Round 15 (meet19): meetings 35/50, spurious 11 -> 10 ("the first bilateral meeting … held in London" names back the one told before).
  // Round 19 (meetV): meetings 37/50 -> 38/50, spurious 7 -> 7 ("met with his counterpart, Defense Secretary Austin, Chairman of the
  // Joint Chiefs of Staff and General Milley": one meeting with each).
  // Round 24 (meetfig): meetings 38/50 (spurious 6), figures 16/18.
  floor: { quoteRecall: 1, speakerAccuracy: 1, wrongSpeakersMax: 0, meetingRecall: 0.76, figureRecall: 0.88 },
});
