// Plain Node (no tsx) because it runs before every `npm start` (scripts/start.mjs): its start-up time is the server's.
/**
 * Writes `.env.local` with a random AUTH_SECRET the first time the app is built or started locally,
 * so the quick start needs no manual setup. On Vercel (or when AUTH_SECRET is already set) it does nothing:
 * production secrets come from the platform, never from a generated file.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function ensureLocalEnv(file = '.env.local') {
  const hasSecretInFile = existsSync(file) && /^AUTH_SECRET=/m.test(readFileSync(file, 'utf8'));
  if (process.env.VERCEL || process.env.AUTH_SECRET || hasSecretInFile) return;
  const line = `AUTH_SECRET=${randomBytes(32).toString('base64url')}\n`;
  writeFileSync(file, (existsSync(file) ? readFileSync(file, 'utf8') : '') + line, { mode: 0o600 });
  console.log('Created .env.local with a random AUTH_SECRET for this machine.');
}

// `node scripts/ensure-local-env.mjs` (predev, prebuild).
if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) ensureLocalEnv();
