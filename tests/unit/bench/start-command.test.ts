import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodeArgsOfStartScript } from '@/bench/start-command';

describe('nodeArgsOfStartScript', () => {
  it('keeps the Node flags before the script and puts next start’s arguments after it', () => {
    expect(nodeArgsOfStartScript('node --max-semi-space-size=32 scripts/start.mjs', ['-p', '3471', '-H', '127.0.0.1'])).toEqual([
      '--max-semi-space-size=32',
      'scripts/start.mjs',
      '-p',
      '3471',
      '-H',
      '127.0.0.1',
    ]);
  });

  it('refuses a start script it would launch differently from npm', () => {
    expect(() => nodeArgsOfStartScript('next start')).toThrow(/node \[flags\] <script>/);
    expect(() => nodeArgsOfStartScript('node scripts/start.mjs && echo done')).toThrow();
    expect(() => nodeArgsOfStartScript('node')).toThrow();
  });

  it('reads this project’s own start script', () => {
    const script = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { start: string } }).scripts.start;
    expect(nodeArgsOfStartScript(script)).toContain('scripts/start.mjs');
  });
});
