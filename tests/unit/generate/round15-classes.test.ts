/**
 * Classes of round 15's full review of the real-article bank (issue #15), checked on invented text.
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { generateBank } from '@/lib/generate';
import { buildContext } from '@/lib/generate/context';
import { namedIn } from '@/lib/generate/story';
import { sourceLabel } from '@/lib/generate/labels';
import type { ArticleInput } from '@/lib/extract/types';

const article = (id: string, title: string, date: string, paragraphs: string[]): ArticleInput => ({ id, title, body: paragraphs.join('\n\n'), bodyStart: 0, date });

describe('round 15: “the Hill” is a place, not the person another report names Hill', () => {
  const professor = article('hill-campus-2015', 'Students rally for a classmate', '2015-09-17', [
    'Students at Varnia State rallied on Thursday for a classmate who was detained over a science project.',
    'Professor Dana Hill, who teaches law at the university, commented, “Hoping that this movement becomes a national conversation on how schools punish children.”',
  ]);
  const briefing = article('kestria-briefing-2013', 'Briefing by the Press Secretary on the Kestria Summit', '2013-09-06', [
    'MR. LOWE: Good afternoon. The President met Prime Minister Tanaka this morning for an hour and a half.',
    'Q    Has the President been making personal phone calls to members of Congress on the Hill while he’s here?',
    'MR. LOWE: It’s my understanding that he is going to be doing outreach to members all week, and we’ll email you those calls as we get them compiled.',
  ]);

  it('does not count the briefing as naming Dana Hill, nor gloss its “he” with her name', () => {
    const articles = [professor, briefing];
    const ctx = buildContext(extractLibrary(articles), articles, 'r15');
    const hill = [...ctx.people.byId.values()].find((p) => p.name === 'Dana Hill');
    expect(hill).toBeDefined();
    expect(namedIn(ctx, 'hill-campus-2015').has(hill?.id ?? '')).toBe(true);
    expect(namedIn(ctx, 'kestria-briefing-2013').has(hill?.id ?? '')).toBe(false);
    const prompts = generateBank(extractLibrary(articles), articles).questions.map((q) => q.prompt);
    expect(prompts.join('\n')).not.toContain('[Dana Hill]');
  });
});

describe('blind-39: a country whose name ends in s keeps it in a who-said stem', () => {
  const comoros = article('comoros-2008', 'Troops land on the island', '2008-03-25', [
    'Troops of the African Union landed on the island of Anjouan on Tuesday to remove its rebel leader.',
    'Meanwhile, Kestrian president Ana Ruiz denounced the operation. "It takes Comoros back to the use of force to solve a problem that could have been resolved with negotiations," she said in a televised statement.',
    '"We would have preferred a negotiated settlement, and we said so to the Union," said Foreign Minister Luis Vado of Varnia.',
    '"Our forces will stay on the island only until order is restored and a vote can be held," Union envoy Mira Solberg told reporters.',
  ]);

  it('asks “It takes Comoros back”, never “Comoro’s”', () => {
    const prompts = generateBank(extractLibrary([comoros]), [comoros]).questions.map((q) => `${q.prompt}\n${q.explanation}`).join('\n');
    expect(prompts).toContain('It takes Comoros back');
    expect(prompts).not.toContain('Comoro’s');
  });
});

describe('blind-39: a rank is written before the name', () => {
  const island = article('island-2008', 'Troops land on the island', '2008-03-25', [
    'Troops of the African Union landed on the island of Varn on Tuesday to remove its rebel leader, Colonel Tomas Brell.',
    '"I have over a hundred men and we will fight until the invaders leave our island," said Lieutenant Dan Okoro of the loyalists.',
    '"We would have preferred a negotiated settlement, and we said so to the Union," said Foreign Minister Luis Vado of Kestria.',
    '"Our forces will stay on the island only until order is restored and a vote can be held," Union envoy Mira Solberg told reporters.',
  ]);

  it('shows “Lieutenant Dan Okoro”, never “Dan Okoro (Lieutenant)”', () => {
    const shown = generateBank(extractLibrary([island]), [island]).questions.map((q) => `${q.prompt}\n${q.explanation}`).join('\n');
    expect(shown).toContain('Lieutenant Dan Okoro');
    expect(shown).not.toContain('(Lieutenant)');
  });
});

describe('blind-39: a wire reporter’s line is not asked as who-said', () => {
  const island = article('island-press-2008', 'Troops land on the island', '2008-03-25', [
    'Troops of the African Union landed on the island of Varn on Tuesday to remove its rebel leader, Colonel Tomas Brell.',
    '"The island command will not confirm any information regarding the arrest of Colonel Brell," said reporter Pia Lund.',
    '"We would have preferred a negotiated settlement, and we said so to the Union," said Foreign Minister Luis Vado of Kestria.',
    '"Our forces will stay on the island only until order is restored and a vote can be held," Union envoy Mira Solberg told reporters.',
  ]);

  it('never asks who said the reporter’s line, and still asks the envoy’s', () => {
    const questions = generateBank(extractLibrary([island]), [island]).questions.filter((q) => q.kind === 'who-said');
    expect(questions.map((q) => q.answer)).not.toContain('Pia Lund');
    expect(questions.map((q) => q.answer)).toContain('Mira Solberg');
  });
});

describe('blind-39: a news agency is no who-said option', () => {
  const basra = article('harbour-2008', 'Forces battle militants in the port for a second day', '2008-03-26', [
    'Government forces fought militants in the port city of Halden for a second day on Wednesday.',
    'Agence France-Presse reported that two soldiers were killed in the capital.',
    '"No one wants to see a return to the violence of a year ago," spokesman Major General Tomas Brell said on television.',
    '"We have been living for the last hours in hell," said Halden resident Pia Lund.',
    '"The government has to show it can hold the port," said analyst Luis Vado of the Kestria Institute.',
  ]);

  it('offers people, never “Agence France-Presse”', () => {
    const choices = generateBank(extractLibrary([basra]), [basra]).questions.filter((q) => q.kind === 'who-said').flatMap((q) => q.choices);
    expect(choices.length).toBeGreaterThan(0);
    expect(choices).not.toContain('Agence France-Presse');
  });
});

describe('blind-40: a past meeting’s day options stop at the report’s date', () => {
  const visit = article('ruiz-visit-2010', 'Ruiz Ends Visit With Tribute to Fallen Soldiers', '2010-05-13', [
    'Kestrian President Ana Ruiz has ended her visit to Varnia with a tribute to fallen soldiers.',
    'Ms. Ruiz and Varnian President Luis Vado presented a united front during Wednesday’s talks at the palace in Halden.',
    '“Our partnership is stronger than the tensions of the past months,” Vado said after the talks.',
  ]);

  it('offers no day after Thursday, May 13 for Wednesday’s talks', () => {
    const whens = generateBank(extractLibrary([visit]), [visit]).questions.filter((q) => q.kind === 'when');
    expect(whens.length).toBeGreaterThan(0);
    for (const q of whens) {
      expect(q.answer).toContain('May 12');
      expect(q.choices.filter((c) => /May (1[4-9]|2\d)/.test(c))).toEqual([]);
    }
  });
});

describe('a meeting stem names people, not a qualifier another report writes as a name', () => {
  const walk = article('walk-2015', 'Southeast Asian Activists Unite in a Walk Ahead of the Summit', '2015-11-20', [
    'Southeast Asian activists and members of civil society groups gathered in Halden a few days before the summit.',
    'While promoting unity is a worthy goal, Southeast Asian activists urged their leaders to address poverty.',
  ]);
  const pentagon = article('tra-2003', 'Kestrian Defense Minister Welcomed at Pentagon', '2003-11-10', [
    'Defense Secretary Tom Rall unveiled his travel plans after holding historic talks at the Pentagon earlier Monday with the defense minister of another Asian nation, Pham Van Tra of Kestria.',
    '"This is a historic visit, and we have made positive progress in our defense relationship," Rall told reporters after the talks.',
  ]);

  it('never asks about “the talks between Southeast Asian and Pham Van Tra”', () => {
    const prompts = generateBank(extractLibrary([walk, pentagon]), [walk, pentagon]).questions.map((q) => q.prompt).join('\n');
    expect(prompts).not.toContain('Southeast Asian and');
  });
});

describe('blind-40: joint remarks are labelled by their speakers, not “a report by White House”', () => {
  const remarks: ArticleInput = {
    id: 'ruiz-vado-2023',
    title: 'Remarks by President Ana Ruiz and General Secretary Luis Vado of the Workers Party of Kestria in Joint Press Statements',
    outlet: 'White House',
    body: ['PRESIDENT RUIZ: Thank you all for being here. Our two nations have upgraded their partnership today.', 'GENERAL SECRETARY VADO: Thank you, President Ruiz. Our peoples have come a long way together.'].join('\n\n'),
    bodyStart: 0,
    date: '2023-09-10',
  };

  it('cuts the headline after the second speaker’s name', () => {
    const ctx = buildContext(extractLibrary([remarks]), [remarks], 'r15');
    expect(sourceLabel(ctx, remarks.id).label).toMatch(/^“Remarks by President Ana Ruiz and General Secretary Luis Vado…”/);
  });
});
