/**
 * What a strict teacher sent back from round 8's development sheets (seeds qual8a and qual8b over
 * realnews-dev2, realnews-dev3 and articles-fresh10–13) and from blind-28's open notes, checked on the bank
 * built from those articles: stems that say who "I" and "him" are, days that belong to the event asked,
 * labels people recognise, no courtesy or declined answer asked as a quotation, clean citations.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { generateBank } from '@/lib/generate';
import { readArticleFiles } from '@/lib/cli/read-article-files';
import { shortHeadline } from '@/lib/generate/labels';
import { inMarks } from '@/lib/generate/text';
import { fragmentReason } from '@/lib/generate/fragments';
import { isMostlyCourtesy } from '@/lib/generate/openers';
import { unsaidReferent } from '@/lib/generate/stem-voice';

const root = path.join(import.meta.dirname, '../../..');
const files = [
  'tests/fixtures/realnews-dev2/govuk-cameron-g8-lough-erne-2013.md',
  'tests/fixtures/realnews-dev2/govuk-hague-kerry-london-2013.md',
  'tests/fixtures/realnews-dev2/state-blinken-baerbock-berlin-2022.md',
  'tests/fixtures/realnews-dev2/state-clinton-solana-treaty-room-2009.md',
  'tests/fixtures/realnews-dev2/voa-hurricane-michael-toll-2018.md',
  'tests/fixtures/realnews-dev3/voa-libya-contact-group-istanbul-2011.md',
  'tests/fixtures/realnews-dev3/conversation-cop21-what-was-achieved-2015.md',
  'tests/fixtures/realnews-dev3/defense-carter-nato-ministerial-brussels-2015.md',
  'tests/fixtures/realnews-dev3/govuk-docherty-armenia-visit-2023.md',
  'tests/fixtures/realnews-dev3/kremlin-medvedev-obama-deauville-2011.md',
  'tests/fixtures/realnews-dev3/kremlin-putin-xi-press-statements-moscow-2015.md',
  'tests/fixtures/realnews-dev3/state-tillerson-cayetano-beijing-travel-2017.md',
  'tests/fixtures/question-review/articles-fresh13/06-afps-panetta-meets-us-afghan-leaders-2012.md',
  'tests/fixtures/question-review/articles-fresh13/08-govuk-hammond-visits-pakistan-2016.md',
  'tests/fixtures/question-review/articles-fresh13/09-kremlin-putin-abe-meeting-lima-2016.md',
].map((f) => path.join(root, f));
const { articles } = readArticleFiles(files);
const bank = generateBank(extractLibrary(articles), articles).questions;
const of = (slug: string) => bank.filter((q) => q.sources.some((s) => s.article.includes(slug)));

describe('round 8: a stem says who is speaking and about whom', () => {
  it('asks no place from "I met him only two days ago in _____" or "Your talks with our Russian colleagues … in _____"', () => {
    expect(bank.filter((q) => /I met him|Your talks with our Russian colleagues/.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
  });

  it('still asks Lima and Moscow from the Kremlin transcripts, naming Vladimir Putin as the one who says "I" and "we"', () => {
    const lima = of('putin-abe-meeting-lima').filter((q) => q.answer === 'Lima');
    expect(lima.length).toBeGreaterThan(0);
    for (const q of lima) expect(q.prompt).toMatch(/what Vladimir Putin said/);
    const moscow = of('putin-xi-press-statements').filter((q) => q.answer === 'Moscow' && /We have just ended/.test(q.prompt));
    expect(moscow.length).toBeGreaterThan(0);
    for (const q of moscow) expect(q.prompt).toMatch(/what Vladimir Putin said/);
  });

  it('leaves no "here" pointing at a dateline the stem cut ("leaders here and in _____")', () => {
    expect(bank.filter((q) => /\bhere\b[^“”]*_____|_____[^“”]*\bhere\b/.test(q.prompt.replace(/“[^”]*”/g, ''))).map((q) => q.prompt)).toEqual([]);
    expect(unsaidReferent('Panetta has met with U.S. and Afghan leaders here and in _____, gathering information.')).toBe('place');
    expect(unsaidReferent('Carter met in _____ with King Salman and others.')).toBeNull();
  });

  it('names the state and the group it asks about: no "killed in the state?", no "meeting of the group in _____"', () => {
    expect(bank.filter((q) => /\bin the state\?|of the group in _____/.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
    // Michael's toll is still asked.
    expect(of('hurricane-michael').filter((q) => q.answer === '11').length).toBeGreaterThan(0);
  });

  it('says whose talks in Islamabad: the sentence naming Philip Hammond, not "the talks in Islamabad" (blind-28)', () => {
    expect(bank.filter((q) => /the talks in Islamabad/.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
    const day = of('hammond-visits-pakistan').filter((q) => q.kind === 'when');
    expect(day.map((q) => q.answer)).toEqual(['8 March 2016']);
    expect(day[0]?.prompt).toMatch(/Philip Hammond met in Islamabad \(on _____\)/);
  });
});

describe('round 8: the day asked is the event’s own', () => {
  it('does not date the G8 Summit by its closing press conference (17 June was as true as 18 June)', () => {
    expect(of('g8-lough-erne').filter((q) => q.kind === 'when' && /G8 Summit/.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
  });

  it('does not date "negotiations continue between Armenia and Azerbaijan" by the minister’s visit (22-23 May)', () => {
    expect(of('docherty-armenia').filter((q) => /negotiations between Armenia and Azerbaijan/.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
  });
});

describe('round 8: labels people recognise', () => {
  it('drops GOV.UK’s filing words and a stored copy’s note, and never cuts a name in two', () => {
    expect(shortHeadline('PRESS RELEASE : UK Minister for Europe makes his first visit to Armenia [May 2023]')).toBe('UK Minister for Europe makes his first visit to Armenia');
    expect(shortHeadline('News story: Foreign Secretary and US Secretary of State press conference')).toBe('Foreign Secretary and US Secretary of State press conference');
    expect(shortHeadline('Secretary Antony J. Blinken and German Foreign Minister Annalena Baerbock at a Joint Press Availability')).toBe('Secretary Antony J. Blinken and German Foreign Minister Annalena Baerbock…');
    expect(shortHeadline('(no headline in the stored copy) Hillary Rodham Clinton, Secretary of State, Treaty Room, Washington, DC, April 15, 2009 — remarks with Javier Solana')).toBe('Hillary Rodham Clinton: remarks with Javier Solana');
    expect(shortHeadline('(excerpt) Secretary of State John Kerry Press Availability with Cuban Foreign Minister Bruno Rodriguez')).toBe('Secretary of State John Kerry Press Availability with Cuban Foreign Minister Bruno Rodriguez');
    const shown = bank.flatMap((q) => [q.prompt, q.explanation ?? '']);
    expect(shown.filter((t) => /PRESS RELEASE|News story:|\(no headline|Annalena…/.test(t))).toEqual([]);
  });
});

describe('round 8: quotations worth asking', () => {
  it('asks no welcome, seating or declined answer as who said it', () => {
    expect(fragmentReason('We’ll have something to say about it later', '“')).toBe('logistics');
    expect(fragmentReason('Pleasure to have you at the State Department', '“')).toBe('courtesy');
    expect(isMostlyCourtesy('Please have a seat. And to all our moms out there, I hope you had a wonderful Mother’s Day')).toBe(true);
    expect(isMostlyCourtesy('Let me just make a brief statement. It is good once again to see my friend and partner, Dmitry Medvedev')).toBe(true);
    // A quotation that declines one thing and says another is still asked.
    expect(fragmentReason('We will not comment on the intelligence, but the sanctions will stay in place until Russia leaves Crimea and the Donbas entirely', '“')).toBeNull();
    const asked = bank.filter((q) => q.kind === 'who-said').map((q) => q.prompt);
    expect(asked.length).toBeGreaterThan(3);
    expect(asked.filter((p) => /something to say about it later|Pleasure to have you|brief statement\. It is good/.test(p))).toEqual([]);
  });
});

describe('round 8: facts worth a card', () => {
  it('makes no card of an outlet writing about itself ("at the _____ talks were dozens of The Conversation\'s authors")', () => {
    expect(bank.filter((q) => /The Conversation's authors/.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
  });
});

describe('round 8: clean citations', () => {
  it('closes a quotation the cited sentence opens, and puts one holding a quotation in single marks', () => {
    expect(inMarks('“Secretary Kerry, we are delighted that you chose the United Kingdom.')).toBe('“Secretary Kerry, we are delighted that you chose the United Kingdom.”');
    expect(inMarks('Carter said, “We had direct conversations.”')).toBe('‘Carter said, “We had direct conversations.”’');
    expect(inMarks('“We agree,” he said.')).toBe('“We agree,” he said.');
    const explanations = bank.map((q) => q.explanation ?? '');
    // No quotation closed twice at the end ("…partners.””"), none left open at a citation's end.
    expect(explanations.filter((e) => /””|Source: “[^”]*\(“/.test(e))).toEqual([]);
  });
});
