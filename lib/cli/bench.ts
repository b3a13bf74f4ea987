/**
 * `npm run bench`: the speed table. Extraction and generation of a 1,000-article library, then the app
 * through HTTP beside its two references, server memory, and first-load JavaScript per route. Not a test:
 * machines are noisy, so each figure is a median of several runs, ratios are measured side by side in one
 * run, and the load average is printed with them. `npm run bench -- --help` lists the flags.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildHasRoute, buildStaleness, runBuild } from '@/bench/build';
import { timeToFirstResponse } from '@/bench/first-response';
import { benchHttp, type DatabaseResult } from '@/bench/http-bench';
import { manifestFirstLoad } from '@/bench/js-size';
import { benchLighthouse, renderLighthouse, type LighthouseRow } from '@/bench/lighthouse';
import { loadAverage, machineInfo } from '@/bench/machine';
import { parseBenchArgs, USAGE, type BenchOptions } from '@/bench/options';
import { summarizeProfiles, type ProfileWindow } from '@/bench/profile-summary';
import { renderReport, type BenchReport, type CoreRow } from '@/bench/report';
import { benchExtract } from './bench-extract';
import { LIBRARIES, benchGenerate } from './bench-generate';

const RESULTS_DIR = 'bench-results';

/** The app's own runs (warm-ups aside, the open requests served after each included) of one database, to cut its CPU profile to them. */
function appRuns(result: DatabaseResult, stoppedMs: number): ProfileWindow {
  const runs = result.cells.flatMap((c) => (c.targets.app?.samples ?? []).map((sample) => ({ sample, connections: c.connections })));
  return {
    ranges: runs.map(({ sample }) => [sample.startedAtMs, sample.drainedAtMs]),
    // Requests served: the answered ones and the one each connection still had open at the end.
    responses: runs.reduce((n, { sample, connections }) => n + sample.ok + sample.non2xx + connections, 0),
    stoppedMs,
  };
}

const log = (line: string) => console.error(line);

function coreRows(options: BenchOptions): CoreRow[] {
  const rows: CoreRow[] = [];
  if (options.parts.includes('extract')) {
    log('extraction…');
    const e = benchExtract();
    // #19 asks for 1.5 s, so the app's 2 s still holds on a busy afternoon: both are printed, the ratio is to 1.5 s.
    const verdict = (limit: number) => `< ${limit} s ${e.seconds < limit ? 'met' : 'not met'}`;
    rows.push({ what: `extract ${e.articles} articles (median)`, seconds: e.seconds, rate: `${Math.round(e.articlesPerSecond)} articles/s, ${e.cpuSeconds.toFixed(3)} CPU s`, target: `${verdict(1.5)} (#19); ${verdict(2)}`, ratio: e.seconds / 1.5, peakRssMiB: e.peakRssMiB });
  }
  if (options.parts.includes('generate')) {
    log('generation…');
    for (const [name, dirs] of [['', LIBRARIES.project], [' mixed news', LIBRARIES.mixed]] as const) {
      const g = benchGenerate(dirs);
      rows.push({ what: `generate bank for ${g.articles}${name} articles (median)`, seconds: g.seconds, rate: `${g.questions} questions`, target: '< 5 s', ratio: g.seconds / 5, peakRssMiB: Math.round(process.memoryUsage().rss / 2 ** 20) });
    }
  }
  return rows;
}

async function main() {
  if (process.argv.includes('--help')) {
    console.log(USAGE);
    return;
  }
  const options = parseBenchArgs(process.argv.slice(2));
  const startedAt = new Date();
  const stamp = startedAt.toISOString().replace(/[:.]/g, '-');
  const runDir = path.join(RESULTS_DIR, stamp);
  mkdirSync(runDir, { recursive: true });
  const loadBefore = loadAverage();
  const core = coreRows(options);

  const report: BenchReport = { startedAt: startedAt.toISOString(), finishedAt: '', machine: machineInfo(), loadBefore, loadAfter: [], options, core, http: [], js: [], firstResponse: null, profile: null };
  const needsBuild = options.parts.some((part) => part === 'http' || part === 'js' || part === 'lighthouse');
  if (needsBuild) {
    const stale = options.build ? 'asked for with --build' : buildStaleness();
    if (stale) {
      log(`building the app (${stale})…`);
      runBuild();
    }
    report.js = manifestFirstLoad();
  }
  if (options.parts.includes('http')) {
    log('HTTP: seeding, starting servers, signing in, then the load…');
    report.http = await benchHttp(options, runDir, (route) => buildHasRoute(route), log);
    report.firstResponse = timeToFirstResponse();
    if (options.profile) {
      const windows = Object.fromEntries(report.http.flatMap((r) => (r.appStoppedMs ? [[r.db, appRuns(r, r.appStoppedMs)]] : [])));
      report.profile = summarizeProfiles(path.join(runDir, 'profiles'), windows);
    }
  }
  let lighthouseRows: LighthouseRow[] | null = null;
  if (options.parts.includes('lighthouse')) {
    lighthouseRows = await benchLighthouse({ runDir, runs: options.runs, pages: options.lighthousePages, log });
  }
  report.loadAfter = loadAverage();
  report.finishedAt = new Date().toISOString();

  const markdown = renderReport(report) + (lighthouseRows ? `\n${renderLighthouse(lighthouseRows, options.runs)}` : '');
  writeFileSync(path.join(RESULTS_DIR, `${stamp}.md`), markdown);
  writeFileSync(path.join(RESULTS_DIR, `${stamp}.json`), `${JSON.stringify({ ...report, lighthouse: lighthouseRows }, null, 2)}\n`);
  console.log(markdown);
  log(`written to ${RESULTS_DIR}/${stamp}.md and .json (server logs in ${runDir}/)`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
