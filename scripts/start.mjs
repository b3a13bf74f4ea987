// `npm start`: `next start` with the local secret made first, in one process. A `prestart` script would
// cost a shell and a second Node start (a quarter to half a second on a busy machine) before the server's.
import { createRequire } from 'node:module';
import { ensureLocalEnv } from './ensure-local-env.mjs';

ensureLocalEnv();
// Next's command line reads process.argv: make it `next start …` with the arguments npm passed on.
const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
process.argv.splice(1, 1, nextBin, 'start');
await import(nextBin);
