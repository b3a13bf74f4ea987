/**
 * The fault tests. `npm run test:faults` runs the long ones, `npm run test:faults:quick` the short ones
 * (part of `npm test`); both on the database the environment selects: PGlite by default, PostgreSQL when
 * DATABASE_URL is the throwaway cluster of scripts/pg-throwaway.sh (the only server they will kill).
 *
 *   tsx scripts/faults/run.ts [--quick] [scenario …]     scenarios: owner crash freeze start-time
 *
 * FAULT_PORT (3240) is the first of the two ports the servers use; FAULT_CLIENTS and FAULT_SECONDS
 * override the crash test's size. Each run appends its figures to .data/faults/results.jsonl.
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { createClass, type WriteOp } from './lib/ops';
import { answerOp, reviewOp } from './lib/study-ops';
import { pgliteTarget, postgresFaultsUnavailable, postgresTarget, type Target } from './lib/target';
import { crashScenario } from './scenarios/crash';
import { freezeScenario } from './scenarios/freeze';
import { ownerScenario } from './scenarios/owner';
import { startTimeScenario } from './scenarios/start-time';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const wanted = args.filter((a) => !a.startsWith('--'));
const onPostgres = Boolean(process.env.DATABASE_URL);
const port = Number(process.env.FAULT_PORT ?? 3240);
const log = (line: string) => console.error(`[faults] ${line}`);
const resultsFile = path.join(process.cwd(), '.data', 'faults', 'results.jsonl');

function record(result: Record<string, unknown>) {
  mkdirSync(path.dirname(resultsFile), { recursive: true });
  const line = { at: new Date().toISOString(), quick, loadAverage: loadavg().map((n) => Number(n.toFixed(2))), ...result };
  appendFileSync(resultsFile, `${JSON.stringify(line)}\n`);
  console.log(JSON.stringify(line, null, 2));
}

async function withTarget<T extends { ok: boolean }>(name: string, run: (target: Target) => Promise<T>): Promise<boolean> {
  const target = onPostgres ? await postgresTarget(name) : pgliteTarget(name);
  let passed = false;
  try {
    const result = await run(target);
    record({ driver: target.kind, ...result });
    passed = result.ok;
  } catch (error) {
    log(`${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
  if (passed) await target.remove();
  else log(`${name}: kept ${'dataDir' in target.database ? target.database.dataDir : 'the database'} for a look`);
  return passed;
}

/**
 * A PostgreSQL these scripts may not kill (someone's own server): `npm test` says so and goes on; an
 * explicit `npm run test:faults` fails, since what was asked for did not run.
 */
function notRun(name: string, reason: string): boolean {
  log(`${name}: NOT RUN on this PostgreSQL: ${reason}`);
  return quick;
}

/** The writes the crash test submits: FAULT_OPS (comma-separated), by default the students' answers and reviews. */
const OPS: Record<string, () => WriteOp> = { answer: answerOp, review: reviewOp, 'create-class': () => createClass };
function crashOps(): WriteOp[] {
  return (process.env.FAULT_OPS ?? 'answer,review').split(',').map((name) => {
    const make = OPS[name.trim()];
    if (!make) throw new Error(`unknown write "${name}" in FAULT_OPS (${Object.keys(OPS).join(', ')})`);
    return make();
  });
}

const crashSize = {
  clients: Number(process.env.FAULT_CLIENTS ?? (quick ? 20 : 200)),
  durationMs: Number(process.env.FAULT_SECONDS ?? (quick ? 20 : 120)) * 1000,
};

const scenarios: Record<string, () => Promise<boolean>> = {
  owner: async () => {
    if (onPostgres) {
      log('owner: PostgreSQL is shared by design (many servers, imports while serving): nothing to refuse');
      return true;
    }
    return withTarget('owner', (target) => ownerScenario(target, { port, log }));
  },
  crash: async () => {
    const pgProblem = onPostgres ? postgresFaultsUnavailable() : null;
    if (pgProblem) return notRun('crash', pgProblem);
    return withTarget(onPostgres ? 'crash-postgres' : 'crash-pglite', (target) =>
      crashScenario(`crash-${target.kind}`, target, {
        ops: crashOps(),
        ...crashSize,
        databaseKills: onPostgres ? (quick ? 1 : 5) : 0,
        serverKills: onPostgres ? 1 : quick ? 1 : 3,
        port,
        log,
      }),
    );
  },
  freeze: async () => {
    if (!onPostgres) {
      log('freeze: PGlite runs inside the server process; there is no database process to freeze');
      return true;
    }
    const pgProblem = postgresFaultsUnavailable();
    if (pgProblem) return notRun('freeze', pgProblem);
    return withTarget('freeze', (target) => freezeScenario(target, { port, log, freezeMs: quick ? 6_000 : 20_000, clients: quick ? 10 : 40 }));
  },
  'start-time': () => withTarget('start-time', (target) => startTimeScenario(target, { port, log, runs: quick ? 2 : 5 })),
};

const order = wanted.length ? wanted : quick ? ['owner', 'crash', 'freeze'] : ['owner', 'crash', 'freeze', 'start-time'];
let failed = 0;
for (const name of order) {
  const scenario = scenarios[name];
  if (!scenario) throw new Error(`unknown scenario "${name}" (owner, crash, freeze, start-time)`);
  log(`${name}: starting (${onPostgres ? 'PostgreSQL' : 'PGlite'}${quick ? ', quick' : ''})`);
  const passed = await scenario().catch((error: unknown) => {
    log(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  });
  log(`${name}: ${passed ? 'passed' : 'FAILED'}`);
  if (!passed) failed++;
}
process.exit(failed ? 1 : 0);
