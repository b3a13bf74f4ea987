// `npm start`: `next start` with the local secret made first, in one process. A `prestart` script would
// cost a shell and a second Node start (a quarter to half a second on a busy machine) before the server's.
// package.json runs it with --max-semi-space-size=64 (V8's young generation; 16 MB by default): a Next server
// allocates so much per request that under load the default scavenged every few dozen requests, pausing the
// only thread; a quarter as many scavenges cost about a third of the pause time (issue 19, README "Measuring
// speed"). It must be on node's command line: V8 sizes its heap before a script could (v8.setFlagsFromString).
import { createRequire } from 'node:module';
import { ensureLocalEnv } from './ensure-local-env.mjs';

ensureLocalEnv();
// Next's command line reads process.argv: make it `next start …` with the arguments npm passed on.
const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
process.argv.splice(1, 1, nextBin, 'start');
await import(nextBin);
