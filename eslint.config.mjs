import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

// lib/ is the pure core: text in, data out. It must run from a CLI and in unit tests.
const pureCore = [
  { group: ['next', 'next/*', 'react', 'react/*', 'react-dom', 'next-auth', 'next-auth/*', 'server-only'], message: 'lib/ must not depend on Next.js, React or auth.' },
  { group: ['@/db', '@/db/*', '@/app', '@/app/*', '@/components/*', 'drizzle-orm', 'drizzle-orm/*', 'pg', '@electric-sql/*'], message: 'lib/ must not touch the database or the app.' },
];
const noFiles = { group: ['fs', 'node:fs', 'fs/*', 'node:fs/*'], message: 'Only lib/cli touches files.' };

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  { files: ['lib/cli/**/*.ts'], rules: { 'no-restricted-imports': ['error', { patterns: pureCore }] } },
  { files: ['lib/**/*.ts'], ignores: ['lib/cli/**'], rules: { 'no-restricted-imports': ['error', { patterns: [...pureCore, noFiles] }] } },
  globalIgnores(['public/sw.js', '.next/**', 'node_modules/**', '.data/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**', 'db/migrations/**']),
]);
