/*
 * Who-said wrong choices a student could take for the speaker (#15): judges struck "Osama bin Laden" for a general's
 * wife's thanks to the troops and "John F. Kennedy" for words of 2022. Invented reports of the same shapes: a target
 * named in lower-case description ("rebel leader"), a figure of history, a firm.
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { generateBank } from '@/lib/generate';
import { buildContext } from '@/lib/generate/context';
import { isPlausibleSpeaker } from '@/lib/generate/plausible-speaker';
import type { ArticleInput } from '@/lib/extract/types';

const visit: ArticleInput = {
  id: 'norland-visit',
  title: 'Norland Defence Chief Visits Troops in the North',
  bodyStart: 0,
  date: '2031-12-22',
  body: [
    'NORTHPORT, Norland, Dec. 22, 2031 – Norland Defence Chief Gen. Tomas Ardent visited troops at Northport on Saturday, in the hunt for rebel leader Karim Vasko.',
    'Vasko is on the run, officials said. The troops also guard the new dam that Norvale Hydro built near the border.',
    'The base was opened in 1988 by the late President Aron Velde, and President Aron Velde came back in 1995.',
    '“I am proud of every one of you, and the country is proud of you,” Ardent told the soldiers in a hangar at the base.',
    '“The cookies came from schools all over the country, and every box carried a card,” said his wife, Ella Ardent, who travelled with him.',
    'Defence Minister Lina Sorel, who joined the visit, said: “We will give this mission everything it needs until the work is done.”',
    'Colonel Piet Maran, the base commander, said: “Morale here is high and the soldiers are ready for the winter.”',
  ].join('\n\n'),
};

describe('a who-said wrong choice is someone who could have spoken', () => {
  const facts = extractLibrary([visit]);
  const whoSaid = generateBank(facts, [visit], { balance: false }).questions.filter((q) => q.kind === 'who-said');

  it('offers no one named only as the target of events, as history or as a firm', () => {
    expect(whoSaid.length).toBeGreaterThan(0);
    for (const q of whoSaid) expect(q.choices.join(' | ')).not.toMatch(/Karim Vasko|Aron Velde|Norvale Hydro/);
  });

  it('reads a formal title in the narrator’s words, not a description or a title of the past', () => {
    const ctx = buildContext(facts, [visit], 'test');
    const person = (name: string) => [...ctx.people.byId.values()].find((p) => p.name === name);
    const sorel = person('Lina Sorel');
    expect(sorel && isPlausibleSpeaker(ctx, sorel)).toBe(true);
    const vasko = person('Karim Vasko');
    if (vasko) expect(isPlausibleSpeaker(ctx, vasko)).toBe(false);
    const velde = person('Aron Velde');
    if (velde) expect(isPlausibleSpeaker(ctx, velde)).toBe(false);
  });
});
