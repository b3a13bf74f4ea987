/**
 * Round 15's full review, the wrong choices of who-said questions (issue #15): options that are no person,
 * options named by a word another person shares, and options out of their office's time, on invented text.
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { buildContext } from '@/lib/generate/context';
import { namedIn } from '@/lib/generate/story';
import { heldByAnotherThen } from '@/lib/generate/peer-era';
import { opensWithCommonWords, readsAsNoPerson } from '@/lib/generate/person-words';
import { sharesScene } from '@/lib/generate/scene-links';
import type { ArticleInput, Person } from '@/lib/extract/types';

const article = (id: string, title: string, date: string, paragraphs: string[]): ArticleInput => ({ id, title, body: paragraphs.join('\n\n'), bodyStart: 0, date });
const person = (name: string): Person => ({ id: name.toLowerCase().replace(/\s+/g, '-'), name, aliases: [], role: null, affiliation: null });

describe('round 15: a who-said option reads as a person by its words', () => {
  const launch = article('orbiter-homes-2011', 'Retired orbiters find homes', '2011-04-12', [
    'On April 12, 1981, Space Shuttle Orion lifted off from the launch pad. The space agency will send each retired shuttle to a museum.',
    'Governor Mara Quill said the state had worked hard for one. “We would have been a perfect home,” Quill said.',
    'Northern Varnian activists urged their leaders to act, and the Association of Northern Varnian Nations met on Monday.',
    'Lena Brask. "Minister calls for probe" — Kestria Courier, August 16, 2008',
  ]);
  const ctx = buildContext(extractLibrary([launch]), [launch], 'r15-opts17');

  it('takes a name of common words, a qualifier and a source list’s outlet for no person', () => {
    expect(readsAsNoPerson(ctx, person('Space Shuttle Orion'))).toBe(true);
    expect(readsAsNoPerson(ctx, person('Northern Varnian'))).toBe(true);
    expect(readsAsNoPerson(ctx, person('Kestria Courier'))).toBe(true);
    expect(readsAsNoPerson(ctx, person('Mara Quill'))).toBe(false);
    expect(readsAsNoPerson(ctx, person('Lena Brask'))).toBe(false);
  });

  it('keeps a given name that is also a common word when the surname is not one', () => {
    expect(opensWithCommonWords('Food Standards', new Set(['food', 'standards']))).toBe(true);
    expect(opensWithCommonWords('Revolution Constitution Hall', new Set(['revolution', 'constitution']))).toBe(true);
    expect(opensWithCommonWords('Mark Lyall Grant', new Set(['mark', 'grant']))).toBe(false);
    expect(opensWithCommonWords('Mark Tolliver', new Set(['mark']))).toBe(false);
    expect(opensWithCommonWords('President Grant', new Set(['president', 'grant']))).toBe(false);
  });
});

describe('round 15: a lone word two people share names neither', () => {
  const summit = article('varnia-summit-2007', 'Leaders meet in Pyongra', '2007-10-03', [
    'North Varnian leader Kim Jong Ha met President Roh Sang at the palace. “We agreed to meet again,” Kim Jong Ha said.',
  ]);
  const border = article('varnia-border-2019', 'Leaders cross the line', '2019-06-30', [
    'North Varnian leader Kim Sun Ok met President Dale Harmon at the border. “It was a great honour,” Kim Sun Ok said.',
    'Harmon said he and Kim talked for an hour. Tillman & Tillman, the drug maker, sent supplies.',
  ]);
  const trial = article('tillman-trial-2019', 'Judge rules', '2019-02-01', ['Rosa Tillman, a judge in Varnia, ruled on Monday. “The law is clear,” said Rosa Tillman.']);

  it('reads “Kim” alone for neither Kim, and a firm “Tillman & Tillman” for no Tillman', () => {
    const articles = [summit, border, trial];
    const ctx = buildContext(extractLibrary(articles), articles, 'r15-opts17');
    const id = (name: string) => [...ctx.people.byId.values()].find((p) => p.name === name)?.id ?? '';
    expect(id('Kim Jong Ha')).not.toBe('');
    expect(namedIn(ctx, 'varnia-border-2019').has(id('Kim Jong Ha'))).toBe(false);
    expect(namedIn(ctx, 'varnia-border-2019').has(id('Kim Sun Ok'))).toBe(true);
    expect(id('Rosa Tillman')).not.toBe('');
    expect(namedIn(ctx, 'varnia-border-2019').has(id('Rosa Tillman'))).toBe(false);
  });
});

describe('round 15: an office written two ways is one office', () => {
  it('finds “US Secretary of Defense” held by the year’s “Defense Secretary”', () => {
    const older = article('pentagon-2016', 'Defense chief visits Tokyo', '2016-05-01', ['US Defense Secretary Ash Varden met Japanese officials. “Our alliance is strong,” Varden said.']);
    const later = article('pentagon-2017', 'Defense chief visits Kabul', '2017-04-24', ['US Secretary of Defense Jim Mallory met Afghan officials. “We will stay the course,” Mallory said.']);
    const articles = [older, later];
    const ctx = buildContext(extractLibrary(articles), articles, 'r15-opts17');
    const mallory = [...ctx.people.byId.values()].find((p) => p.name === 'Jim Mallory');
    expect(mallory?.role).toMatch(/Secretary of Defense/);
    expect(heldByAnotherThen(ctx, 'pentagon-2016', mallory?.id ?? '')).toBe(true);
  });
});

describe('round 15: an acronym is nobody’s surname', () => {
  it('does not read “the UN envoy” as naming Kim Jong Un', () => {
    const korea = article('varnia-2019', 'Leaders meet', '2019-06-30', ['North Varnian leader Kim Jong Un met President Dale Harmon. “It was an honour,” Kim Jong Un said.']);
    const kenya = article('kestria-2009', 'Envoy warns', '2009-10-08', ['The former UN chief Kofi Amani met officials in Nairobo. “Reform cannot wait,” Amani said.', 'A UN envoy said the talks would go on.']);
    const articles = [korea, kenya];
    const ctx = buildContext(extractLibrary(articles), articles, 'r15-opts17');
    const kim = [...ctx.people.byId.values()].find((p) => p.name === 'Kim Jong Un');
    expect(kim).toBeDefined();
    expect(namedIn(ctx, 'kestria-2009').has(kim?.id ?? '')).toBe(false);
  });
});

describe('round 15: a head of another scene, linked by a head alone', () => {
  it('keeps a president of another summit out of the scene unless someone else of the report is there too', () => {
    const jakarta = article('veyra-2010', 'Press conference in Veyra', '2010-11-09', ['President Halvard Obel met President Suren Tai in Veyra. “We agreed on trade,” Obel said. “We agreed on education,” Tai said.']);
    const summit = article('lisle-2009', 'Summit in Port Lisle', '2009-04-19', ['President Halvard Obel met President Evo Marro in Port Lisle. “We spoke of energy,” Marro said. “We spoke of trade,” Obel said.']);
    const articles = [jakarta, summit];
    const ctx = buildContext(extractLibrary(articles), articles, 'r15-opts17');
    const id = (name: string) => [...ctx.people.byId.values()].find((p) => p.name === name)?.id ?? '';
    expect(id('Evo Marro')).not.toBe('');
    expect(sharesScene(ctx, 'veyra-2010', id('Evo Marro'))).toBe(false);
    expect(sharesScene(ctx, 'veyra-2010', id('Suren Tai'))).toBe(true);
    // An adviser named in both reports links them as the head alone does not.
    const withRook = (a: ArticleInput): ArticleInput => ({ ...a, body: `${a.body}\n\nAdviser Nina Rook briefed reporters afterwards.` });
    const withAide = [withRook(jakarta), withRook(summit)];
    const ctx2 = buildContext(extractLibrary(withAide), withAide, 'r15-opts17');
    const id2 = (name: string) => [...ctx2.people.byId.values()].find((p) => p.name === name)?.id ?? '';
    expect(id2('Nina Rook')).not.toBe('');
    expect(sharesScene(ctx2, 'veyra-2010', id2('Evo Marro'))).toBe(true);
  });
});
