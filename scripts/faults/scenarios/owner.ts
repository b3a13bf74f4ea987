/**
 * One owner for a PGlite folder: with a server running on it, a second `next start` on the same folder is
 * refused (naming the first) and `npm run content:import` goes through the running server; the classes
 * acknowledged before, during and after are all there when the folder is opened again.
 */
import { spawn } from 'node:child_process';
import { articles } from '@/db/schema';
import { assertBuilt, serverEnv, startServer, waitFor200 } from '../lib/server';
import { signIn } from '../lib/clients';
import { createClass } from '../lib/ops';
import { seed } from '../lib/seed';
import type { Target } from '../lib/target';

export interface OwnerResult {
  scenario: 'owner';
  secondServerRefused: boolean;
  refusalNamesHolder: boolean;
  importThroughApp: boolean;
  classesAcknowledged: number;
  classesFound: number;
  articlesFound: number;
  ok: boolean;
}

function runImport(env: NodeJS.ProcessEnv): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/content-import.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (out += chunk));
    child.on('close', (code) => resolve({ code, out }));
  });
}

export async function ownerScenario(target: Target, options: { port: number; log: (line: string) => void }): Promise<OwnerResult> {
  assertBuilt();
  if (!('dataDir' in target.database)) throw new Error('the owner scenario is about PGlite folders');
  const db = target.open();
  const [teacher] = await seed(db, 'teacher', 1);
  await target.close(db);

  const env = serverEnv(target.database, createClass.serverEnv);
  const first = startServer(options.port, env);
  const acknowledged: string[] = [];
  try {
    await waitFor200(`${first.url}/api/health`, 180_000, { exited: first.exited });
    const cookie = await signIn(first.url, teacher!, '10.0.0.1');
    const write = async () => {
      const event = createClass.event(teacher!, acknowledged.length)!;
      const response = await fetch(`${first.url}${createClass.path}`, { method: 'POST', headers: { cookie, origin: first.url, 'content-type': 'application/json' }, body: JSON.stringify(createClass.body([event])) });
      if (response.status === 200 && createClass.heldIds(await response.json()).includes(event.id)) acknowledged.push(event.id);
      else throw new Error(`write failed: ${response.status}`);
    };
    for (let i = 0; i < 3; i++) await write();

    options.log('owner: starting a second server on the same folder');
    const second = startServer(options.port + 1, env);
    const secondExit = await Promise.race([second.exited, new Promise<'still running'>((resolve) => setTimeout(() => resolve('still running'), 90_000))]);
    if (secondExit === 'still running') await second.stop();
    const secondServerRefused = secondExit !== 'still running' && secondExit !== 0;
    const refusalNamesHolder = second.output().includes('is in use by process') && second.output().includes('CITED_DATA_DIR');
    options.log(`owner: second server ${secondServerRefused ? 'refused' : 'NOT refused'}`);

    await write();
    options.log('owner: running npm run content:import against the served folder');
    const imported = await runImport(env);
    const importThroughApp = imported.code === 0 && imported.out.includes('importing through it');
    if (!importThroughApp) options.log(`owner: import output:\n${imported.out}`);
    await write();
    await waitFor200(`${first.url}/api/health`, 10_000);

    await first.stop();
    const reopened = target.open();
    const classesFound = [...(await createClass.count(reopened, acknowledged)).values()].reduce((a, b) => a + b, 0);
    const articlesFound = await reopened.$count(articles);
    await target.close(reopened);
    return {
      scenario: 'owner',
      secondServerRefused,
      refusalNamesHolder,
      importThroughApp,
      classesAcknowledged: acknowledged.length,
      classesFound,
      articlesFound,
      ok: secondServerRefused && refusalNamesHolder && importThroughApp && classesFound === acknowledged.length && acknowledged.length === 5 && articlesFound > 0,
    };
  } finally {
    await first.stop();
  }
}
