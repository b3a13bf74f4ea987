/**
 * V8's explicit compile hint (Chrome 136+): a script whose first line is this comment has all its functions
 * compiled eagerly, on the background thread that streams and parses it. Without it, Turbopack's module
 * factories (functions in an array, as V8 sees them) are compiled lazily on the main thread the moment they
 * run: on a signed-in page's load that was React and the Next runtime, one 45–60 ms task (180 ms of
 * Lighthouse's blocking time at its 4× slower phone). Browsers other than Chromium read a plain comment.
 * https://v8.dev/blog/explicit-compile-hints
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * The script with the hint as its first line; unchanged when it already has it, so running the build step
 * twice changes nothing.
 *
 * @example
 * withCompileHint('(globalThis.TURBOPACK||=[]).push([…])'); // '//# allFunctionsCalledOnLoad\n(globalThis.TURBOPACK||=[]).push([…])'
 */
export function withCompileHint(source: string): string {
  return source.startsWith(COMPILE_HINT) ? source : `${COMPILE_HINT}\n${source}`;
}
