/**
 * Issue 15, questions a teacher signs without editing: each behaviour a teacher would notice, on
 * invented articles with hand-built facts (so the test does not move with the extractor).
 */
import { describe, expect, it } from 'vitest';
import { generateBank } from '@/lib/generate';
import { jobTitle, cleanShownText } from '@/lib/generate/clean';
import { changedWords } from '@/lib/generate/word-diff';
import { fragmentReason } from '@/lib/generate/fragments';
import { clauseAround } from '@/lib/generate/meeting-clause';
import { shortHeadline } from '@/lib/generate/labels';
import { toleranceFor } from '@/lib/generate/typed-tolerance';
import type { ArticleInput, Figure, LibraryFacts, Meeting, Person, Quote } from '@/lib/extract/types';
import type { Question } from '@/lib/generate/types';
import { makeChecker } from './check-question';

/** A tiny library builder: facts located in the body by their text. */
function library(docs: { id: string; title: string; body: string; outlet?: string }[]) {
  const articles: ArticleInput[] = docs.map((d) => ({ id: d.id, title: d.title, body: d.body, bodyStart: 0, outlet: d.outlet ?? null }));
  const byId = new Map(articles.map((a) => [a.id, a]));
  const span = (articleId: string, text: string, from = 0) => {
    const body = byId.get(articleId)!.body;
    const start = body.indexOf(text, from);
    if (start < 0) throw new Error(`not found in ${articleId}: ${text}`);
    return { start, end: start + text.length };
  };
  const facts: LibraryFacts = { articles: articles.map((a) => ({ id: a.id, title: a.title, quotes: [], meetings: [], figures: [] })), people: [], clusters: [], conflicts: [] };
  const of = (id: string) => facts.articles.find((a) => a.id === id)!;
  return {
    articles,
    facts,
    person(name: string, role: string | null = null, aliases: string[] = []): Person {
      const p: Person = { id: name.toLowerCase().replace(/\W+/g, '-'), name, aliases: [name.split(' ').pop()!, ...aliases], role, affiliation: null };
      facts.people.push(p);
      return p;
    },
    quote(articleId: string, sentence: string, text: string, speaker: Person, method: Quote['method'] = 'explicit'): Quote {
      const s = span(articleId, sentence);
      const q: Quote = {
        kind: 'quote', id: `q-${of(articleId).quotes.length}-${articleId}`, articleId, sentence: s, supportedBy: [articleId], conflictIds: [],
        text, ...span(articleId, text, s.start), speaker: speaker.name, speakerId: speaker.id, method, isFragment: false,
      };
      of(articleId).quotes.push(q);
      return q;
    },
    meeting(articleId: string, sentence: string, what: string, place: string | null, when: string | null, extra: Partial<Meeting> = {}): Meeting {
      const s = span(articleId, sentence);
      const m: Meeting = {
        kind: 'meeting', id: `m-${of(articleId).meetings.length}-${articleId}`, articleId, sentence: s, supportedBy: [articleId], conflictIds: [],
        what, type: 'talks', place, when, date: null, participants: [], order: null, ...s, ...extra,
      };
      of(articleId).meetings.push(m);
      return m;
    },
    figure(articleId: string, sentence: string, raw: string, value: number, unit: string, about: string, extra: Partial<Figure> = {}): Figure {
      const s = span(articleId, sentence);
      const at = span(articleId, raw, s.start);
      const f: Figure = {
        kind: 'figure', id: `f-${of(articleId).figures.length}-${articleId}`, articleId, sentence: s, supportedBy: [articleId], conflictIds: [],
        value, unit, about, raw, valueStart: at.start, valueEnd: at.end, qualifier: null, claimant: null, status: null, ...s, ...extra,
      };
      of(articleId).figures.push(f);
      return f;
    },
    bank(): Question[] {
      return generateBank(facts, articles).questions;
    },
  };
}

const TRADE = [
  'Trade ministers agree to resume talks',
  '',
  'Trade ministers from the bloc met in Lisbon on Tuesday to discuss tariffs, their first meeting since March.',
  '',
  'Commissioner Ana Ribeiro said the bloc would not accept new quotas. She called the proposal “a step back for every exporter in the region”.',
  '',
  '“We came here to find a path to an agreement and we will keep looking for one,” she said.',
  '',
  '“Nobody at this table wants a trade war,” she added, “but nobody will sign a bad deal either.”',
  '',
  'Finance minister Tomas Vidal, her Spanish counterpart, said: “Our farmers cannot wait another season for an answer from Brussels.”',
  '',
  'The minister said on Monday in Rome that talks in Madrid would follow on Friday.',
  '',
  'The National Security Council said on Wednesday that it would review the tariffs.',
  '',
  'The talks lasted almost nine hours.',
].join('\n');

const TRADE_OTHER = [
  'Ministers talk tariffs in Lisbon',
  '',
  'The talks lasted almost ten hours, officials said, and ended without a deal on tariffs.',
  '',
  'Ribeiro said 14 countries backed the plan.',
  '',
  'Trade Commissioner Lena Ostrova and Polish trade minister Piotr Nowak also attended.',
].join('\n');

function tradeLibrary() {
  const lib = library([{ id: 'trade', title: 'Trade ministers agree to resume talks', body: TRADE, outlet: 'Wire' }, { id: 'trade-2', title: 'Ministers talk tariffs in Lisbon', body: TRADE_OTHER }]);
  const ribeiro = lib.person('Ana Ribeiro', 'Commissioner');
  const vidal = lib.person('Tomas Vidal', 'Spanish counterpart');
  lib.person('Lena Ostrova', 'Trade Commissioner');
  lib.person('Piotr Nowak', 'Polish trade minister');
  lib.quote('trade', 'Commissioner Ana Ribeiro said the bloc would not accept new quotas. She called the proposal “a step back for every exporter in the region”.', 'a step back for every exporter in the region', ribeiro);
  lib.quote('trade', '“We came here to find a path to an agreement and we will keep looking for one,” she said.', 'We came here to find a path to an agreement and we will keep looking for one', ribeiro, 'pronoun');
  lib.quote('trade', '“Nobody at this table wants a trade war,” she added, “but nobody will sign a bad deal either.”', 'Nobody at this table wants a trade war', ribeiro, 'pronoun');
  lib.quote('trade', 'Finance minister Tomas Vidal, her Spanish counterpart, said: “Our farmers cannot wait another season for an answer from Brussels.”', 'Our farmers cannot wait another season for an answer from Brussels.', vidal);
  lib.meeting('trade', 'Trade ministers from the bloc met in Lisbon on Tuesday to discuss tariffs, their first meeting since March.', 'meeting', 'Lisbon', 'Tuesday');
  lib.meeting('trade', 'The minister said on Monday in Rome that talks in Madrid would follow on Friday.', 'talks', 'Rome', 'Monday');
  lib.meeting('trade', 'The National Security Council said on Wednesday that it would review the tariffs.', 'National Security Council', 'Washington', 'Wednesday', { type: 'council' });
  lib.figure('trade', 'The talks lasted almost nine hours.', 'nine', 9, 'hours', 'hours the talks lasted', { qualifier: 'about' });
  lib.figure('trade-2', 'The talks lasted almost ten hours, officials said, and ended without a deal on tariffs.', 'ten', 10, 'hours', 'hours the talks lasted', { qualifier: 'about' });
  return lib;
}

describe('1. a quotation’s citation names its speaker', () => {
  const lib = tradeLibrary();
  const bank = lib.bank();
  it('cites the sentence naming the speaker when the quotation says only “she said”', () => {
    const q = bank.find((x) => x.kind === 'who-said' && x.prompt.includes('find a path'))!;
    expect(q.answer).toBe('Ana Ribeiro');
    const cited = q.sources.map((s) => TRADE.slice(s.start, s.end)).join(' ');
    expect(cited).toContain('Commissioner Ana Ribeiro said');
    expect(cited).toContain('We came here to find a path');
    expect(q.explanation).toContain('Commissioner Ana Ribeiro said');
  });

  it('keeps the bank sound, every who-said and what-said citation naming the speaker', () => {
    expect(bank.flatMap(makeChecker(lib.facts, lib.articles))).toEqual([]);
  });
});

describe('2. no fragments', () => {
  it('never asks a quotation lifted out of the reporter’s clause, under seven words, or pointing at a lost referent', () => {
    expect(fragmentReason('the intention of mobilizing double that number in the very short term', 'Russia had massed troops with “')).toBe('partial');
    expect(fragmentReason('if we approach this as a two-way street based on reciprocity', 'progress could be made “')).toBe('partial');
    expect(fragmentReason('in the near future', '')).toBe('short');
    expect(fragmentReason('Ten thousand more will come, double that number next year', '“')).toBe('referent');
    expect(fragmentReason('to sort of go back to the areas of influence of the past … which would mean Russia would restore the spirit. de Yalta', 'NATO “')).toBe('partial');
    // A blind reviewer sent it back: no change in what? Words that name nothing say nothing alone.
    expect(fragmentReason('There is no change, there will be no change', '“')).toBe('referent');
    expect(fragmentReason('There is no change in our position on NATO enlargement', '“')).toBeNull();
    expect(fragmentReason('Let the transcript reflect the applause. (Laughter.)', '“')).toBe('garbled');
    expect(fragmentReason('Good afternoon. Happy Tuesday. Very sorry for the delay today.', '“')).toBe('courtesy');
    expect(fragmentReason('Dear friends, dear citizens of the Republic of Poland', '“')).toBe('courtesy');
    expect(fragmentReason('real progress is going to be very difficult to make', 'but that “')).toBeNull();
  });

  it('asks neither the partial quotation nor offers it as a choice', () => {
    const bank = tradeLibrary().bank();
    for (const q of bank) expect([q.prompt, ...q.choices].join(' ')).not.toContain('a step back for every exporter');
  });
});

describe('3. real events only, with their own place and day', () => {
  const bank = tradeLibrary().bank();
  it('binds place and day to the meeting’s clause, not to “the minister said on Monday in Rome”', () => {
    const wrong = bank.filter((q) => (q.kind === 'where' || q.kind === 'when') && /Rome|Monday/.test(q.answer));
    expect(wrong.map((q) => q.prompt)).toEqual([]);
    expect(clauseAround('The minister said on Monday in Rome that talks in Madrid would follow on Friday.', 45)).toEqual({ start: 41, end: 80 });
  });

  it('never asks about a body as if it were a meeting', () => {
    expect(bank.filter((q) => /National Security Council/.test(q.prompt + q.answer))).toEqual([]);
  });

  it('never says a bare “the talks” or “the meeting” when the article has several', () => {
    for (const q of bank.filter((x) => x.kind === 'where' || x.kind === 'when')) expect(q.prompt).not.toMatch(/\bthe (talks|meeting)\b(?! (in|on|between) )/);
  });
});

describe('4, 8. labels and clean text', () => {
  it('shortens a first sentence standing in for a headline', () => {
    expect(shortHeadline('Egyptian and Qatari mediators are pressing Israel and Hamas to extend a fragile ceasefire in Gaza, after two days of talks in Cairo and Doha failed')).toBe('Egyptian and Qatari mediators are pressing Israel and Hamas…');
    expect(shortHeadline('US Secretary of State Says Diplomatic Solution to Ukraine Crisis Still Possible | NATO')).toBe('US Secretary of State Says Diplomatic Solution to Ukraine Crisis Still Possible');
  });

  it('shows a role only when it is a job title, cased as one', () => {
    expect(jobTitle('Polish counterpart')).toBeNull();
    expect(jobTitle('Mr Blinken’s deputy')).toBeNull();
    expect(jobTitle('french President')).toBe('French President');
    expect(jobTitle('the Kremlin deputy chief of staff')).toBe('Kremlin deputy chief of staff');
    const bank = tradeLibrary().bank();
    for (const q of bank) expect(q.prompt + q.explanation).not.toContain('Spanish counterpart)');
  });

  it('reprints sentences without doubled reporting verbs', () => {
    expect(cleanShownText('“Ukraine is a partner,” said he said.')).toBe('“Ukraine is a partner,” he said.');
    expect(cleanShownText('“It will be too late,” he said. he declares.')).toBe('“It will be too late,” he said.');
  });
});

describe('5. source checks on the changed word', () => {
  it('finds the word a rewrite changed, not a change of form', () => {
    expect(changedWords('While we are hoping for and working for a good solution – de-escalation – we are also prepared for the worst',
      'While we are hoping for and working toward a peaceful solution—de-escalation—we are also preparing for the worst'))
      .toMatchObject({ mine: 'good', theirs: 'peaceful' });
    expect(changedWords('It is late', 'Nothing here is alike at all in this')).toBeNull();
  });
});

describe('9, 10. figures other reports give differently', () => {
  const bank = tradeLibrary().bank();
  it('never asks “nine hours” or “ten hours” as plain fact, but as a flagged source check', () => {
    const plain = bank.filter((q) => q.kind !== 'source-check' && /^(nine|ten)$/.test(q.answer));
    expect(plain.map((q) => q.prompt)).toEqual([]);
    const check = bank.find((q) => q.kind === 'source-check' && /different figures/.test(q.prompt))!;
    expect(check.prompt).toMatch(/_____ hours/);
    expect(check.choices).toEqual(expect.arrayContaining(['nine', 'ten']));
    expect(new Set(check.sources.map((s) => s.article))).toEqual(new Set(['trade', 'trade-2']));
    expect(check.explanation).toMatch(/Sources disagree/);
  });

  it('wants small counts and plainly stated round figures exact, and a hedged figure within a tenth', () => {
    expect(toleranceFor(30, false)).toBe(0);
    expect(toleranceFor(30, true)).toBe(0);
    expect(toleranceFor(8500, false)).toBe(0);
    expect(toleranceFor(123, false)).toBe(0);
    expect(toleranceFor(100000, true)).toBe(10000);
    expect(toleranceFor(13427, false)).toBe(700);
  });
});

describe('5. no source check on a disagreement that is none', () => {
  it('ignores a "date conflict" between meetings in one city with other people (two foreign ministers, years apart)', () => {
    const lib = library([
      { id: 'syria', title: 'Kerry, Lavrov to confer on Syria', body: 'Kerry and Lavrov met in Geneva on Friday to discuss a cease-fire in Syria.' },
      { id: 'ukraine', title: 'Blinken and Lavrov meet on Ukraine', body: 'Blinken and Lavrov met in Geneva on Monday to discuss Ukraine.' },
    ]);
    const kerry = lib.person('John Kerry');
    const blinken = lib.person('Antony Blinken');
    const lavrov = lib.person('Sergey Lavrov');
    const a = lib.meeting('syria', 'Kerry and Lavrov met in Geneva on Friday to discuss a cease-fire in Syria.', 'meeting', 'Geneva', 'Friday', { participants: [kerry.name, lavrov.name] });
    const b = lib.meeting('ukraine', 'Blinken and Lavrov met in Geneva on Monday to discuss Ukraine.', 'meeting', 'Geneva', 'Monday', { participants: [blinken.name, lavrov.name] });
    lib.facts.conflicts.push({ id: 'c-geneva', kind: 'date', about: 'When the meeting in Geneva took place', claims: [
      { article: 'syria', says: 'Friday', start: a.start, end: a.end, factId: a.id },
      { article: 'ukraine', says: 'Monday', start: b.start, end: b.end, factId: b.id },
    ] });
    a.conflictIds.push('c-geneva');
    b.conflictIds.push('c-geneva');
    expect(lib.bank().filter((q) => q.kind === 'source-check')).toEqual([]);
  });

  it('ignores a "date conflict" between two unrelated meetings that share a city', () => {
    const lib = library([
      { id: 'eu', title: 'EU leaders agree economic aims', body: 'Following a meeting in Brussels last Thursday, the prime minister told MPs that Europe had agreed its economic aims.' },
      { id: 'nato', title: 'NATO prepares for Russia talks', body: 'It will be followed by a meeting in Brussels on Wednesday of the NATO-Russia Council, the first such meeting in two years.' },
    ]);
    const a = lib.meeting('eu', 'Following a meeting in Brussels last Thursday, the prime minister told MPs that Europe had agreed its economic aims.', 'meeting', 'Brussels', 'Thursday');
    const b = lib.meeting('nato', 'It will be followed by a meeting in Brussels on Wednesday of the NATO-Russia Council, the first such meeting in two years.', 'NATO-Russia Council', 'Brussels', 'Wednesday', { type: 'council' });
    lib.facts.conflicts.push({ id: 'c-day', kind: 'date', about: 'When the Brussels meeting took place', claims: [
      { article: 'eu', says: 'Thursday (2009-03-19)', start: a.start, end: a.end, factId: a.id },
      { article: 'nato', says: 'Wednesday', start: b.start, end: b.end, factId: b.id },
    ] });
    a.conflictIds.push('c-day');
    b.conflictIds.push('c-day');
    const bank = lib.bank();
    expect(bank.filter((q) => q.kind === 'source-check')).toEqual([]);
    // Nor does it make either meeting untrusted.
    expect(bank.some((q) => q.kind === 'where' && q.factIds.includes(b.id))).toBe(true);
  });
});

describe('7. questions from the story, not from the page around it', () => {
  const BODY = [
    'Ministers meet on fisheries',
    '',
    'A man at a lectern with two microphones gestures. The sign behind him shows the ministry.',
    '',
    'MINISTER: (inaudible) -- with five allies, it never came up.',
    '',
    '- ^ Related: quotas explained in 12 charts (example.com)',
    '',
    'In round 3 the ministers heard that 1,500 Portuguese fishermen have been displaced by the cuts.',
  ].join('\n');
  it('asks nothing of a caption, a transcript line, a link list or a number that names a round', () => {
    const lib = library([{ id: 'fish', title: 'Ministers meet on fisheries', body: BODY }]);
    lib.figure('fish', 'A man at a lectern with two microphones gestures.', 'two', 2, 'microphones', 'microphones');
    lib.figure('fish', 'MINISTER: (inaudible) -- with five allies, it never came up.', 'five', 5, 'allies', 'allies');
    lib.figure('fish', '- ^ Related: quotas explained in 12 charts (example.com)', '12', 12, 'charts', 'charts');
    lib.figure('fish', 'In round 3 the ministers heard that 1,500 Portuguese fishermen have been displaced by the cuts.', '3', 3, 'rounds', 'round');
    lib.figure('fish', 'In round 3 the ministers heard that 1,500 Portuguese fishermen have been displaced by the cuts.', '1,500', 1500, 'fishermen', 'fishermen have been displaced by the cuts');
    const answers = lib.bank().map((q) => q.answer);
    expect(answers.filter((a) => ['two', 'five', '12', '3'].includes(a))).toEqual([]);
    expect(answers).toContain('1,500');
  });
});

describe('7. no logistics asked as a figure', () => {
  it('asks neither a span of days nor a page count, but the survivors beside them', () => {
    const body = [
      'Quake toll rises',
      '',
      'Rescuers in Turkey have pulled 1,500 survivors from the rubble over the past 10 days.',
      '',
      'The leaders adopted a 12-page declaration on reconstruction.',
    ].join('\n');
    const lib = library([{ id: 'quake', title: 'Quake toll rises', body }]);
    const first = 'Rescuers in Turkey have pulled 1,500 survivors from the rubble over the past 10 days.';
    lib.figure('quake', first, '10', 10, 'days', 'days');
    lib.figure('quake', first, '1,500', 1500, 'survivors', 'survivors have rescuers pulled from the rubble');
    lib.figure('quake', 'The leaders adopted a 12-page declaration on reconstruction.', '12', 12, 'pages', 'pages');
    const answers = lib.bank().map((q) => q.answer);
    expect(answers.filter((a) => ['10', '12'].includes(a))).toEqual([]);
    expect(answers).toContain('1,500');
  });
});
