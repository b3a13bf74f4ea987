/*
 * A statement two heads of state gave on one stage (#15, the Kremlin's 2007 and 2009 statements with Hu Jintao):
 * who-said has no defensible options (the other head could have said most lines, and a head of another report had
 * no part in it), and what-said found no lines "of the same camp". The other principal's words at the same event
 * are the wrong choices a teacher would give; only the report makes them wrong, so the stem names it.
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { generateBank } from '@/lib/generate';
import type { ArticleInput } from '@/lib/extract/types';

const statement: ArticleInput = {
  id: 'kremlin-2007',
  title: 'Press Statement Following Russian-Chinese Talks',
  bodyStart: 0,
  date: '2007-03-26',
  body: [
    'March 26, 2007, The Kremlin, Moscow',
    'President of Russia Pavel Orlov: Ladies and gentlemen, we have just finished two days of long and detailed talks.',
    'We agreed to double the number of student exchanges within three years, and we will open two new consulates before the end of the decade.',
    'Our ministers will meet every spring to check that every agreement signed today is carried out on time.',
    'President of the People’s Republic of China Li Wen (as translated): I would like to say that the talks were frank and very useful for both sides.',
    'We have set up a joint commission on river shipping, and its first session will be held in the autumn.',
    'Our delegations also signed eleven documents on energy, on banking and on the protection of forests.',
  ].join('\n\n'),
};

describe('what-said for a statement of two principals', () => {
  const bank = generateBank(extractLibrary([statement]), [statement]);
  const whatSaid = bank.questions.filter((q) => q.kind === 'what-said');

  it('asks which words one principal said, beside the other’s words at the same event, the report named', () => {
    expect(whatSaid.length).toBeGreaterThan(0);
    const orlov = ['We agreed to double the number of student exchanges', 'Our ministers will meet every spring'];
    const li = ['We have set up a joint commission on river shipping', 'Our delegations also signed eleven documents'];
    for (const q of whatSaid) {
      expect(q.prompt).toMatch(/^According to “Press Statement Following Russian-Chinese Talks” \(March 2007\), which of these did (?:Pavel Orlov|Li Wen) say\?$/);
      const [mine, theirs] = q.prompt.includes('Li Wen') ? [li, orlov] : [orlov, li];
      expect(mine.some((w) => q.answer.startsWith(w))).toBe(true);
      for (const c of q.choices.filter((x) => x !== q.answer)) expect(theirs.some((w) => c.startsWith(w))).toBe(true);
    }
  });
});
