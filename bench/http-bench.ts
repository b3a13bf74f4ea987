/**
 * The HTTP part of `npm run bench`: for each database, seed, start the app (the production build, launched
 * as `npm start` launches it, with the bare reference route switched on) and the floor server, sign the
 * bench students in, then measure every scenario at every connection count, the three targets taking
 * turns round after round.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { BenchFixture } from './fixture';
import { htmlFirstLoad, type RouteJs } from './js-size';
import { measurePageViews, type PageViewCost } from './page-view';
import { runLoad } from './load';
import { loadAverage } from './machine';
import type { BenchOptions, Database, ScenarioName } from './options';
import { preparePostgres } from './postgres';
import { startServer } from './processes';
import { nodeArgsOfStartScript } from './start-command';
import { AnswerPool, appPairsPerUser, CardDeck, connectionPlan, isWrite, TARGETS, targetPath, type ScenarioContext, type Target } from './scenarios';
import { signInAll } from './sign-in';
import { rotation, summarize, type RunSample, type TargetSummary } from './stats';

export interface CellResult {
  db: Database;
  scenario: ScenarioName;
  connections: number;
  /** 'unavailable': this build has no such app route (the references may still have run). */
  status: 'measured' | 'unavailable' | 'failed';
  note: string | null;
  targets: Partial<Record<Target, TargetSummary & { samples: RunSample[] }>>;
  loadBefore: number[];
  loadAfter: number[];
}

export interface DatabaseResult {
  db: Database;
  source: string;
  appIdleAfterStartMiB: number;
  appIdleAfterLoadMiB: number | null;
  floorIdleMiB: number;
  /** From spawning `next start` to its first HTTP response, data already present (the bench's launch, not #18's measure). */
  appFirstResponseMs: number;
  pageBytes: Partial<Record<ScenarioName, number>>;
  /** First-load JS of the pages as served (script tags of the HTML), to check the manifest count. */
  servedJs: (Omit<RouteJs, 'route'> & { route: string })[];
  article: BenchFixture['article'];
  cells: CellResult[];
  /** CPU each server used per second while idle, measured before the load and taken out of the per-request figures. */
  idleCpuMsPerSecond: { app: number; floor: number; database: number | null };
  /** What one view of each page makes the server do in a browser (first database only), or why not measured. */
  pageViews: PageViewCost[] | string | null;
  /** When the app server was stopped (wall-clock ms): the end of its CPU profile, with --profile. */
  appStoppedMs: number | null;
}

const USERS = 30;
// The app's answers a second the seeded pool covers over the longest run without repeating a pair (a
// repeat takes the cheaper idempotent path and would flatter the app).
const APP_MAX_ANSWERS_PER_SECOND = 2_000;
// Enough for the floor's 10,000 answers a second over a 10 s run (and its warm-up), without repeating a pair.
const REFERENCE_PAIRS_PER_USER = 6_000;
const CARDS_PER_USER = 20;
const APP_ROUTES: Record<ScenarioName, string | null> = { library: null, article: null, answer: '/api/answers', review: '/api/reviews' };

type Log = (line: string) => void;

function ports() {
  const base = Number(process.env.BENCH_PORT ?? 3260);
  return { app: base, floor: base + 1 };
}

function withoutDatabaseEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  delete env.POSTGRES_URL;
  return env;
}

function seed(dbEnv: NodeJS.ProcessEnv, writes: { answers: boolean; reviews: boolean; appPairs: number }, password: string, outDir: string): BenchFixture {
  const out = path.join(outDir, 'fixture.json');
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'bench/seed.ts'], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...dbEnv,
      BENCH_USERS: String(USERS),
      BENCH_PASSWORD: password,
      BENCH_APP_PAIRS_PER_USER: String(writes.answers ? writes.appPairs : 0),
      BENCH_REFERENCE_PAIRS_PER_USER: String(writes.answers ? REFERENCE_PAIRS_PER_USER : 0),
      BENCH_CARDS_PER_USER: String(writes.reviews ? CARDS_PER_USER : 0),
      BENCH_FIXTURE_OUT: out,
    },
  });
  if (result.status !== 0) throw new Error(`bench/seed.ts failed (exit ${result.status})`);
  return JSON.parse(readFileSync(out, 'utf8')) as BenchFixture;
}

async function sleep(ms: number) {
  await new Promise((resolve) => setTimeout(resolve, ms));
}

/** Forgets the bench students' answers on every database the targets write to. */
async function resetAnswers(urls: Record<Target, string>, pool: AnswerPool) {
  await fetch(`${urls.next}/api/bench/reference?q=answers`, { method: 'DELETE' }).then((r) => r.arrayBuffer());
  await fetch(`${urls.floor}/answers`, { method: 'DELETE' }).then((r) => r.arrayBuffer());
  pool.reset();
}

interface Probe {
  available: boolean;
  note: string | null;
  bytes?: number;
  html?: string;
}

/** One request to the app as the first student: is the route there, does it answer as a signed-in page should? */
async function probeApp(name: ScenarioName, baseUrl: string, context: ScenarioContext, pool: AnswerPool): Promise<Probe> {
  const plan = connectionPlan(name, 'app', context, pool)(0);
  const init: RequestInit = { method: plan.method, headers: plan.headers, redirect: 'manual' };
  if (plan.method === 'POST') init.body = plan.body();
  const response = await fetch(`${baseUrl}${plan.path}`, init);
  const text = await response.text();
  if (plan.method === 'POST') plan.onResponse?.(response.status, text);
  if (response.status === 404 && isWrite(name)) return { available: false, note: `not available on this build (POST ${plan.path} answered 404)` };
  if (response.status < 200 || response.status > 299) {
    return { available: false, note: `${plan.method} ${plan.path} answered ${response.status}${response.headers.get('location') ? ` → ${response.headers.get('location')}` : ''}: ${text.slice(0, 160)}` };
  }
  // A write answered 200 may still have refused the event: the batch routes report each event on its own.
  if (isWrite(name) && /"ok"\s*:\s*false|"error"/.test(text)) return { available: false, note: `${plan.path} accepted the request but not the event: ${text.slice(0, 200)}` };
  const marker = name === 'library' ? 'Article library' : name === 'article' ? 'data-testid="article-body"' : null;
  if (marker && !text.includes(marker)) return { available: false, note: `${plan.path} answered 200 without "${marker}": not the signed-in page` };
  return { available: true, note: null, bytes: Buffer.byteLength(text), html: text };
}

async function probeReference(name: ScenarioName, target: Target, url: string, context: ScenarioContext, pool: AnswerPool): Promise<string | null> {
  const plan = connectionPlan(name, target, context, pool)(0);
  const init: RequestInit = { method: plan.method, headers: plan.headers };
  if (plan.method === 'POST') init.body = plan.body();
  const response = await fetch(`${url}${plan.path}`, init);
  const text = await response.text();
  return response.ok ? null : `${target} reference: ${plan.method} ${plan.path} answered ${response.status}: ${text.slice(0, 160)}`;
}

async function measureCell(
  cell: CellResult,
  runTargets: Target[],
  urls: Record<Target, string>,
  cpu: Record<Target, () => number>,
  databaseCpu: (() => number) | null,
  context: ScenarioContext,
  options: BenchOptions,
  log: Log,
) {
  const run = async (target: Target, seconds: number) => {
    const pool = new AnswerPool(context.fixture, target);
    if (cell.scenario === 'answer') await resetAnswers(urls, pool);
    const sample = await runLoad({ baseUrl: urls[target], connections: cell.connections, durationSeconds: seconds, plan: connectionPlan(cell.scenario, target, context, pool, cell.connections), serverCpuMs: cpu[target], databaseCpuMs: databaseCpu });
    if (pool.reused > 0) exhausted.add(`${target} (${pool.reused} answers repeated)`);
    return sample;
  };
  const exhausted = new Set<string>();
  cell.loadBefore = loadAverage();
  if (options.warmupSeconds > 0) for (const target of runTargets) await run(target, options.warmupSeconds);
  const samples: Partial<Record<Target, RunSample[]>> = {};
  for (let round = 0; round < options.runs; round++) {
    for (const target of rotation(runTargets, round)) {
      const sample = await run(target, options.durationSeconds);
      (samples[target] ??= []).push(sample);
      log(`    ${cell.db} ${cell.scenario} ×${cell.connections} round ${round + 1} ${target}: ${Math.round(sample.rps)} req/s, p99 ${Math.round(sample.p99Ms)} ms, ${sample.cpuMsPerRequest.toFixed(1)} CPU ms/req${sample.non2xx || sample.errors ? `, ${sample.non2xx} non-2xx, ${sample.errors} errors` : ''}`);
    }
  }
  cell.loadAfter = loadAverage();
  if (exhausted.size) cell.note = `${cell.note ? `${cell.note}; ` : ''}the answer pool ran out: ${[...exhausted].join(', ')}`;
  for (const target of runTargets) {
    const list = samples[target] ?? [];
    cell.targets[target] = { ...summarize(list), samples: list };
  }
}

async function startServers(db: Database, dbEnv: NodeJS.ProcessEnv, floorArgs: string[], options: BenchOptions, resultsDir: string) {
  const port = ports();
  const logDir = path.join(resultsDir, 'logs');
  // Node refuses --cpu-prof in NODE_OPTIONS: it goes on the command line (next start serves in this same process).
  const profileArgs = options.profile ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(resultsDir, 'profiles', db)}`] : [];
  const startScript = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { start: string } }).scripts.start;
  const app = await startServer({
    name: `app-${db}`,
    command: process.execPath,
    args: [...profileArgs, ...(options.traceGc ? ['--trace-gc'] : []), ...nodeArgsOfStartScript(startScript, ['-p', String(port.app), '-H', '127.0.0.1'])],
    env: { ...dbEnv, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', CITED_BENCH_REFERENCE: '1' },
    port: port.app,
    readyPath: '/signin',
    logDir,
  });
  const floor = await startServer({
    name: `floor-${db}`,
    command: process.execPath,
    args: ['--import', 'tsx', 'bench/references/floor-server.ts', `--port=${port.floor}`, ...floorArgs],
    env: withoutDatabaseEnv(),
    port: port.floor,
    readyPath: '/library',
    logDir,
  });
  return {
    app,
    floor,
    urls: { app: `http://127.0.0.1:${port.app}`, next: `http://127.0.0.1:${port.app}`, floor: `http://127.0.0.1:${port.floor}` } as Record<Target, string>,
  };
}

type CpuClock = () => number;

/**
 * How much CPU each server burns per second doing nothing (PostgreSQL's background workers, timers), and
 * clocks with that taken out, so that the CPU per request counts the requests only.
 */
async function idleBaseline(clocks: { app: CpuClock; floor: CpuClock; database: CpuClock | null }) {
  const seconds = 5;
  const before = { app: clocks.app(), floor: clocks.floor(), database: clocks.database?.() ?? 0 };
  await sleep(seconds * 1000);
  const rates = {
    app: (clocks.app() - before.app) / seconds,
    floor: (clocks.floor() - before.floor) / seconds,
    database: clocks.database ? (clocks.database() - before.database) / seconds : null,
  };
  const without = (clock: CpuClock, rate: number): CpuClock => () => clock() - (rate * performance.now()) / 1000;
  return {
    rates,
    adjusted: {
      app: without(clocks.app, rates.app),
      floor: without(clocks.floor, rates.floor),
      database: clocks.database ? without(clocks.database, rates.database ?? 0) : null,
    },
  };
}

/** Where each database lives for the run, and how the floor server opens the same data. */
async function prepareDatabase(db: Database) {
  if (db === 'pg') {
    const pg = await preparePostgres();
    return { source: pg.source, env: { ...withoutDatabaseEnv(), DATABASE_URL: pg.url }, floorArgs: [`--pg=${pg.url}`], afterSeed: () => {}, close: pg.close, cpuMs: pg.cpuMs };
  }
  const dir = path.resolve('.data/bench/pglite');
  const floorDir = path.resolve('.data/bench/pglite-floor');
  mkdirSync(path.dirname(dir), { recursive: true });
  return {
    source: `PGlite in ${path.relative(process.cwd(), dir)} (the floor server opens a copy, as PGlite has one owner)`,
    env: { ...withoutDatabaseEnv(), CITED_DATA_DIR: dir },
    floorArgs: [`--pglite=${floorDir}`],
    // The copy is taken after seeding, so both servers start from the same rows.
    afterSeed: () => {
      rmSync(floorDir, { recursive: true, force: true });
      cpSync(dir, floorDir, { recursive: true });
    },
    close: async () => rmSync(floorDir, { recursive: true, force: true }),
    // PGlite runs inside each server: its CPU is in theirs.
    cpuMs: null,
  };
}

function plannedScenarios(options: BenchOptions, hasRoute: (route: string) => boolean) {
  return options.scenarios.map((name) => {
    const route = APP_ROUTES[name];
    const inBuild = route === null || hasRoute(route);
    return { name, inBuild, run: inBuild || options.scenariosExplicit };
  });
}

async function benchDatabase(db: Database, options: BenchOptions, resultsDir: string, hasRoute: (route: string) => boolean, log: Log): Promise<DatabaseResult> {
  const planned = plannedScenarios(options, hasRoute);
  const runs = (name: ScenarioName) => planned.some((p) => p.name === name && p.run);
  const database = await prepareDatabase(db);
  let servers: Awaited<ReturnType<typeof startServers>> | undefined;
  try {
    log(`  ${db}: seeding (${database.source})`);
    const password = randomBytes(18).toString('base64url');
    const appPairs = appPairsPerUser(USERS, options.connections, APP_MAX_ANSWERS_PER_SECOND, Math.max(options.durationSeconds, options.warmupSeconds));
    const fixture = seed(database.env, { answers: runs('answer'), reviews: runs('review'), appPairs }, password, resultsDir);
    database.afterSeed();
    servers = await startServers(db, database.env, database.floorArgs, options, resultsDir);
    await sleep(3000);
    const result: DatabaseResult = {
      db,
      source: database.source,
      appIdleAfterStartMiB: servers.app.rssMiB(),
      appIdleAfterLoadMiB: null,
      floorIdleMiB: servers.floor.rssMiB(),
      appFirstResponseMs: servers.app.firstResponseMs,
      pageBytes: {},
      servedJs: [],
      article: fixture.article,
      cells: [],
      idleCpuMsPerSecond: { app: 0, floor: 0, database: null },
      pageViews: null,
      appStoppedMs: null,
    };
    log(`  ${db}: app answered after ${servers.app.firstResponseMs} ms, ${Math.round(result.appIdleAfterStartMiB)} MiB idle; signing in ${fixture.users.length} students`);
    const context: ScenarioContext = { fixture, cookies: await signInAll(servers.urls.app, fixture.users.map((u) => u.username), password), appOrigin: servers.urls.app, pageBytes: result.pageBytes, deck: new CardDeck(fixture) };
    const idle = await idleBaseline({ app: servers.app.cpuMs, floor: servers.floor.cpuMs, database: database.cpuMs });
    result.idleCpuMsPerSecond = idle.rates;
    await measureScenarios(planned, result, { urls: servers.urls, cpu: { app: idle.adjusted.app, next: idle.adjusted.app, floor: idle.adjusted.floor }, databaseCpu: idle.adjusted.database }, context, options, log);
    await sleep(5000);
    result.appIdleAfterLoadMiB = servers.app.rssMiB();
    const pages = (['library', 'article'] as const).filter((name) => result.pageBytes[name]).map((name) => targetPath(name, 'app', context));
    if (db === options.databases[0] && pages.length) {
      log(`  ${db}: one view of each page in a browser`);
      result.pageViews = await measurePageViews(servers.urls.app, [...context.cookies.values()][0] ?? '', pages, idle.adjusted.app);
    }
    await servers.app.stop();
    result.appStoppedMs = Date.now();
    return result;
  } finally {
    await servers?.app.stop();
    await servers?.floor.stop();
    await database.close();
  }
}

async function measureScenarios(
  planned: ReturnType<typeof plannedScenarios>,
  result: DatabaseResult,
  servers: { urls: Record<Target, string>; cpu: Record<Target, () => number>; databaseCpu: (() => number) | null },
  context: ScenarioContext,
  options: BenchOptions,
  log: Log,
) {
  const { urls, cpu } = servers;
  for (const { name, inBuild, run } of planned) {
    const blank = (status: CellResult['status'], note: string | null): CellResult[] =>
      options.connections.map((connections) => ({ db: result.db, scenario: name, connections, status, note, targets: {}, loadBefore: [], loadAfter: [] }));
    if (!run) {
      result.cells.push(...blank('unavailable', `not available on this build (no ${APP_ROUTES[name]} route)`));
      continue;
    }
    const pool = new AnswerPool(context.fixture);
    if (name === 'answer') await resetAnswers(urls, pool);
    const probe = inBuild ? await probeApp(name, urls.app, context, pool) : { available: false, note: `not available on this build (no ${APP_ROUTES[name]} route)` };
    if (probe.bytes) result.pageBytes[name] = probe.bytes;
    if (probe.html) result.servedJs.push({ route: targetPath(name, 'app', context), ...htmlFirstLoad(probe.html) });
    const referenceProblems = (await Promise.all((['next', 'floor'] as const).map((t) => probeReference(name, t, urls[t], context, pool)))).filter(Boolean);
    if (referenceProblems.length) {
      result.cells.push(...blank('failed', referenceProblems.join('; ')));
      continue;
    }
    const targets = TARGETS.filter((t) => t !== 'app' || probe.available);
    if (targets.length === 2 && !options.scenariosExplicit) {
      result.cells.push(...blank(inBuild ? 'failed' : 'unavailable', probe.note));
      continue;
    }
    for (const connections of options.connections) {
      const cell: CellResult = { db: result.db, scenario: name, connections, status: probe.available ? 'measured' : inBuild ? 'failed' : 'unavailable', note: probe.note, targets: {}, loadBefore: [], loadAfter: [] };
      log(`  ${result.db} ${name} at ${connections} connections`);
      await measureCell(cell, targets, urls, cpu, servers.databaseCpu, context, options, log);
      result.cells.push(cell);
    }
  }
}

/** Runs the HTTP part for each database in turn (the servers of one are stopped before the next starts). */
export async function benchHttp(options: BenchOptions, resultsDir: string, hasRoute: (route: string) => boolean, log: Log): Promise<DatabaseResult[]> {
  const results: DatabaseResult[] = [];
  for (const db of options.databases) results.push(await benchDatabase(db, options, resultsDir, hasRoute, log));
  return results;
}
