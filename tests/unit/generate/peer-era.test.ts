/**
 * Office peers come from the same years (#15, blind-27): a 2018 Secretary of State's words are never offered
 * beside the foreign ministers of the 2022 reports, whom a student would rule out by the year alone.
 */
import path from 'node:path';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { generateBank } from '@/lib/generate';
import { readArticleFiles } from '@/lib/cli/read-article-files';
import type { ArticleInput } from '@/lib/extract/types';

const content = path.join(import.meta.dirname, '../../../content/articles');
const BODY = [
  'Pompeo says talks with North Korea made progress',
  'PYONGYANG — U.S. Secretary of State Mike Pompeo met senior North Korean officials on Saturday.',
  '“We made real progress on the timeline for denuclearization, and the work will go on next week,” Pompeo told reporters before leaving for Tokyo.',
].join('\n\n');
const pompeo: ArticleInput = { id: 'pompeo-2018', title: 'Pompeo says talks with North Korea made progress', body: BODY, bodyStart: 0, outlet: 'VOA', date: '2018-07-07' };

function whoSaidPompeo(date: string) {
  const { articles } = readArticleFiles(readdirSync(content).filter((f) => f.endsWith('.md')).map((f) => path.join(content, f)));
  const library = [...articles, { ...pompeo, date }];
  return generateBank(extractLibrary(library), library).questions.find((q) => q.kind === 'who-said' && q.answer === 'Mike Pompeo');
}

describe('office peers of the same years', () => {
  it('offers no 2022 foreign minister for a 2018 Secretary of State', () => {
    const choices = whoSaidPompeo('2018-07-07')?.choices ?? [];
    for (const name of ['Antony Blinken', 'Sergey Lavrov', 'Liz Truss', 'Jean-Yves Le Drian']) expect(choices).not.toContain(name);
  });

  it('offers them when the report is of the same years', () => {
    const q = whoSaidPompeo('2021-07-07');
    expect(q?.choices.some((c) => ['Antony Blinken', 'Sergey Lavrov', 'Liz Truss', 'Jean-Yves Le Drian'].includes(c))).toBe(true);
  });
});
