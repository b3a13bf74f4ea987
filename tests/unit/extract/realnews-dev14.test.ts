import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describeCorpus } from './corpus-score';

/*
 * The fourteenth development corpus of real news (tests/fixtures/realnews-dev14, round 19): 12 VOA, White House,
 * NATO, GOV.UK, Kremlin, Global Voices and State texts of 2004–2020 (wire stories, readouts of meetings and calls, a
 * trip story with one meeting per counterpart, transcripts, a blog post), gathered and annotated by a helper who never
 * saw the code. Measured on arrival before anyone read it; the honest figures stay the blind sets'.
 */
const dir = path.resolve(import.meta.dirname, '../../fixtures/realnews-dev14');
const articles = readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'sources.md' && f !== 'README.md').length;

describeCorpus({
  folder: 'realnews-dev14',
  title: 'Real-news development corpus, round 19',
  articles,
  // On arrival (2d712ab): quotes 19/19 found, right speaker 17 of 19, none wrong; meetings 14/49 (spurious 24);
  // figures 5/7. Most meetings missed are a NATO trip story's and release's one meeting per counterpart, read as
  // undated, placeless "talks" per sentence. Round 19 (meetW): 26/49 (spurious 12), those talks placed in the
  // trip's town (the lead's visit carried to the next paragraph, a "where" clause's town, a run-in subheading's "In Madrid,").
  // Round 20 (meetX): 31/49 (spurious 4): a host's welcome to a venue, a city's named building, visits "in the coming weeks",
  // a meeting told twice, a "Dialogue Group" read as the body it is.
  // Round 23 (meetings): meetings 34/49 (spurious 5).
  // Round 24 (meetfig): meetings 34/49 (spurious 5), figures 6/7.
  floor: { quoteRecall: 1, speakerAccuracy: 0.89, wrongSpeakersMax: 0, meetingRecall: 0.69, figureRecall: 0.85 },
});
