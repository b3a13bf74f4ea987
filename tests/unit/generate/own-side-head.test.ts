/**
 * Who-said options (#15, full-r15): a head's words offered only beside people of another side leave the answer the
 * one choice of its side (Talabani's “we are determined to meet benchmarks” beside Bush and Zoellick); a head of
 * his own state of the same year makes up the number. Invented text.
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { buildContext } from '@/lib/generate/context';
import { whoSaidOptions } from '@/lib/generate/who-said-options';
import type { ArticleInput } from '@/lib/extract/types';

const article = (id: string, title: string, date: string, paragraphs: string[]): ArticleInput => ({ id, title, body: paragraphs.join('\n\n'), bodyStart: 0, date });

const oval = article('oval-2007', 'President Carver and Iraqi President Hamid Sarraf reaffirm goals', '2007-09-25', [
  'Washington',
  'President Daniel Carver met Iraqi President Hamid Sarraf at the White House on Tuesday.',
  'Hamid Sarraf said: “We do not deny our shortcomings, but we are determined to meet the benchmarks and to move forward.”',
  'Daniel Carver said: “The people of this country stand with the people of Iraq, and we will keep our word.”',
  'Deputy Secretary Mark Ellison also attended the talks.',
  'Mark Ellison said: “Our teams will meet again next month to review the progress that has been made.”',
]);
const baghdad = article('baghdad-2007', 'Iraqi Prime Minister Karim Jawad meets tribal leaders', '2007-06-12', [
  'Baghdad',
  'Iraqi Prime Minister Karim Jawad met tribal leaders in Baghdad on Tuesday.',
  'Karim Jawad said: “The tribes of Anbar have chosen the side of the state, and we thank them for it.”',
]);

describe('a head’s words beside people of another side only', () => {
  const library = [oval, baghdad];
  const ctx = buildContext(extractLibrary(library), library, 'own-head');

  it('offers a head of the speaker’s own state of the same year', () => {
    const q = ctx.quotes.find((x) => x.text.includes('meet the benchmarks'));
    const speaker = q?.speakerId ? ctx.people.byId.get(q.speakerId) : undefined;
    expect(speaker?.name).toBe('Hamid Sarraf');
    const { picks } = whoSaidOptions(ctx, q!, speaker!, q!.text, q!.text, new Set([speaker!.id]));
    expect(picks.map((p) => p.name)).toContain('Karim Jawad');
  });
});
