import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describeCorpus } from './corpus-score';

/*
 * The eighteenth development corpus of real news (tests/fixtures/realnews-dev18, round 24, issue #16): 13 GOV.UK, DoD,
 * State, VOA and ukpol.co.uk texts of 1997–2026 whose quotations mostly carry no quotation marks ('X said:' blocks,
 * spokespersons' statements, readouts, radio sound bites, roundups), annotated by hand before the extractor ran on it.
 */
const dir = path.resolve(import.meta.dirname, '../../fixtures/realnews-dev18');
const articles = readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'sources.md' && f !== 'README.md').length;

describeCorpus({
  folder: 'realnews-dev18',
  title: 'Real-news development corpus, round 24',
  articles,
  floor: { quoteRecall: 0, speakerAccuracy: 0, wrongSpeakersMax: 99, meetingRecall: 0, figureRecall: 0 },
});
