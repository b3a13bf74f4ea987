/**
 * Round 10's question classes (issue #15), from blind-30's judges and gen11's development sheets over real
 * excerpts (articles-fresh14/15, realnews-dev4/5): what a teacher would send back, checked on the bank built
 * from those excerpts and on the rule alone.
 */
import path from 'node:path';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { generateBank, type Question } from '@/lib/generate';
import { isHonorificTwin, isWrittenAsThing } from '@/lib/generate/thing-names';
import { governmentOfOutlet, withOfficeNamed } from '@/lib/generate/office-names';
import { spelledOut, withAcronymsSpelled } from '@/lib/generate/acronyms';
import { isWholeSentence, needsPrevious } from '@/lib/generate/body-lines';
import { withoutGiveaways } from '@/lib/generate/giveaways';
import { fragmentReason } from '@/lib/generate/fragments';
import { isArticleFile } from '@/lib/cli/review-sample';
import { readArticleFiles } from '@/lib/cli/read-article-files';

const root = path.join(import.meta.dirname, '../../..');
function bankOf(folders: string[]) {
  const files = folders.flatMap((d) => readdirSync(path.join(root, d)).map((f) => path.join(root, d, f))).filter((f) => /\.md$/.test(f) && isArticleFile(f));
  const { articles } = readArticleFiles(files);
  return { articles, bank: generateBank(extractLibrary(articles), articles) };
}
const sheetA = bankOf(['tests/fixtures/question-review/articles-fresh15', 'tests/fixtures/realnews-dev5']);
const sheetB = bankOf(['tests/fixtures/question-review/articles-fresh14', 'tests/fixtures/realnews-dev4']);
const both = [...sheetA.bank.questions, ...sheetB.bank.questions];

describe('round 10: who-said options are people', () => {
  it('offers no words the reports write as a thing or a credit (“a free and open Indo Pacific”, “AP Photo/Ted S. Warren”, “US Business Leaders”, “the portraits of Abraham Lincoln”)', () => {
    const offered = both.filter((q) => q.kind === 'who-said').flatMap((q) => q.choices);
    for (const name of ['Indo Pacific', 'Ted S. Warren', 'Business Leaders', 'Abraham Lincoln']) expect(offered).not.toContain(name);
    expect(isWrittenAsThing(['It shows our deep commitment to a free and open Indo Pacific.'], ['Indo Pacific'])).toBe(true);
    expect(isWrittenAsThing(['Executives at Microsoft, Wednesday, Sept. 23, 2015. (AP Photo/Ted S. Warren, Pool)'], ['Ted S. Warren'])).toBe(true);
    expect(isWrittenAsThing(['Chinese President Meets with President Obama, US Business Leaders\n\nMr. Xi spoke.'], ['Business Leaders'])).toBe(true);
    expect(isWrittenAsThing(['A bus with the portraits of Abraham Lincoln and Martin Luther King Jr.'], ['Abraham Lincoln'])).toBe(true);
    // Named once as a person is enough.
    expect(isWrittenAsThing(['A bus with the portraits of Abraham Lincoln.', 'Abraham Lincoln said the union must stand.'], ['Abraham Lincoln'])).toBe(false);
    expect(isWrittenAsThing(['Ted Warren told reporters the talks were over.'], ['Ted Warren'])).toBe(false);
  });

  it('offers no “Mister Sharon” beside Ariel Sharon’s own name (the same man, in a form no option has)', () => {
    expect(both.flatMap((q) => q.choices).filter((c) => /^Mister\s/.test(c))).toEqual([]);
    expect(isHonorificTwin({ name: 'Mister Sharon' }, ['Ariel Sharon', 'Mahmoud Abbas'])).toBe(true);
    expect(isHonorificTwin({ name: 'Mister Sharon' }, ['Mahmoud Abbas'])).toBe(false);
    expect(isHonorificTwin({ name: 'Ariel Sharon' }, ['Ariel Sharon', 'Mister Sharon'])).toBe(false);
  });
});

describe('round 10: who-said options of the report’s own time', () => {
  it('offers no head of state named only in reports two years off (Joe Biden, named in 2021–2023, for Putin’s words to Kim Jong-un in 2019)', () => {
    const { bank } = bankOf(['content/articles', 'tests/fixtures/question-review/articles-fresh14']);
    const kim = bank.questions.filter((q) => q.kind === 'who-said' && q.sources[0]?.article === '08-kremlin-putin-kim-vladivostok-2019');
    expect(kim.filter((q) => q.choices.includes('Joe Biden')).map((q) => q.prompt)).toEqual([]);
    // Biden is still offered where he was in office: beside Yoon and Kishida at Camp David (2023), his own words.
    const campDavid = bank.questions.filter((q) => q.kind === 'who-said' && q.sources[0]?.article === '12-whitehouse-camp-david-trilateral-2023');
    expect(campDavid.some((q) => q.choices.includes('Joe Biden'))).toBe(true);
  });
});

describe('round 10: a stem names people as the article does at its fullest', () => {
  it('does not show “The Prime Minister will …” of a GOV.UK release without saying which one', () => {
    const bare = both.filter((q) => q.kind !== 'who-said' && q.kind !== 'what-said' && /(?<!\])\b[Tt]he (?:Prime Minister|Defen[cs]e Secretary|Foreign Secretary)(?! \[)(?!\s+(?:of\s+)?\p{Lu})/u.test(q.prompt.replace(/“[^”]*”/, '')));
    expect(bare.map((q) => q.prompt)).toEqual([]);
    expect(sheetA.bank.questions.some((q) => q.prompt.includes('The [UK] Prime Minister will be focused'))).toBe(true);
  });

  it('names the office by its one holder in the article, else by the government the outlet speaks for, else not at all', () => {
    const s = 'The Prime Minister will meet President Trump today (_____) in Washington D.C.';
    expect(withOfficeNamed(s, ['Keir Starmer'], 'UK')).toBe('The Prime Minister [Keir Starmer] will meet President Trump today (_____) in Washington D.C.');
    expect(withOfficeNamed(s, [], 'UK')).toBe('The [UK] Prime Minister will meet President Trump today (_____) in Washington D.C.');
    expect(withOfficeNamed(s, ['Keir Starmer', 'Rishi Sunak'], 'UK')).toBe('The [UK] Prime Minister will meet President Trump today (_____) in Washington D.C.');
    expect(withOfficeNamed(s, [], null)).toBeNull();
    expect(withOfficeNamed('Prime Minister Keir Starmer met President Trump.', [], null)).toBe('Prime Minister Keir Starmer met President Trump.');
    expect(withOfficeNamed('The Prime Minister Keir Starmer met him.', [], null)).toBe('The Prime Minister Keir Starmer met him.');
    expect(governmentOfOutlet('GOV.UK (10 Downing Street press release; copy on ukpol.co.uk)')).toBe('UK');
    expect(governmentOfOutlet('Voice of America')).toBeNull();
  });
});

describe('round 10: acronyms and referents a stem leaves unexplained', () => {
  it('spells out “the GV Summit” as the article first does (“the Global Voices 2008 Summit”)', () => {
    expect(both.filter((q) => /\bGV Summit\b/.test(q.prompt.replace(/“[^”]*”/, ''))).map((q) => q.prompt)).toEqual([]);
    expect(spelledOut('The first day of the Global Voices 2008 Summit in Budapest was a success.', 'GV')).toBe('Global Voices');
    expect(spelledOut('Talks in Brussels.', 'GV')).toBeNull();
    const body = 'The first day of the Global Voices 2008 Summit in Budapest was a success.';
    expect(withAcronymsSpelled('According to “GV Summit Day One a success” (Global Voices, June 28, 2008), where did the GV Summit take place?', body))
      .toBe('According to “GV Summit Day One a success” (Global Voices, June 28, 2008), where did the Global Voices Summit take place?');
    // A sentence of the report shown whole keeps its words.
    const shown = 'Which place completes this sentence in “X” (VOA, May 14, 2007)? Talks between NATO (North Atlantic Treaty Organization) negotiators in _____ failed.';
    expect(withAcronymsSpelled(shown, 'the North Atlantic Treaty Organization')).toBe(shown);
  });

  it('does not show “Talks on the issue …” alone: which issue is in the sentence before', () => {
    expect(both.filter((q) => /\bTalks on the issue\b/.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
    expect(needsPrevious('Talks on the issue, late last week, between Russian and NATO negotiators in Brussels failed to narrow the gap.')).toBe(true);
    expect(needsPrevious('Talks on the issue of missile defense failed in Brussels.')).toBe(false);
    expect(needsPrevious('Russian and NATO negotiators met in Brussels last week.')).toBe(false);
  });
});

describe('round 10: the briefing room’s housekeeping', () => {
  it('asks no “sorry for the delay … audio problems … speak up” as anyone’s words', () => {
    expect(both.filter((q) => /sorry for the delay|audio problems/.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
    expect(fragmentReason("Nice to see you all today and sorry for the delay in getting started. We're having some audio problems, so anybody in the back rows will have to speak up a little bit.", '“')).toBe('logistics');
    expect(fragmentReason('The sound of the sirens was heard across the city as the talks on the ceasefire went on late into the night.', '“')).toBeNull();
  });
});

describe('round 10: a sentence cut at a title', () => {
  it('shows no sentence the splitter cut at “Navy Cmdr.”: its speaker (“Gary Ross said”) is in the next piece', () => {
    expect(both.filter((q) => /\b(?:Cmdr|Gen|Lt|Col|Capt|Adm|Sgt|Maj)\.$/.test(q.prompt) || /\b(?:Cmdr|Gen|Lt|Col|Capt|Adm|Sgt|Maj)\.$/.test(q.back ?? '')).map((q) => q.prompt)).toEqual([]);
    expect(isWholeSentence('In a Tokyo meeting with Prime Minister Shinzo Abe today, Jim Mattis reaffirmed the alliance, Pentagon Spokesman Navy Cmdr.')).toBe(false);
    expect(isWholeSentence('The deal was signed by Acme Co.')).toBe(true);
    expect(isWholeSentence('The award went to Martin Luther King Jr.')).toBe(true);
    expect(isWholeSentence('The talks ended on Monday.')).toBe(true);
  });
});

describe('round 10: questions of one article do not give each other away', () => {
  const sameSentence = (a: Question, b: Question) => a.sources.some((s) => b.sources.some((t) => t.article === s.article && t.start === s.start));

  it('states no place another question of the same article asks (“… discussions between Rice and Lavrov in Moscow” beside “begins discussions in _____”)', () => {
    for (const { bank, articles } of [sheetA, sheetB]) {
      const titles = new Map(articles.map((a) => [a.id, a.title]));
      for (const q of bank.questions) {
        const isCardPlace = q.kind === 'cloze' && q.tags.includes(`place:${q.answer.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`);
        if (q.kind !== 'where' && !isCardPlace) continue;
        const key = new RegExp(`(?<!\\p{L})${q.answer}(?!\\p{L})`, 'u');
        const others = bank.questions.filter((o) => o !== q && o.sources[0]?.article === q.sources[0]?.article && !sameSentence(o, q));
        expect(others.filter((o) => key.test(o.prompt)).map((o) => `${q.answer}: ${o.prompt}`)).toEqual([]);
        expect(key.test(titles.get(q.sources[0]?.article ?? '') ?? '')).toBe(false);
      }
    }
    // The when-question of the Rice report stays. Its card on Moscow no longer does (round 20): the headline "Rice in
    // Russia for Missile Defense Talks" gives Russia's capital away (full-r15-part3); with no card asking the place,
    // the generator's own stem keeps it.
    const rice = sheetA.bank.questions.filter((q) => q.sources[0]?.article === '03-voa-rice-moscow-missile-defense-talks-2007');
    expect(rice.filter((q) => /when will the discussions between Condoleezza Rice and Serge[iy] Lavrov in Moscow begin\?$/.test(q.prompt))).toHaveLength(1);
    expect(rice.filter((q) => q.answer === 'Moscow')).toHaveLength(0);
  });

  it('takes the place out of a stem the generator words, and drops a question whose place a shown sentence of another states', () => {
    const q = (kind: Question['kind'], prompt: string, answer: string, start: number, tags: string[] = []) =>
      ({ id: prompt, kind, prompt, answer, choices: [], explanation: '', sources: [{ article: 'a', start, end: start + 1 }], difficulty: 0, tags, factIds: [] }) as Question;
    const when = q('when', 'According to “R” (VOA, May 2007), when will the discussions between Rice and Lavrov in Moscow begin?', 'Monday, May 14', 0);
    const card = q('cloze', 'Fill in the blank: Rice begins discussions in _____ later Monday.', 'Moscow', 0, ['place:moscow']);
    expect(withoutGiveaways([when, card], new Map()).map((x) => x.prompt)).toEqual([
      'According to “R” (VOA, May 2007), when will the discussions between Rice and Lavrov begin?',
      card.prompt,
    ]);
    const shown = q('when', 'Which date completes this sentence in “R” (VOA, May 2007)? Rice met Putin in Sochi on _____.', 'Tuesday, May 15', 50);
    const where = q('where', 'According to “R” (VOA, May 2007), where did Rice and Putin meet?', 'Sochi', 90);
    expect(withoutGiveaways([shown, where], new Map()).map((x) => x.answer)).toEqual(['Tuesday, May 15']);
    // Two blanks of one sentence are that sentence's two questions.
    const sameWhere = q('where', 'Which place completes this sentence in “R” (VOA, May 2007)? Rice met Putin in _____ on Tuesday.', 'Sochi', 50);
    expect(withoutGiveaways([shown, sameWhere], new Map())).toHaveLength(2);
    expect(withoutGiveaways([card], new Map([['a', 'Rice in Moscow for talks']]))).toEqual([]);
  });
});
