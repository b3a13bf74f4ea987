/**
 * How the bench launches the app: as `npm start` does (package.json's `start`), so that the Node flags a
 * production server runs with (its young generation, for one) are the ones measured. The bare Next.js
 * reference route is served by the same process, so it runs with the same flags.
 */

/**
 * The Node arguments of a `node <flags> <script>` start script, with `extra` (next start's own) after it.
 *
 * @example
 * nodeArgsOfStartScript('node --max-semi-space-size=32 scripts/start.mjs', ['-p', '3000'])
 * // ['--max-semi-space-size=32', 'scripts/start.mjs', '-p', '3000']
 */
export function nodeArgsOfStartScript(script: string, extra: string[] = []): string[] {
  const [program, ...args] = script.trim().split(/\s+/);
  // Anything fancier (a shell operator, quoting, another program) would be measured wrongly if split here.
  if (program !== 'node' || args.length === 0 || args.some((arg) => /["'$&|;<>`]/.test(arg))) {
    throw new Error(`package.json's start script must read "node [flags] <script>" for the bench to launch it as npm start does (got "${script}")`);
  }
  return [...args, ...extra];
}
