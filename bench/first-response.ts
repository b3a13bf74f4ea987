/**
 * Time to first response is measured by the fault scripts' start-time scenario (issue #18 owns start-up):
 * `npm run bench:first-response` (scripts/first-response.ts) runs it on PGlite and PostgreSQL, and the bench
 * quotes its last line of output. A build without such a script (one whose name mentions "first-response")
 * leaves the row empty rather than measured a second, different way.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface FirstResponse {
  script: string | null;
  output: string | null;
}

export function timeToFirstResponse(): FirstResponse {
  const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts?: Record<string, string> }).scripts ?? {};
  const script = Object.keys(scripts).find((name) => /first-?response/i.test(name)) ?? null;
  if (!script) return { script: null, output: null };
  const result = spawnSync('npm', ['run', '--silent', script], { encoding: 'utf8', timeout: 600_000, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  const lines = `${result.stdout ?? ''}`.split('\n').map((l) => l.trim()).filter(Boolean);
  const output = result.status === 0 ? (lines.at(-1) ?? '') : `failed (exit ${result.status}): ${(result.stderr ?? '').trim().split('\n').at(-1) ?? ''}`;
  return { script, output };
}
