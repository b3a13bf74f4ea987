import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');

/**
 * Runs `lines` in a process of its own: the question is what a process that has read nothing yet answers,
 * and the unit project shares its modules between files (resetting them would disturb the files after).
 */
function answersOfFreshProcess(lines: string): unknown {
  const code = `import { isEnglishWord, tagSpan } from '@/lib/extract/pos';\nconst out = [];\n${lines}\nconsole.log(JSON.stringify(out));`;
  const stdout = execFileSync(path.join(root, 'node_modules/.bin/tsx'), ['--eval', code], { cwd: root, encoding: 'utf8' });
  return JSON.parse(stdout.trim().split('\n').pop() as string);
}

const TAG_FIRST = `const body = '“We are ready,” Dolvarenko said on Tuesday.';\nout.push(tagSpan(body, 16, body.length).some((w) => w.word === 'Dolvarenko'));`;

describe('isEnglishWord does not depend on what was tagged before it', () => {
  it('an invented surname tagged before the first question is still no English word', () => {
    expect(answersOfFreshProcess(`${TAG_FIRST}\nout.push(isEnglishWord('dolvarenko'), isEnglishWord('teachers'));`)).toEqual([true, false, true]);
  }, 60_000);

  it('the same answers in the other order', () => {
    expect(answersOfFreshProcess(`out.push(isEnglishWord('teachers'));\n${TAG_FIRST}\nout.push(isEnglishWord('dolvarenko'));`)).toEqual([true, true, false]);
  }, 60_000);
});
