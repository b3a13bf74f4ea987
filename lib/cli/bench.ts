/**
 * `npm run bench`: speed figures for the pure core, printed as a table. Not a test: machines are noisy,
 * so each figure is a median of several runs and the ratio to its target is what to compare.
 */
import { benchExtract } from './bench-extract';
import { LIBRARIES, benchGenerate } from './bench-generate';

const extraction = benchExtract();
const generation = benchGenerate(LIBRARIES.project);
const mixed = benchGenerate(LIBRARIES.mixed);

const rows = [
  {
    what: `extract ${extraction.articles} articles (median)`,
    seconds: extraction.seconds.toFixed(3),
    rate: `${Math.round(extraction.articlesPerSecond)} articles/s`,
    target: '< 2 s',
    ratio: (extraction.seconds / 2).toFixed(2),
    peakRssMiB: Math.round(extraction.peakRssMiB),
  },
  {
    what: `generate bank for ${generation.articles} articles (median)`,
    seconds: generation.seconds.toFixed(3),
    rate: `${generation.questions} questions`,
    target: '< 5 s',
    ratio: (generation.seconds / 5).toFixed(2),
    peakRssMiB: Math.round(process.memoryUsage().rss / 2 ** 20),
  },
  {
    what: `generate bank for ${mixed.articles} mixed news articles (median)`,
    seconds: mixed.seconds.toFixed(3),
    rate: `${mixed.questions} questions`,
    target: '< 5 s',
    ratio: (mixed.seconds / 5).toFixed(2),
    peakRssMiB: Math.round(process.memoryUsage().rss / 2 ** 20),
  },
];

console.table(rows);
