/**
 * Wrong choices a teacher would keep (round 20, issue #15), checked on invented text: a host's words ("Mr. Minister,
 * welcome", "thank you for accepting the invitation") are offered beside the host's own people only; no one is offered
 * as a head of state only in a later year's report ("Iceland's president, Eva Lund" of 2006 for 2005); a
 * where-question set in a territory ("in the West Bank") offers the territory's towns only; no one named only as
 * held ("the call … to free opposition leader …") is offered.
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { generateBank } from '@/lib/generate';
import { buildContext } from '@/lib/generate/context';
import { sideOf } from '@/lib/generate/sides';
import { speaksAsHost } from '@/lib/generate/speaker-place';
import { HEAD_ERA_YEARS, HEAD_LATER_YEARS, ofTheSameEra } from '@/lib/generate/peer-era';
import { isHeadOfGovernment } from '@/lib/generate/head-office';
import { eraYearsOf } from '@/lib/generate/head-scene';
import { pickPlaces } from '@/lib/generate/places';
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

describe('a head of state is lent by a head’s years', () => {
  const talks = article('talks-2005', 'President Hale ends European tour', '2005-02-20', [
    'BRUSSELS, February 20, 2005 – Canadian President Tom Hale ended his tour of Europe on Sunday.',
    '“We may not always agree, but we found a lot of common ground on trade and on the northern fisheries,” Hale said.',
  ]);
  const summit = article('summit-2006', 'Leaders gather for the fisheries summit', '2006-09-15', [
    "Leaders gathered in Oslo. Iceland's president, Eva Lund, told the summit that the northern stocks had fallen by half.",
    '“Our boats will stay in port for the whole of the spring season,” Lund said.',
  ]);
  const library = [talks, summit];
  const ctx = buildContext(extractLibrary(library), library, 'r20');
  const id = (name: string) => [...ctx.people.byId.values()].find((p) => p.name === name)?.id ?? '';

  it('reads “Iceland’s president” as a head of state, lent by the years of a head', () => {
    const lund = ctx.people.byId.get(id('Eva Lund'));
    expect(lund && isHeadOfGovernment(ctx, lund)).toBe(true);
  });

  it('reads a headline’s “President of the Republic of Varnia at Press Conference” as a head of state', () => {
    const kim = { id: 'kim-ha', name: 'Kim Ha', role: 'President of the Republic of Varnia at Press Conference', affiliation: null };
    expect(isHeadOfGovernment(ctx, kim as never)).toBe(true);
    expect(isHeadOfGovernment(ctx, { ...kim, role: 'President at Harvard University' } as never)).toBe(false);
  });

  it('lends no head first shown in office in a later year', () => {
    const lund = ctx.people.byId.get(id('Eva Lund'));
    expect(lund && eraYearsOf(ctx, lund)).toEqual([HEAD_ERA_YEARS, HEAD_LATER_YEARS]);
    expect(lund && ofTheSameEra(ctx, 'talks-2005', lund.id, ...eraYearsOf(ctx, lund))).toBe(false);
  });
});

describe('a where-question set in a territory offers its towns', () => {
  const report = article('annapolis-2007', 'Talks open in Maryland', '2007-11-28', [
    'Israeli and Palestinian negotiators met in Annapolis on Tuesday.',
    'Meanwhile, in the West Bank, hundreds protested the talks at a funeral in Hebron, and police closed the road to Gaza.',
  ]);
  const ctx = buildContext(extractLibrary([report]), [report], 'r20');
  const westBank = ['Ramallah', 'Nablus', 'Jenin', 'Bethlehem', 'Jericho', 'Tulkarm', 'Qalqilya'];

  it('offers only West Bank towns for “in the West Bank, … a funeral in _____”', () => {
    const shown = 'Meanwhile, in the West Bank, hundreds protested the talks at a funeral in _____, and police closed the road to Gaza.';
    const picks = pickPlaces(ctx, 'Hebron', [], 3, 'seed', { articleId: 'annapolis-2007', shown });
    expect(picks).toHaveLength(3);
    for (const p of picks) expect(westBank).toContain(p);
  });

  it('leaves a stem that names no territory as it was', () => {
    const picks = pickPlaces(ctx, 'Hebron', [], 3, 'seed', { articleId: 'annapolis-2007', shown: 'Hundreds protested the talks at a funeral in _____.' });
    expect(picks.some((p) => !westBank.includes(p))).toBe(true);
  });
});

describe('no one named only as held is offered', () => {
  const forum = article('forum-2004', 'Asia forum calls for talks on Korea', '2004-07-02', [
    "JAKARTA, July 2, 2004 – Foreign ministers of the Asian forum met in Jakarta on Friday.",
    "On Burma, the ministers repeated last year's call for the military government in Rangoon to free opposition leader Mara Veld and lift restrictions on her party.",
    "The European Union's external affairs commissioner, Tom Hale, said the union shares the aims of the forum but differs on methods.",
    "“Our objective is not very different from that of our friends, though we disagree about the best tactics for getting there,” he noted.",
    "Australian Foreign Minister Ana Roy said her government would send observers to the next elections.",
    "“We will send twenty observers, and we will pay for the election of a new parliament,” Roy said.",
    "Thai Foreign Minister Paul Grant said the forum would meet again in the spring.",
    "“We will host the next meeting in Bangkok, and every minister has agreed to come,” Grant said.",
  ]);
  const bank = generateBank(extractLibrary([forum]), [forum]).questions.filter((q) => q.kind === 'who-said');

  it('never offers the opposition leader a forum calls on a government to free', () => {
    expect(bank.length).toBeGreaterThan(0);
    expect(bank.filter((q) => q.choices.includes('Mara Veld')).map((q) => q.prompt)).toEqual([]);
  });

  it('nor for that forum’s words when another report of the year hears her speak', () => {
    const freed = article('rangoon-2004', 'Opposition leader speaks to reporters', '2004-11-20', [
      'Opposition leader Mara Veld told reporters in Rangoon on Saturday that her party would take part in the talks.',
      '“We will go to the talks, and we will ask for a new constitution,” Veld said.',
    ]);
    const wider = generateBank(extractLibrary([forum, freed]), [forum, freed]).questions.filter((q) => q.kind === 'who-said');
    const atForum = wider.filter((q) => q.sources.some((s) => s.article === 'forum-2004'));
    expect(atForum.length).toBeGreaterThan(0);
    expect(atForum.filter((q) => q.choices.includes('Mara Veld')).map((q) => q.prompt)).toEqual([]);
  });
});
