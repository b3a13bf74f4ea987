/**
 * Defects a teacher found when the generator met news it was not tuned on, each reproduced on
 * invented articles and hand-built facts (the extractor's output on real unseen news keeps changing).
 */
import { describe, expect, it } from 'vitest';
import { generateBank } from '@/lib/generate';
import { buildContext } from '@/lib/generate/context';
import { datelineLength, stripDateline } from '@/lib/generate/dateline';
import { looksLikePersonName } from '@/lib/generate/people';
import { isAskableClause } from '@/lib/generate/stems';
import { actorsOf } from '@/lib/generate/story';
import type { ArticleInput, Figure, LibraryFacts, Meeting, Person, Quote, Span } from '@/lib/extract/types';
import type { Question } from '@/lib/generate/types';
import { makeChecker } from './check-question';

const FISH = [
  'EU ministers agree cod quotas after night of talks',
  '',
  'By Mara Jensen',
  '',
  'BRUSSELS (Reuters) — European Union fisheries ministers agreed on Tuesday to cut Baltic cod quotas, after 20 hours of talks in Brussels.',
  '',
  'European Commissioner Kestrel Ondrak said the quotas would be reviewed in spring.',
  '',
  '“We were close by dawn,” Ondrak said, “but two delegations asked for another day and we agreed.”',
  '',
  'Portuguese minister Ines Valbruna said: “Our fleets cannot survive another cut like this one.”',
  '',
  'Union leader Tomas Hlavek said some 4,000 fishing jobs in the region depended on the quotas.',
  '',
  '“Nearly 40 percent of the boats we inspected were over quota,” the Commission said.',
  '',
  'The UN agency said it had sent 12 tonnes of equipment to the ports.',
  '',
  'At least 250 people have died at sea in the region since March, officials said.',
  '',
  'Officials said 1,500 people were evacuated from the harbour district.',
  '',
  'A poll found 62 percent of voters backed the plan.',
  '',
  'Ocean Action director Lene Brask said: “Quotas are not a victory if the fish are gone.”',
].join('\n');

const FOLLOWUP = [
  'Fishing fleets protest new cod quotas',
  '',
  'Portuguese minister Ines Valbruna said on Wednesday: “We will ask the court to review these quotas.”',
  '',
  'Danish minister Oskar Lindmark said: “Every country gave up something to reach this deal.”',
].join('\n');

const HEALTH = [
  'WHO warns of measles surge',
  '',
  'Dr Amara Osei, the agency’s health commissioner, said: “Vaccination is the only answer to this outbreak.”',
  '',
  'Rafael Quintero, its emergencies commissioner, said: “We are sending teams to every affected district.”',
].join('\n');

const BUDGET = [
  'Ministers agree to hire teachers',
  '',
  'VALMORA, March 3 (AP) — Finance ministers met on Tuesday and agreed to hire 2,400 teachers, officials said.',
].join('\n');

// Dated, as wire copy is: a card about "talks" or "Tuesday" names its report and when it was written.
const article = (id: string, body: string): ArticleInput => ({ id, title: body.split('\n')[0] ?? id, body, bodyStart: 0, date: '2031-03-14' });
const articles = [article('fish', FISH), article('followup', FOLLOWUP), article('health', HEALTH), article('budget', BUDGET)];
const bodyOf = (id: string) => articles.find((a) => a.id === id)!.body;

function find(articleId: string, text: string, within?: Span): Span {
  const start = bodyOf(articleId).indexOf(text, within?.start ?? 0);
  if (start < 0) throw new Error(`not found: ${text}`);
  return { start, end: start + text.length };
}

const person = (name: string, aliases: string[], role: string | null): Person => ({
  id: name.toLowerCase().replace(/[^a-z]+/g, '-'), name, aliases, role, affiliation: null,
});
const people = [
  person('Kestrel Ondrak', ['Ondrak'], 'European Commissioner'),
  person('Ines Valbruna', ['Valbruna'], 'Portuguese minister'),
  person('Oskar Lindmark', ['Lindmark'], 'Danish minister'),
  person('Tomas Hlavek', ['Hlavek'], null),
  person('Mara Jensen', [], null),
  // A reporter one letter away from "March" in a cited sentence: no mention, so no distractor.
  person('Lena Marsh', [], null),
  // The extractor took the campaign group for the speaker.
  person('Ocean Action', ['Ocean'], 'director'),
  person('Amara Osei', ['Dr Osei', 'Osei'], 'Health Commissioner'),
  person('Rafael Quintero', ['Quintero'], 'Emergencies Commissioner'),
];
const idOf = (name: string) => people.find((p) => p.name === name)!.id;

const base = (articleId: string, id: string, sentence: Span) => ({ id, articleId, sentence, supportedBy: [articleId], conflictIds: [] });

function quote(articleId: string, id: string, sentenceText: string, text: string, speaker: string): Quote {
  const sentence = find(articleId, sentenceText);
  const at = find(articleId, text, sentence);
  return { ...base(articleId, id, sentence), kind: 'quote', text, ...at, speaker, speakerId: idOf(speaker), method: 'explicit', isFragment: false };
}

function figure(articleId: string, id: string, sentenceText: string, raw: string, unit: string, about: string, claimant: string | null = null): Figure {
  const sentence = find(articleId, sentenceText);
  const at = find(articleId, raw, sentence);
  return {
    ...base(articleId, id, sentence), kind: 'figure', value: Number(raw.replace(/,/g, '')), unit, about, raw,
    valueStart: at.start, valueEnd: at.end, qualifier: null, claimant, status: null, ...sentence,
  };
}

function meeting(articleId: string, id: string, sentenceText: string, what: string, place: string, when: string): Meeting {
  const sentence = find(articleId, sentenceText);
  return { ...base(articleId, id, sentence), kind: 'meeting', what, type: 'meeting', place, when, date: null, participants: [], order: null, ...sentence };
}

const SPLIT = '“We were close by dawn,” Ondrak said, “but two delegations asked for another day and we agreed.”';
const FIRST_SENTENCE = 'BRUSSELS (Reuters) — European Union fisheries ministers agreed on Tuesday to cut Baltic cod quotas, after 20 hours of talks in Brussels.';
const BUDGET_SENTENCE = 'VALMORA, March 3 (AP) — Finance ministers met on Tuesday and agreed to hire 2,400 teachers, officials said.';

const facts: LibraryFacts = {
  articles: [
    {
      id: 'fish', title: FISH.split('\n')[0]!,
      quotes: [
        quote('fish', 'q-dawn', SPLIT, 'We were close by dawn,', 'Kestrel Ondrak'),
        quote('fish', 'q-but', SPLIT, 'but two delegations asked for another day and we agreed.', 'Kestrel Ondrak'),
        quote('fish', 'q-fleets', 'Portuguese minister Ines Valbruna said: “Our fleets cannot survive another cut like this one.”', 'Our fleets cannot survive another cut like this one.', 'Ines Valbruna'),
        quote('fish', 'q-ocean', 'Ocean Action director Lene Brask said: “Quotas are not a victory if the fish are gone.”', 'Quotas are not a victory if the fish are gone.', 'Ocean Action'),
      ],
      meetings: [meeting('fish', 'm-talks', FIRST_SENTENCE, 'fisheries talks', 'Brussels', 'Tuesday')],
      figures: [
        figure('fish', 'f-hours', FIRST_SENTENCE, '20', 'hours', 'hours of talks in Brussels'),
        figure('fish', 'f-jobs', 'Union leader Tomas Hlavek said some 4,000 fishing jobs in the region depended on the quotas.', '4,000', 'jobs', 'fishing jobs in the region depended on', 'Tomas Hlavek'),
        figure('fish', 'f-boats', '“Nearly 40 percent of the boats we inspected were over quota,” the Commission said.', '40', 'percent', 'percent of the boats we inspected'),
        figure('fish', 'f-tonnes', 'The UN agency said it had sent 12 tonnes of equipment to the ports.', '12', 'tonnes', 'tonnes of equipment to ports'),
        figure('fish', 'f-died', 'At least 250 people have died at sea in the region since March, officials said.', '250', 'people', 'people have died at sea in'),
        figure('fish', 'f-evacuated', 'Officials said 1,500 people were evacuated from the harbour district.', '1,500', 'people', 'people were evacuated from the harbour district'),
        figure('fish', 'f-voters', 'A poll found 62 percent of voters backed the plan.', '62', 'percent', 'percent of voters backed the plan'),
      ],
    },
    {
      id: 'followup', title: FOLLOWUP.split('\n')[0]!,
      quotes: [
        quote('followup', 'q-court', 'Portuguese minister Ines Valbruna said on Wednesday: “We will ask the court to review these quotas.”', 'We will ask the court to review these quotas.', 'Ines Valbruna'),
        quote('followup', 'q-gave', 'Danish minister Oskar Lindmark said: “Every country gave up something to reach this deal.”', 'Every country gave up something to reach this deal.', 'Oskar Lindmark'),
      ],
      meetings: [], figures: [],
    },
    {
      id: 'health', title: HEALTH.split('\n')[0]!,
      quotes: [
        quote('health', 'q-vaccine', 'Dr Amara Osei, the agency’s health commissioner, said: “Vaccination is the only answer to this outbreak.”', 'Vaccination is the only answer to this outbreak.', 'Amara Osei'),
        quote('health', 'q-teams', 'Rafael Quintero, its emergencies commissioner, said: “We are sending teams to every affected district.”', 'We are sending teams to every affected district.', 'Rafael Quintero'),
      ],
      meetings: [], figures: [],
    },
    {
      id: 'budget', title: BUDGET.split('\n')[0]!,
      quotes: [],
      meetings: [meeting('budget', 'm-budget', BUDGET_SENTENCE, 'budget meeting', 'Valmora', 'Tuesday')],
      figures: [
        figure('budget', 'f-teachers', BUDGET_SENTENCE, '2,400', 'teachers', 'teachers'),
        // A number the extractor read out of the dateline ("March 3").
        figure('budget', 'f-dateline', BUDGET_SENTENCE, '3', 'days', 'days of budget meetings were held'),
      ],
    },
  ],
  people,
  clusters: [],
  conflicts: [],
};

// Every candidate, before balancing: these tests look at one builder's question for one fact.
const bank = generateBank(facts, articles, { balance: false }).questions;
const about = (factId: string) => bank.filter((q) => q.factIds.includes(factId));
const figurePrompts = (factId: string) => about(factId).filter((q) => q.kind === 'figure-choice' || q.kind === 'figure-numeric').map((q) => q.prompt);
const shown = (q: Question) => [q.prompt, q.back ?? '', ...q.choices].join('\n');

describe('unseen news: the hand-built library is sound', () => {
  it('every question keeps the bank invariants', () => {
    expect(bank.length).toBeGreaterThan(10);
    expect(bank.flatMap(makeChecker(facts, articles))).toEqual([]);
  });
});

describe('1. figure stems read as questions', () => {
  it('never asks "How many …?" with a dangling preposition, a verb cut from its object or a speaker’s "we"', () => {
    const all = bank.filter((q) => q.kind.startsWith('figure')).map((q) => q.prompt);
    expect(all.length).toBeGreaterThan(0);
    for (const p of all) {
      expect(p, p).not.toMatch(/How many [^?]*\b(in|on|of|at|to|the|a|had|have|were|we|our|you)\?/i);
      expect(p, p).not.toMatch(/How many percent/i);
    }
  });

  it('falls back to the blanked sentence for a broken or verbless description', () => {
    for (const id of ['f-tonnes', 'f-boats']) {
      const prompts = figurePrompts(id);
      expect(prompts.length, id).toBeGreaterThan(0);
      // The sentence is named by its report (headline, outlet, day), so its "this latest conflict" can be placed.
      for (const p of prompts) expect(p, id).toMatch(/^(Which figure completes this sentence in “[^”]+”[^?]*\?|Type the figure that completes this sentence in “[^”]+”[^:]*:) .*_____/);
    }
    // "… at sea in the region since March" never names the region: asked up to its cut phrase, by its report.
    // A rising toll says it is the count of the report's day (round 20: "by the count reported that day").
    expect(figurePrompts('f-died').some((p) => /^According to “[^”]+”(?: \([^)]*\))?(?:, by the count reported [^,]+)?, how many people have died at sea\?/.test(p))).toBe(true);
    expect(figurePrompts('f-died').filter((p) => /in the region/.test(p))).toEqual([]);
    expect(figurePrompts('f-jobs').filter((p) => /in the region/.test(p))).toEqual([]);
  });

  it('keeps "How many …?" for a whole clause and asks a percentage as a percentage', () => {
    // Anchored to the report ("According to “…”, how many …?"), which says which event it was.
    expect(figurePrompts('f-evacuated').some((p) => /^According to “[^”]+”(?: \([^)]*\))?, how many people were evacuated from the harbour district\?$/.test(p))).toBe(true);
    expect(figurePrompts('f-voters').some((p) => /^According to “[^”]+”(?: \([^)]*\))?, what percentage of voters backed the plan\?$/.test(p))).toBe(true);
  });

  it('tells a clause that completes "How many" from one that does not', () => {
    expect(isAskableClause('people were killed')).toBe(true);
    expect(isAskableClause('countries wanted more time')).toBe(true);
    expect(isAskableClause('people have died of cholera in')).toBe(false);
    expect(isAskableClause('percent of the deaths we are')).toBe(false);
    expect(isAskableClause('industrial jobs in his country depended on')).toBe(false);
    expect(isAskableClause('tonnes of medical supplies')).toBe(false);
    expect(isAskableClause('members wanted')).toBe(false);
    expect(isAskableClause('homes had been destroyed or badly')).toBe(false);
    expect(isAskableClause('bridges on the coastal highway had')).toBe(false);
  });
});

describe('2. datelines', () => {
  it('strips "CITY (AGENCY) —", "CITY, Month D (AGENCY) —" and "CITY, Mon D —" from shown text only', () => {
    expect(stripDateline('GENEVA, March 3 (AP) — The agency said')).toBe('The agency said');
    expect(stripDateline('SAN JOSE, Calif., July 22 (Reuters) - Chipmaker Northbeam')).toBe('Chipmaker Northbeam');
    expect(stripDateline('LONDON, Aug 7 — The Bank')).toBe('The Bank');
    expect(datelineLength('NATO-Russia talks began on Monday.')).toBe(0);
    expect(datelineLength('Four members wanted to hold rates.')).toBe(0);
  });

  it('shows no dateline in any prompt or card back, while citations keep the sentence’s offsets', () => {
    for (const q of bank) {
      expect(q.prompt, q.prompt).not.toMatch(/\((AP|Reuters)\)|BRUSSELS|VALMORA/);
      expect(q.back ?? '', q.prompt).not.toMatch(/\((AP|Reuters)\)|BRUSSELS|VALMORA/);
    }
    const teachers = about('f-teachers').find((q) => q.kind === 'cloze')!;
    expect(teachers.back).toBe('Finance ministers met on Tuesday and agreed to hire 2,400 teachers, officials said.');
    expect(teachers.sources[0]).toEqual({ article: 'budget', ...find('budget', BUDGET_SENTENCE) });
    expect(about('f-teachers').find((q) => q.kind === 'figure-choice')?.prompt).toBe(
      // The past weekday is dated from the report's date (round 13, blind-26).
      'Which figure completes this sentence in “Ministers agree to hire teachers” (March 14, 2031)? Finance ministers met on Tuesday [March 11, 2031] and agreed to hire _____ teachers, officials said.',
    );
  });

  it('never blanks or asks about something only the dateline gives', () => {
    // "VALMORA" is where the story was filed; the sentence never says where ministers met.
    expect(bank.filter((q) => /valmora/i.test(q.answer))).toEqual([]);
    expect(about('f-dateline')).toEqual([]);
    // Brussels is also named in the sentence proper: that one may be blanked, not the dateline's.
    const brussels = bank.filter((q) => q.kind === 'cloze' && q.answer === 'Brussels');
    expect(brussels.map((q) => q.prompt)).toEqual([`Fill in the blank, from “EU ministers agree cod quotas after night of talks” (March 14, 2031): ${stripDateline(FIRST_SENTENCE).replace('in Brussels', 'in _____')}`]);
  });
});

describe('3. speaker distractors come from the story', () => {
  it('offers the people of the same article when it names two (who was in the room) — not officials from another story', () => {
    const who = about('q-dawn').find((q) => q.kind === 'who-said')!;
    expect(who).toBeDefined();
    // Valbruna (same article) and Hlavek (named in this article's facts, no role); Lindmark, of the follow-up
    // report, only made up the number when the article named fewer than two (blind-19: "use who was in the room").
    expect([...who.choices].sort()).toEqual(['Ines Valbruna', 'Kestrel Ondrak', 'Tomas Hlavek']);
  });

  it('never offers the health story’s commissioners for a fisheries quotation, nor a byline', () => {
    const fishQuestions = bank.filter((q) => q.choiceType === 'person' && q.sources.some((s) => s.article === 'fish'));
    expect(fishQuestions.length).toBeGreaterThan(0);
    for (const q of fishQuestions) {
      expect(q.choices, q.prompt).not.toContain('Amara Osei');
      expect(q.choices, q.prompt).not.toContain('Rafael Quintero');
    }
    expect(bank.filter((q) => q.choices.includes('Mara Jensen') || q.choices.includes('Lena Marsh'))).toEqual([]);
    // "since March" in a cited sentence does not make the reporter Lena Marsh one of the article's people.
    const ctx = buildContext(facts, articles, 'cited');
    expect([...actorsOf(ctx, 'fish')].sort()).toEqual(['ines-valbruna', 'kestrel-ondrak', 'tomas-hlavek']);
  });
});

describe('4. only people are speakers', () => {
  it('tells personal names from organisations', () => {
    for (const n of ['Lars Aagaard', 'Mr Blinken', 'Maria Van Kerkhove', 'Tedros Adhanom Ghebreyesus', 'Agnès Pannier-Runacher', 'Ferdinand Marcos Jr']) {
      expect(looksLikePersonName(n), n).toBe(true);
    }
    for (const n of ['Climate Action', 'Ocean Action', 'Monetary Policy Committee', 'Philippine Red Cross', 'Public Works', 'Reuters', 'Marcos']) {
      expect(looksLikePersonName(n), n).toBe(false);
    }
  });

  it('neither asks what "Ocean Action" said nor offers it as a choice', () => {
    expect(bank.filter((q) => /Ocean Action/.test(shown(q)) && q.kind !== 'cloze')).toEqual([]);
    expect(bank.filter((q) => q.answer === 'Ocean Action')).toEqual([]);
    expect(about('q-ocean')).toEqual([]);
  });
});

describe('5. split quotations', () => {
  it('asks one who-said question with both halves joined, none on the half that starts with "but"', () => {
    const who = bank.filter((q) => q.kind === 'who-said' && (q.factIds.includes('q-dawn') || q.factIds.includes('q-but')));
    expect(who.map((q) => q.prompt)).toEqual(['According to “EU ministers agree cod quotas after night of talks” (March 2031), who said: “We were close by dawn … but two delegations asked for another day and we agreed”?']);
    expect(about('q-but')).toEqual([]);
  });

  it('never shows the second half alone as a choice', () => {
    for (const q of bank) for (const c of [q.prompt, ...q.choices]) expect(c).not.toMatch(/^(?:(?:According to .*, w|W)ho said: “)?but two delegations/);
  });
});
