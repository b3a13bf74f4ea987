/**
 * Who-said options sent back by blind teachers after round 15 (pending/full-r15-part*, pending/blind-40*), checked
 * on invented text through the one predicate every option path asks: a head of another scene offered on the
 * title-only path, a head the speakers only recall, and a people ("Asian Americans") taken for a person.
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { generateBank } from '@/lib/generate';
import { buildContext } from '@/lib/generate/context';
import { eligibleFor } from './option-eligibility';
import { namesAPeople } from '@/lib/generate/person-words';
import type { ArticleInput } from '@/lib/extract/types';

const article = (id: string, title: string, date: string, paragraphs: string[]): ArticleInput => ({ id, title, body: paragraphs.join('\n\n'), bodyStart: 0, date });


describe('a head of another scene, on the title-only path too', () => {
  const jakarta = article('jakarta-2010', 'Press Conference by President Carver and President Yudhara of Indonesia in Jakarta', '2010-11-09', [
    'Jakarta, Indonesia',
    'PRESIDENT SASMITA: Your Excellency, President Daniel Carver, today Indonesia has the honor of welcoming your state visit to our country.',
    'President Yudhara said: “The United States is the third trade partner for our country, with $21 billion in 2008, and we expect our trade to grow.”',
    'We also discussed the situation in the Middle East, and we agreed that a lasting peace needs two states living side by side.',
    'PRESIDENT CARVER: Thank you so much, Mr. President. I am grateful for the warm welcome that we have received here in Jakarta today.',
    'We agreed to expand our partnership in education, and I am glad that more of our students will study in each other’s universities.',
    'And I know that President Yudhara has been tireless in his efforts to help the families who lost their homes in the floods.',
  ]);
  const summit = article('summit-2009', 'Press Briefing on the Summit of the Americas in Port of Spain', '2009-04-18', [
    'PORT OF SPAIN — President Daniel Carver met the leaders of South America on Saturday at the summit.',
    'Q A question about President Evan Morada. He said that he would only restore relations after an apology from Washington.',
    'SENIOR ADMINISTRATION OFFICIAL: I am not aware of the comment that you attribute to President Morada, and I will not speculate on it.',
    'President Morada said: “We want respect from the north, and we want our people to decide our future without any interference.”',
  ]);
  const library = [jakarta, summit];

  it('offers no President Morada of the Port of Spain summit, linked to Jakarta by Carver alone, for Yudhara’s words', () => {
    const ctx = buildContext(extractLibrary(library), library, 'opts');
    expect(eligibleFor(ctx, 'third trade partner', 'Evan Morada')).toBe(false);
    const asked = generateBank(extractLibrary(library), library, { balance: false }).questions.filter((q) => q.kind === 'who-said');
    for (const q of asked) expect(q.choices.join(' ')).not.toMatch(/Morada/);
  });
});

describe('a head of state the speakers only recall', () => {
  const hanoi = article('hanoi-2023', 'Remarks by President Carver and General Secretary Lam Van Tho in Joint Press Statements', '2023-09-10', [
    'Hanoi, Vietnam',
    'GENERAL SECRETARY THO: Your Honorable Daniel Carver, President of the United States, welcome to Vietnam on this historic occasion.',
    'Vietnam will continue to strengthen its ties with the U.S. in the spirit outlined by President Tran Minh Duc after Vietnam reclaimed its independence.',
    'PRESIDENT CARVER: General Secretary, thank you for welcoming me to Vietnam. We are raising our partnership to its highest tier, and we are excited about that.',
    'Six decades ago, President Lyle Benning wrote a letter from our nation to yours, and today we answer it with new trade and new schools.',
  ]);

  it('offers neither President Tran Minh Duc nor President Lyle Benning beside Carver and Tho', () => {
    const ctx = buildContext(extractLibrary([hanoi]), [hanoi], 'opts');
    for (const name of ['Tran Minh Duc', 'Lyle Benning']) {
      const eligible = eligibleFor(ctx, 'highest tier', name);
      if (eligible !== undefined) expect(eligible).toBe(false);
    }
    const asked = generateBank(extractLibrary([hanoi]), [hanoi], { balance: false }).questions.filter((q) => q.kind === 'who-said');
    for (const q of asked) expect(q.choices.join(' ')).not.toMatch(/Tran Minh Duc|Lyle Benning/);
  });
});

describe('a people is no person', () => {
  it('reads a name ending in a plural demonym as a group', () => {
    expect(namesAPeople('Asian Americans')).toBe(true);
    expect(namesAPeople('Dylan Thomas')).toBe(false);
    expect(namesAPeople('Leo Hans')).toBe(false);
  });
});
