/**
 * Classes of round 16 (issue #15), checked on invented text.
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { generateBank } from '@/lib/generate';
import { titleForReport } from '@/lib/generate/time-bound-title';
import { opensByAddressing } from '@/lib/generate/addressed';
import { isCartoonScript } from '@/lib/generate/cartoon';
import { namesALandform } from '@/lib/generate/person-words';
import { losesReferent } from '@/lib/generate/lost-referents';
import type { ArticleInput } from '@/lib/extract/types';

const article = (id: string, title: string, date: string, paragraphs: string[]): ArticleInput => ({ id, title, body: paragraphs.join('\n\n'), bodyStart: 0, date });

describe('full review r15: a title’s “new” belongs to the report that wrote it', () => {
  const arrival = article('roe-varn-2006', 'New defence minister visits the front', '2006-12-21', [
    'The new U.S. Defense Secretary, Jana Roe, visited troops in Varn and held meetings with army chiefs on the second day of her trip.',
    '"The soldiers asked for more helicopters and better radios, and we will look at both," General Mark Tull said after the meeting.',
    '"I came to listen to the soldiers before any decision on reinforcements," Roe told reporters in Varn.',
  ]);
  const later = article('roe-lund-2010', 'Roe visit to Lund latest sign of closer ties', '2010-01-19', [
    'U.S. Defense Secretary Jana Roe arrived in Lund on Tuesday for talks on military cooperation with her counterpart, Olaf Berg.',
    '"We have as broad a range of exchanges with the Lund forces as we have almost anywhere in the world," Roe said.',
    '"Our two armies have trained together for a decade and will do so again next spring," Berg said.',
    '"The exchanges with Washington are the backbone of our defence planning for the next decade," said Lund Army chief Paul Nyberg.',
  ]);

  it('shows “Jana Roe (U.S. Defense Secretary)” for her 2010 words, not the 2006 report’s “new”', () => {
    const articles = [arrival, later];
    const explanations = generateBank(extractLibrary(articles), articles)
      .questions.filter((q) => q.kind === 'who-said' && q.sources[0]?.article === 'roe-lund-2010')
      .map((q) => q.explanation);
    expect(explanations.join('\n')).toContain('Jana Roe (U.S. Defense Secretary) said it.');
  });

  it('drops a leading time word the cited report does not write with the title', () => {
    expect(titleForReport('new U.S. Defense Secretary', 'Defense Secretary Robert Gates said it was time.')).toBe('U.S. Defense Secretary');
    expect(titleForReport('new U.S. Defense Secretary', 'The new U.S. Defense Secretary, Robert Gates, said it.')).toBe('new U.S. Defense Secretary');
    expect(titleForReport('former President', 'Former President Blaise Compaore fled.')).toBe('former President');
    expect(titleForReport('Defense Secretary', 'anything')).toBe('Defense Secretary');
  });
});

describe('round 16: a briefer’s trip clock and the next briefers brought on are room talk', () => {
  const briefing = article('kestria-apec-briefing-2009', 'Press Briefing by Senior Officials on the Kestria Summit', '2009-11-15', [
    'PRESS BRIEFING BY PRESS SECRETARY DAN LOWE, DEPUTY ADVISER DANA VOSS AND ELI BRANDT',
    'MR. LOWE: Good afternoon. We\'re going to do this rather quickly; the motorcade is going to leave rather shortly. The President is a tad behind schedule. So I\'m going to bring up Dana Voss and Eli Brandt to answer some questions. Dana will give us a quick readout.',
    'MS. VOSS: The two Presidents agreed to resume arms talks in Lund next spring and to cut their warheads by a third within seven years.',
    '"We will meet in Lund in the spring to finish the treaty," President Ana Ruiz said after the talks.',
    '"Our delegations have the mandate to close every open chapter by then," President Tomas Brell said.',
  ]);

  it('asks no who-said on the clock and the hand-over, and still asks the substance', () => {
    const questions = generateBank(extractLibrary([briefing]), [briefing]).questions;
    const prompts = questions.map((q) => q.prompt).join('\n');
    expect(prompts).not.toContain('motorcade');
    expect(prompts).toMatch(/resume arms talks|finish the treaty|close every open chapter/);
  });
});

describe('round 16: a turn that opens by calling a reporter by name answers a question', () => {
  it('reads “Jake, let me …” as addressed, “Russia, as you know” as not', () => {
    expect(opensByAddressing('Jake, let me reiterate what the -- I mean, I think you heard the President say.')).toBe(true);
    expect(opensByAddressing('Well, Margaret, we will see.')).toBe(true);
    expect(opensByAddressing('Russia, as you know, has not withdrawn its troops.')).toBe(false);
    expect(opensByAddressing('Today, we signed the treaty.')).toBe(false);
  });

  const briefing = article('kestria-lund-briefing-2009', 'Press Briefing by the Press Secretary on the Lund Talks', '2009-11-15', [
    'PRESS BRIEFING BY PRESS SECRETARY DAN LOWE, DEPUTY ADVISER DANA VOSS AND ELI BRANDT',
    'MR. LOWE: Good afternoon. I am going to bring up Dana Voss and Eli Brandt to answer some questions.',
    'MS. VOSS: The two Presidents agreed to resume arms talks in Lund next spring and to cut their warheads by a third within seven years.',
    'MR. LOWE: Jake, let me reiterate what the -- I mean, I think you heard President Ana Ruiz say and the two Presidents agree that time is running out for Varnia.',
    'MR. BRANDT: President Tomas Brell told President Ana Ruiz that his delegation has the mandate to close every open chapter by the spring.',
  ]);

  it('asks no who-said on the addressed turn', () => {
    const prompts = generateBank(extractLibrary([briefing]), [briefing]).questions.map((q) => q.prompt).join('\n');
    expect(prompts).not.toContain('let me reiterate');
  });
});

describe('round 16: a cartoon’s script is the cartoonist’s words, not a quotation', () => {
  const post = article('kestria-exile-debate-2012', 'Kestria: Sparking the ‘Exile is Not Freedom’ Debate', '2012-05-20', [
    'The activist Mara Lind left Kestria for Lund on Saturday after weeks of talks between the two governments.',
    '“Premier Ode, where are my three requests?”, Lind wrote on her blog before boarding, and her supporters shared it widely.',
    'Mara Lind: “Premier Ode, I have three requests!”\nUncle Sam: ”Wait, wait! Give me a promise!“\nPaul Ode: ”Trust me! Fairness and justice are more glorious than the sun.“\n‘More Glorious than the Sun’ by Crazy Crab for Daily Ink.',
    '“Exile is not freedom, and nobody should mistake it for a deal,” said the writer Ivo Brandt, a friend of Lind.',
    '“We expect her to return once her treatment is over,” Foreign Minister Tomas Brell said in Lund on Monday.',
  ]);

  it('asks no who-said on the cartoon’s lines', () => {
    const prompts = generateBank(extractLibrary([post]), [post]).questions.map((q) => q.prompt).join('\n');
    expect(prompts).not.toContain('more glorious than the sun');
  });

  it('reads the script only beside its credit line', () => {
    const body = 'Ana: “Go now!”\nBo: “No, never!”\n‘Standoff’ by Pen Ink for Daily Ink.';
    expect(isCartoonScript(body, { start: 0, end: 14 })).toBe(true);
    expect(isCartoonScript('Ana: “Go now!”\nBo: “No, never!”', { start: 0, end: 14 })).toBe(false);
  });
});

describe('round 16: a place named by its landform is no who-said option', () => {
  it('reads “Silicon Valley” and “Gaza Strip” as places, “Michael Bay” as a person', () => {
    expect(namesALandform('Silicon Valley')).toBe(true);
    expect(namesALandform('Gaza Strip')).toBe(true);
    expect(namesALandform('Michael Bay')).toBe(false);
    expect(namesALandform('Jordan River Smith')).toBe(false);
  });

  const visit = article('ruto-lund-2024', 'President Ruiz Hosts President Brell at the White House', '2024-05-23', [
    'President Ana Ruiz welcomed President Tomas Brell of Varnia to Lund on Thursday, the first state visit by a Varnian leader in two decades.',
    '"Our two nations will build the chips of the next decade together, from Silicon Valley to the factories of Varn," Ruiz said at the welcome ceremony.',
    '"We came to Lund to sign, not to talk, and we will leave with a partnership that lasts," Brell said.',
    '"The talks covered trade, security and the climate, and all three ended in agreements," said Foreign Minister Ivo Lind of Varnia.',
    '"Nothing about the security pact was left for later," Defence Minister Mara Holt told reporters after the talks.',
  ]);

  it('offers no “Silicon Valley” beside the speakers', () => {
    const options = generateBank(extractLibrary([visit]), [visit]).questions.filter((q) => q.kind === 'who-said').flatMap((q) => q.choices);
    expect(options.length).toBeGreaterThan(0);
    expect(options).not.toContain('Silicon Valley');
  });
});

describe('blind-41: a bare office is written before the name', () => {
  const island = article('island-president-2008', 'Troops land on the island', '2008-03-25', [
    'Troops of the African Union landed on the island of Varn on Tuesday to remove its rebel leader, Colonel Tomas Brell.',
    '"We will fight until the invaders leave our island, and we will not sign anything in Lund," said President Dan Okoro of the loyalists.',
    '"We would have preferred a negotiated settlement, and we said so to the Union," said Foreign Minister Luis Vado of Kestria.',
    '"Our forces will stay on the island only until order is restored and a vote can be held," Union envoy Mira Solberg told reporters.',
  ]);

  it('shows “President Dan Okoro”, never “Dan Okoro (President)”', () => {
    const shown = generateBank(extractLibrary([island]), [island]).questions.map((q) => `${q.prompt}\n${q.explanation}`).join('\n');
    expect(shown).toContain('President Dan Okoro');
    expect(shown).not.toContain('(President)');
  });
});

describe('blind-41: a photo caption’s date is not the news of the day', () => {
  const visit = article('roe-manas-2005', 'Roe wraps up Central Asia trip in Varn', '2005-04-14', [
    'Defense Secretary Jana Roe is greeted by Varn Air Base commander Col. Mark Tull and Ambassador Ivo Lind on April 14. Photo by Paul Nyberg',
    'Roe thanked the troops at the base, which has supported operations in the region since December 2001, and met President Ana Ruiz in the capital.',
    '"You will be able to look back and know you were part of something that mattered for the whole region," Roe told the troops.',
  ]);

  it('asks no cloze on the caption’s “April 14”', () => {
    const questions = generateBank(extractLibrary([visit]), [visit]).questions;
    expect(questions.filter((q) => q.kind === 'cloze' && q.answer.includes('April 14'))).toEqual([]);
  });
});

describe('blind-41: a sentence that goes on from the one before and ends on a bare “that”', () => {
  it('points back', () => {
    expect(losesReferent("And you'll be able to look back and know in your hearts you were a part of that.")).toBe(true);
    expect(losesReferent('And we will build a port in Varn, and the whole region will profit from that port.')).toBe(false);
    expect(losesReferent('We will never give up on that.')).toBe(false);
  });
});
