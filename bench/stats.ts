/**
 * The arithmetic of the bench: medians of runs and ratios between targets. Pure, so it is unit-tested
 * (tests/unit/bench/stats.test.ts) apart from the noisy measuring.
 */

/** One load run against one target: what autocannon saw, reduced to what the table shows. */
export interface RunSample {
  /** Successful (2xx) responses per second over the run. */
  rps: number;
  p50Ms: number;
  p99Ms: number;
  ok: number;
  /** Responses that were not 2xx (a redirect to sign-in counts here: it is not a page view). */
  non2xx: number;
  /** Connection errors and timeouts. */
  errors: number;
  /** CPU time the server used per response (NaN when unknown): steadier than req/s on a busy machine. */
  cpuMsPerRequest: number;
  /** CPU time the database server used per response (PostgreSQL on this machine only; NaN otherwise). */
  dbCpuMsPerRequest: number;
  /** CPU the load generator itself used, as a share of one core. */
  generatorCpuShare: number;
  /** Wall-clock milliseconds when the run started and ended (to cut a CPU profile to the app's runs). */
  startedAtMs: number;
  endedAtMs: number;
  /** When the server had also served the requests still open at the end. */
  drainedAtMs: number;
}

/** Several runs of one target, summarised by their medians. */
export interface TargetSummary {
  runs: number;
  rps: number;
  p50Ms: number;
  p99Ms: number;
  /** Lowest and highest requests per second of the runs: the spread the median hides. */
  rpsMin: number;
  rpsMax: number;
  non2xx: number;
  errors: number;
  cpuMsPerRequest: number;
  dbCpuMsPerRequest: number;
}

/**
 * The median; the mean of the two middle values for an even count; NaN for no values.
 *
 * @example
 * median([3, 1, 2]) // 2
 * median([4, 1, 2, 3]) // 2.5
 */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Medians of each figure over the runs, with the spread of the rate and every failed response counted. */
export function summarize(samples: readonly RunSample[]): TargetSummary {
  const rates = samples.map((s) => s.rps);
  return {
    runs: samples.length,
    rps: median(rates),
    p50Ms: median(samples.map((s) => s.p50Ms)),
    p99Ms: median(samples.map((s) => s.p99Ms)),
    rpsMin: rates.length ? Math.min(...rates) : Number.NaN,
    rpsMax: rates.length ? Math.max(...rates) : Number.NaN,
    non2xx: samples.reduce((n, s) => n + s.non2xx, 0),
    errors: samples.reduce((n, s) => n + s.errors, 0),
    cpuMsPerRequest: median(samples.map((s) => s.cpuMsPerRequest).filter((v) => Number.isFinite(v))),
    dbCpuMsPerRequest: median(samples.map((s) => s.dbCpuMsPerRequest).filter((v) => Number.isFinite(v))),
  };
}

/**
 * `part / whole`, or NaN when either is missing or the whole is zero, so a ratio to a target that did not run
 * shows as a blank rather than as Infinity.
 *
 * @example
 * ratio(90, 1800) // 0.05
 */
export function ratio(part: number | undefined, whole: number | undefined): number {
  if (part === undefined || whole === undefined || !Number.isFinite(part) || !Number.isFinite(whole) || whole === 0) return Number.NaN;
  return part / whole;
}

/**
 * The order of the targets in round `round`: rotated each round, so that no target always runs first
 * (on a warming or cooling machine) and each is measured between the others.
 *
 * @example
 * rotation(['app', 'next', 'floor'], 1) // ['next', 'floor', 'app']
 */
export function rotation<T>(items: readonly T[], round: number): T[] {
  if (items.length === 0) return [];
  const shift = ((round % items.length) + items.length) % items.length;
  return [...items.slice(shift), ...items.slice(0, shift)];
}
