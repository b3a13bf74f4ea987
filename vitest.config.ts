import { defineConfig } from 'vitest/config';
import path from 'node:path';

const root = import.meta.dirname;
const alias = {
  '@': root,
  // server-only throws outside a React Server Components bundle; tests load the same modules under plain Node.
  'server-only': path.join(root, 'tests/support/empty-module.ts'),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      // Tests that build a whole bank take a second or two; on a loaded CI machine that passed vitest's 5 s default.
      // One module graph per worker, not per file: lib/ is pure and its caches are keyed by what they read, and
      // importing it afresh for each of ~170 files was most of the project's time (180 s → 40 s on CI's machine).
      {
        resolve: { alias },
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 20_000, isolate: false },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          // PGlite takes seconds to boot and a real server is shared: one file at a time keeps it predictable.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
