/**
 * Property tests over generated banks: every question, for any seed and any input order, must keep
 * the promises a teacher relies on (one defensible answer, cited, no giveaway).
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { generateBank } from '@/lib/generate';
import { buildContext } from '@/lib/generate/context';
import { isMachineTranslated } from '@/lib/generate/body-lines';
import type { QuestionKind } from '@/lib/generate/types';
import { banks, newsLibrary } from './banks';
import { makeChecker } from './check-question';

// Whole banks regenerated per property run: seconds each on two shared cores.
vi.setConfig({ testTimeout: 60_000 });

// No order questions (none of five was signed in four blind reviews), and what-said only with two fresh
// quotations of the speaker's own camp, which neither of these banks holds (see blind-23-classes.test.ts).
const ALL_KINDS: QuestionKind[] = ['who-said', 'where', 'when', 'figure-choice', 'figure-numeric', 'cloze', 'source-check'];

describe.each(banks())('generated bank ($name)', ({ facts, articles }) => {
  const bank = generateBank(facts, articles);
  const problems = makeChecker(facts, articles);

  it('every question is sound (one correct choice, distinct choices, no giveaway, cited)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...bank.questions), (q) => {
        expect(problems(q)).toEqual([]);
      }),
      { numRuns: bank.questions.length * 3 },
    );
    // The sample above is random; also sweep every question once so a rare failure cannot hide.
    expect(bank.questions.flatMap(problems)).toEqual([]);
  });

  it('stays sound for any seed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (seed) => {
        const other = generateBank(facts, articles, { seed });
        expect(other.questions.flatMap(problems)).toEqual([]);
        // The seed reorders choices; it never changes which questions exist or their ids.
        expect(other.questions.map((q) => q.id)).toEqual(bank.questions.map((q) => q.id));
      }),
      { numRuns: 8 },
    );
  });

  it('covers every kind of question', () => {
    const kinds = new Set(bank.questions.map((q) => q.kind));
    // Whether a figure is chosen or typed goes by turns, and a bound is always typed: either kind stands for both.
    const missing = ALL_KINDS.filter((k) => !kinds.has(k) && !(k.startsWith('figure-') && (kinds.has('figure-choice') || kinds.has('figure-numeric'))));
    expect(missing).toEqual([]);
  });

  it('never offers choices for a bound ("more than 13,000", "at least 150"): smaller options would be true as well', () => {
    const bounded = facts.articles.flatMap((a) => a.figures).filter((f) => f.qualifier === 'more than' || f.qualifier === 'at least' || f.qualifier === 'over' || f.qualifier === 'up to');
    const chosen = bank.questions.filter((q) => q.kind === 'figure-choice' && q.factIds.some((id) => bounded.some((f) => f.id === id)));
    expect(chosen.map((q) => q.prompt)).toEqual([]);
  });

  it('has unique ids', () => {
    expect(new Set(bank.questions.map((q) => q.id)).size).toBe(bank.questions.length);
  });

  it('is byte-identical across runs and input orders', () => {
    const json = JSON.stringify(bank);
    expect(JSON.stringify(generateBank(facts, articles))).toBe(json);
    fc.assert(
      fc.property(fc.shuffledSubarray(articles, { minLength: articles.length }), fc.shuffledSubarray(facts.articles, { minLength: facts.articles.length }), (arts, factArts) => {
        const shuffledFacts = { ...facts, articles: factArts, people: [...facts.people].reverse(), conflicts: [...facts.conflicts].reverse(), clusters: [...facts.clusters].reverse() };
        expect(JSON.stringify(generateBank(shuffledFacts, arts))).toBe(json);
      }),
      { numRuns: 10 },
    );
  });

  // Four: a fact is asked once per answer in a quiz (chosen or typed, not both; from one report of the story,
  // not from each), a quotation once (by its speaker or by its words), about two questions a sentence;
  // a quotation that names nothing ("There is no change, there will be no change") and a paragraph a
  // machine translation garbled ("said he said") not at all.
  it('asks at least 4 questions per reliable article; a garbled copy only through source checks', () => {
    const ctx = buildContext(facts, articles, 'cited');
    for (const a of articles) {
      const mine = bank.questions.filter((q) => q.sources.some((s) => s.article === a.id));
      // A machine translation ("by the Russia ”", "said he said") is asked its meetings and figures, in the
      // generator's words; its quotations are the translator's, not the speakers'.
      if (isMachineTranslated(a)) {
        expect(mine.length, a.id).toBeGreaterThan(0);
        expect(mine.filter((q) => q.kind === 'who-said' || q.kind === 'what-said').map((q) => q.prompt), a.id).toEqual([]);
        continue;
      }
      if (!ctx.isDerivative(a.id)) {
        // Three for The Federal's report (002): its second Lavrov who-said ("We won’t allow …,” he said, cited with
        // "“If the West …,” Lavrov said") was sent back as redundant by both blind-27 judges and is no longer asked.
        expect(mine.length, a.id).toBeGreaterThanOrEqual(a.id.startsWith('002_') ? 3 : 4);
        continue;
      }
      // What the rewrite shares with the original is asked from the original; the rewrite itself is
      // cited only where a source check shows how it differs.
      expect(mine.filter((q) => q.kind === 'source-check').length, a.id).toBeGreaterThan(0);
      expect(mine.filter((x) => x.kind !== 'source-check').map((q) => q.prompt), a.id).toEqual([]);
    }
    const kinds = new Set(bank.questions.map((q) => q.kind));
    expect(kinds.has('who-said') && kinds.has('where') && (kinds.has('figure-choice') || kinds.has('figure-numeric'))).toBe(true);
  });
});

describe('generated bank on real news (five articles and 65 news articles)', () => {
  const { facts, articles } = newsLibrary();
  const bank = generateBank(facts, articles);
  const problems = makeChecker(facts, articles);

  it('keeps every question sound: one correct choice, each citation holding the answer or naming the speaker', () => {
    // One question per fact of a story (not per report), a quotation once, none from machine translations,
    // and figures only when they are headline figures (tolls, the displaced, troops, money pledged, votes).
    // 100 since round 12: a who-said of the Price briefing had "David Gould" as a choice only because the people
    // index read the sentence-opening "Could" as a misspelt Gould; with no such third name it is not asked.
    // 97 since blind-36: three questions went that a quiz should not ask beside their neighbours — Tillerson's
    // "will welcome 37 African foreign ministers to _____" (Washington, the host's own capital), and two dates whose
    // stems show the place another question of their sentence asks (the Manila dialogue's; "Following a meeting in
    // Brussels _____ and Friday, … ahead of the London Summit" beside the card "ahead of the _____ Summit").
    // 96 since round 19: Kirby's "[I]n ye- — yesterday's violence …" went with every quotation showing a transcript's
    // false start (a teacher sent back "addro- — in addressing" as unclean text, full-19).
    // 95 since round 19 (whoT): Putin's "what came in to Direct Line" was offered beside Erdogan, a head of another
    // state the report does not name, whom words naming a Russian programme give away: not asked.
    // 94 since round 21 (pendT): two who-said questions showing a transcript's self-repair went (Sherman's "partners,
    // NGOs – and NGOs to identify …", Blinken's "He was – he last spoke …"), as blind-50 sent back Biden's
    // "[W]e’re — we are — we had …"; Sherman's "working around the clock" came in, one question fewer.
    // 93 since round 21 (pendW): "where did the talks between Jim Mattis and Recep Tayyip Erdogan take place?" went
    // (Ankara, the one home capital of those who met among Bucharest, Baghdad and Istanbul; its sentence says "Turkey's
    // capital city").
    // 92 since round 21 (distS): Zarif's "Oh, we're just working …" went, offered with three choices beside Kerry and
    // George Little (a Pentagon spokesman of another report).
    // 91 since round 21 (lead): a card blanking a town inside a gathering's name ("the _____ Summit") went.
    // 90 since round 22 (twoP): Congost Mohedano's "Yes! I train all year to go to win a medal" went, offered beside two
    // of the interviewer's questions ("Do you plan to continue running until 2020 …?"): the one statement is the key.
    // 83 since round 23 (choices): who-said no longer fills its wrong choices with people of other stories that share
    // only a head of state with the asked report, nor with heads of state of other stories (option-floor.ts).
    // 82 since round 24 (boiler): Putin's "I would like to express gratitude to my dear friend" went, a quotation built
    // only from thanks that says nothing (says-nothing.ts).
    expect(bank.questions.length).toBeGreaterThanOrEqual(82);
    expect(bank.questions.flatMap(problems)).toEqual([]);
  });

  it('stays sound for any seed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (seed) => {
        expect(generateBank(facts, articles, { seed }).questions.flatMap(problems)).toEqual([]);
      }),
      { numRuns: 3 },
    );
  });
});
