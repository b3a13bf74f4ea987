/**
 * Wrong choices a teacher would keep (round 20, issue #15), checked on invented text: a host's words ("Mr. Minister,
 * welcome", "thank you for accepting the invitation") are offered beside the host's own people only.
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { generateBank } from '@/lib/generate';
import { buildContext } from '@/lib/generate/context';
import { sideOf } from '@/lib/generate/sides';
import { speaksAsHost } from '@/lib/generate/speaker-place';
import type { ArticleInput } from '@/lib/extract/types';

const article = (id: string, title: string, date: string, paragraphs: string[]): ArticleInput => ({ id, title, body: paragraphs.join('\n\n'), bodyStart: 0, date });

describe('a host’s words are offered beside the host’s own people', () => {
  const visit = article('ottawa-2019', 'Canadian defence minister hosts Norwegian counterpart in Ottawa', '2019-03-26', [
    'OTTAWA, March 26, 2019 – Canadian Defence Minister Tom Hale hosted Norwegian Defence Minister Eva Lund in Ottawa today.',
    '“Mr. Minister, welcome. It is great to have you here. Our two navies will train together in the Arctic next spring, and we will buy four patrol ships from Norwegian yards by 2021,” Hale said.',
    '“We will send two frigates to the exercise, and our pilots will fly from Canadian bases,” Lund said.'
  ]);
  const arctic = article('arctic-2019', 'Arctic ministers meet in Tromso', '2019-02-12', [
    'Canadian Foreign Minister Ana Roy and Canadian Navy chief Admiral Paul Grant met Norwegian Defence Minister Eva Lund, Danish Defence Minister Lars Holm and Polish Defence Minister Jan Nowak in Tromso on Tuesday.',
    '“The ice is melting faster than any of our scientists expected, and our ships must be ready for it,” Roy said.',
    '“We will open a new base on the coast of Greenland by the summer,” Holm said.',
    '“Our troops will train in the north through the winter, and we will buy new tanks,” Nowak said.',
    '“Our sailors will stay in the north through the winter, beside the ships of our allies,” Grant said.'
  ]);
  const library = [visit, arctic];
  const facts = extractLibrary(library);
  const ctx = buildContext(facts, library, 'r20');
  const bank = generateBank(facts, library).questions;
  const sideOfName = (name: string) => {
    const p = [...ctx.people.byId.values()].find((x) => x.name === name);
    return p ? sideOf(ctx, p) : null;
  };

  it('reads a host’s welcome and thanks, not a guest’s', () => {
    expect(speaksAsHost('Mr. Minister, welcome. Ambassador, great to have you here.')).toBe(true);
    expect(speaksAsHost('OK. Mr. Minister, welcome.')).toBe(true);
    expect(speaksAsHost('I would like to begin by thanking the President, Mr Bush, for accepting the invitation to meet here in Sochi.')).toBe(true);
    expect(speaksAsHost('Thank you, Mr. President, for the warm welcome.')).toBe(false);
    expect(speaksAsHost('I accepted the invitation to visit Ottawa with pleasure.')).toBe(false);
  });

  it('offers only Canadians for the Canadian host’s “Mr. Minister, welcome”', () => {
    const asked = bank.filter((q) => q.kind === 'who-said' && /Mr\. Minister, welcome/.test(q.prompt));
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.choices.map((c) => [c, sideOfName(c)])).toEqual(q.choices.map((c) => [c, 'Canada']));
  });
});
