import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, withCompileHint } from '@/lib/build/compile-hint';

describe('withCompileHint', () => {
  const chunk = '(globalThis.TURBOPACK||(globalThis.TURBOPACK=[])).push(["object"==typeof document?document.currentScript:void 0,1,(e)=>{}]);';

  it('puts the hint on the first line, where V8 looks for it, and keeps the script after it', () => {
    const hinted = withCompileHint(chunk);
    expect(hinted.split('\n')[0]).toBe('//# allFunctionsCalledOnLoad');
    expect(hinted.slice(COMPILE_HINT.length + 1)).toBe(chunk);
  });

  it('adds it once when the build step runs again', () => {
    expect(withCompileHint(withCompileHint(chunk))).toBe(withCompileHint(chunk));
  });

  it('leaves a script that still runs the same', () => {
    const hinted = withCompileHint('globalThis.__hintProbe = 6 * 7;');
    new Function(hinted)();
    expect((globalThis as { __hintProbe?: number }).__hintProbe).toBe(42);
  });
});
