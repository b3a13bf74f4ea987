/** Command-line flags of `npm run bench`. Pure: argv in, options out (errors are thrown with the usage). */

export const PARTS = ['extract', 'generate', 'http', 'js', 'lighthouse'] as const;
export type Part = (typeof PARTS)[number];
export const DATABASES = ['pg', 'pglite'] as const;
export type Database = (typeof DATABASES)[number];
export const SCENARIOS = ['library', 'article', 'answer', 'review'] as const;
export type ScenarioName = (typeof SCENARIOS)[number];
/** The pages Lighthouse measures (bench/lighthouse.ts), by the names its table prints. */
export const LIGHTHOUSE_PAGES = ['home', 'quiz', 'flashcards', 'progress', 'library', 'article', 'class'] as const;
export type LighthousePage = (typeof LIGHTHOUSE_PAGES)[number];

export interface BenchOptions {
  parts: Part[];
  databases: Database[];
  scenarios: ScenarioName[];
  /** Scenarios named with --scenarios: their references run even when the app's route is missing. */
  scenariosExplicit: boolean;
  connections: number[];
  runs: number;
  durationSeconds: number;
  warmupSeconds: number;
  /** Rebuild even when `.next` already holds a build with the reference route. */
  build: boolean;
  /** Write a CPU profile of the app server (`--cpu-prof`) and summarise where its time went. */
  profile: boolean;
  /** Start the app server with `--trace-gc`: every collection and its pause, in its log (bench-results/<time>/logs). */
  traceGc: boolean;
  /** The pages Lighthouse measures (default all): one page's runs take a minute, not seven. */
  lighthousePages: LighthousePage[];
}

export const USAGE = `npm run bench -- [flags]
  --quick                 1 run of 5 s per target and cell, 2 s warm-up (default: 3 runs of 10 s, 3 s warm-up)
  --only=http|extract|generate|js|lighthouse   one part (comma-separated for several); default all
                          (js: first-load JavaScript per route, also printed with http; lighthouse: bench/lighthouse.ts)
  --db=pg|pglite          one database for the HTTP part (default both)
  --connections=50,200    concurrent connections per cell
  --runs=N --duration=S --warmup=S   (--runs also counts Lighthouse runs per page)
  --pages=article,library  the pages Lighthouse measures (home, quiz, flashcards, progress, library,
                          article, class; default all)
  --scenarios=library,article,answer,review   (default all; named ones run their references even
                          when this build lacks the app route)
  --build                 rebuild the app first (otherwise only when .next is missing or stale)
  --profile               CPU-profile the app server during the run (bench-results/<time>-profiles/)
  --trace-gc              log the app server's garbage collections and their pauses (bench-results/<time>/logs/app-*.log)`;

function listOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T[] {
  const items = value.split(',').map((s) => s.trim()).filter(Boolean);
  for (const item of items) if (!allowed.includes(item as T)) throw new Error(`${flag}: "${item}" is not one of ${allowed.join(', ')}\n\n${USAGE}`);
  if (items.length === 0) throw new Error(`${flag} needs a value\n\n${USAGE}`);
  return [...new Set(items as T[])];
}

function positive(flag: string, value: string, { integer }: { integer: boolean }): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n))) throw new Error(`${flag}: "${value}" is not a positive ${integer ? 'whole ' : ''}number\n\n${USAGE}`);
  return n;
}

/**
 * Reads the flags after `npm run bench --`. Later flags win over `--quick`'s defaults.
 *
 * @example
 * parseBenchArgs(['--quick', '--db=pg']).databases // ['pg']
 */
export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = {
    parts: [...PARTS],
    databases: [...DATABASES],
    scenarios: [...SCENARIOS],
    scenariosExplicit: false,
    connections: [50, 200],
    runs: 3,
    durationSeconds: 10,
    warmupSeconds: 3,
    build: false,
    profile: false,
    traceGc: false,
    lighthousePages: [...LIGHTHOUSE_PAGES],
  };
  if (argv.includes('--quick')) Object.assign(options, { runs: 1, durationSeconds: 5, warmupSeconds: 2 });
  for (const arg of argv) {
    const [flag = '', value = ''] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, ''];
    switch (flag) {
      case '--quick':
        break;
      case '--only':
        options.parts = listOf(flag, value, PARTS);
        break;
      case '--db':
        options.databases = listOf(flag, value, DATABASES);
        break;
      case '--scenarios':
        options.scenarios = listOf(flag, value, SCENARIOS);
        options.scenariosExplicit = true;
        break;
      case '--connections':
        options.connections = value.split(',').map((c) => positive(flag, c, { integer: true }));
        break;
      case '--runs':
        options.runs = positive(flag, value, { integer: true });
        break;
      case '--duration':
        options.durationSeconds = positive(flag, value, { integer: false });
        break;
      case '--warmup':
        options.warmupSeconds = value === '0' ? 0 : positive(flag, value, { integer: false });
        break;
      case '--build':
        options.build = true;
        break;
      case '--profile':
        options.profile = true;
        break;
      case '--trace-gc':
        options.traceGc = true;
        break;
      case '--pages':
        options.lighthousePages = listOf(flag, value, LIGHTHOUSE_PAGES);
        break;
      default:
        throw new Error(`unknown flag ${arg}\n\n${USAGE}`);
    }
  }
  return options;
}
