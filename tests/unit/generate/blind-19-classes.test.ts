/**
 * The defect classes the blind-18 and blind-19 reviews sent back, each asserted on what a student would see
 * in a bank built from the reviewed articles (real sentences from the fixtures): dates from the event's own
 * phrase, who-said choices who could have said it, the rewrite never a source, nothing given away or asked
 * twice, stems that stand alone, clean text.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { generateBank } from '@/lib/generate';
import { needsPrevious } from '@/lib/generate/body-lines';
import { cleanShownText, restoreApostrophes } from '@/lib/generate/clean';
import { fragmentReason } from '@/lib/generate/fragments';
import { isOwnDate } from '@/lib/generate/meeting-own-date';
import { looksLikePersonName } from '@/lib/generate/people';
import { readArticleFiles, readCuratedPeople } from '@/lib/cli/read-article-files';
import type { Question } from '@/lib/generate/types';

const root = path.join(import.meta.dirname, '../../..');
const mdIn = (dir: string) => readdirSync(path.join(root, dir)).filter((f) => f.endsWith('.md') && f !== 'SOURCES.md').sort().map((f) => path.join(root, dir, f));

/** The bank before balancing (every question the generator can make) for the five articles and `extra`, or the bank as served. */
function bankOf(extra: string[], balance = false): Question[] {
  const { articles } = readArticleFiles([...mdIn('content/articles'), ...extra]);
  const facts = extractLibrary(articles, { curated: readCuratedPeople(path.join(root, 'content/people.json')) });
  return generateBank(facts, articles, { balance }).questions;
}

const bank = bankOf(mdIn('tests/fixtures/question-review/articles-fresh5'));
const balanced = bankOf(mdIn('tests/fixtures/question-review/articles-fresh5'), true);
const whoSaid = (words: string) => bank.filter((q) => q.kind === 'who-said' && q.prompt.includes(words));

describe('1. a date is asked only from the event’s own phrase', () => {
  const CARTER = 'Aboard a military aircraft, Carter talked about his two-day trip to the world’s only island city-state, where he will give a keynote address at the Shangri-La Dialogue June 4 and engage in bilateral talks with Singaporean Prime Minister Lee Hsien Loong and Defense Minister Ng Eng Hen.';
  const BLINKEN = 'U.S. Secretary of State Antony Blinken arrived in Asia on Saturday to reaffirm ties with strategic allies, following his attendance at a highly anticipated White House meeting between President Joe Biden and Israeli Prime Minister Benjamin Netanyahu.';

  it('never dates talks by another verb’s date, nor a meeting by the day of an arrival after it', () => {
    expect(isOwnDate(CARTER, 'June 4', CARTER.indexOf('bilateral talks'))).toBe(false);
    expect(isOwnDate(BLINKEN, 'Saturday', BLINKEN.indexOf('meeting'))).toBe(false);
    const council = 'The NATO-Russia Council met in Brussels on Wednesday, its first meeting since 2019.';
    expect(isOwnDate(council, 'Wednesday', council.indexOf('NATO-Russia Council'))).toBe(true);
    expect(bank.filter((q) => q.kind === 'when' && /bilateral talks/.test(q.prompt) && q.answer === 'June 4')).toEqual([]);
    expect(bank.filter((q) => q.kind === 'when' && /Netanyahu/.test(q.prompt) && /Saturday/.test(q.answer))).toEqual([]);
  });

  it('treats “met, Jan 24, 2018 with” as a page’s date label: the meeting is undated and no stem shows it', () => {
    expect(bank.filter((q) => /Jan 24, 2018/.test(`${q.prompt} ${q.answer} ${q.choices.join(' ')}`))).toEqual([]);
    // The where-question itself is no longer asked: the headline's "Indonesian Counterpart" gives Jakarta away
    // among other states' capitals (blind-21-classes.test.ts).
    expect(cleanShownText('Mattis met, Jan 24, 2018 with Ryacudu.')).toBe('Mattis met with Ryacudu.');
  });

  it('does not ask the day of a side call that is the news day the lead writes out (“on Wednesday (Jan 26)”)', () => {
    expect(bank.filter((q) => q.kind === 'when' && /phone call between Wang Yi/.test(q.prompt))).toEqual([]);
    expect(bank.some((q) => q.kind === 'cloze' && /on Wednesday \(_____\) rejected/.test(q.prompt))).toBe(true);
  });
});

describe('2. who-said choices could have said it', () => {
  it('offers no one of the side an unnamed “he” belongs to: no Russian for words predicting Putin will invade', () => {
    const [sherman] = whoSaid('I have no idea whether [Vladimir Putin]’s made the ultimate decision');
    expect(sherman?.answer).toBe('Wendy Sherman');
    for (const name of ['Vladimir Putin', 'Dmitry Kozak', 'Sergey Lavrov', 'Dmitry Peskov']) expect(sherman?.choices).not.toContain(name);
  });

  it('offers no minister of a third nation for words naming the speaker’s own (“the US-India defense partnership”)', () => {
    const [austin] = whoSaid('US-India defense partnership');
    expect(austin?.answer).toBe('Lloyd J. Austin');
    expect(austin?.choices).not.toContain('Yasukazu Hamada');
  });

  it('offers who was in the room when the article names two: no Pentagon chief of another year for Stoltenberg', () => {
    const [stoltenberg] = whoSaid('Russia should refrain from coercive force posturing');
    expect(stoltenberg?.answer).toBe('Jens Stoltenberg');
    expect(stoltenberg?.choices).not.toContain('Lloyd J. Austin');
  });

  it('never offers someone another report only mentions at a funeral', () => {
    expect(bank.filter((q) => q.choices.includes('Nguyen Phú Trong'))).toEqual([]);
  });

  it('never offers a title’s tail read as a name (“Affairs S. Jaishankar” from “Minister of External Affairs S. Jaishankar”)', () => {
    expect(looksLikePersonName('Affairs S. Jaishankar')).toBe(false);
    expect(bank.filter((q) => q.choices.some((c) => /^Affairs\b/.test(c)))).toEqual([]);
  });

  it('never offers a name’s misspelt twin (“Raila Odinda” beside “Raila Odinga”)', () => {
    const kenya = bankOf([path.join(root, 'tests/fixtures/question-review/articles-fresh4/01-voa-annan-kenya-mediation-2008.md')]);
    expect(kenya.filter((q) => q.choices.includes('Raila Odinda'))).toEqual([]);
  });

  it('never lets two what-said questions of the bank share two of their quotations', () => {
    const what = balanced.filter((q) => q.kind === 'what-said');
    for (const [i, a] of what.entries()) {
      for (const b of what.slice(i + 1)) expect(a.choices.filter((c) => b.choices.includes(c)).length, `${a.prompt} / ${b.prompt}`).toBeLessThan(2);
    }
  });
});

describe('3. the machine rewrite is never a source', () => {
  const checks = bank.filter((q) => q.kind === 'source-check');

  it('says plainly that the rewritten copy is wrong, and offers at least three choices', () => {
    const reciprocal = checks.find((q) => q.prompt.includes('reciprocal'));
    expect(reciprocal?.prompt).toMatch(/^The rewritten copy of the AFP story gets wrong who made the offer on “reciprocal” measures/);
    expect(reciprocal?.explanation).toMatch(/wrongly says it was Vladimir Putin/);
    expect(reciprocal?.explanation).toMatch(/The rewritten copy is a machine rewrite of the story and is wrong here: the original report says it was Antony Blinken\.$/);
    for (const q of checks) {
      expect(q.choices.length, q.prompt).toBeGreaterThanOrEqual(3);
      if (/rewritten copy/.test(q.explanation ?? '')) expect(q.explanation).not.toMatch(/Sources disagree/);
    }
  });

  it('never sets the rewrite’s “US Vice President” against a report of another story', () => {
    expect(checks.filter((q) => /different titles/.test(q.prompt) && q.choices.includes('US Vice President'))).toEqual([]);
  });
});

describe('4. nothing given away, no trivia, nothing twice', () => {
  it('asks no place its article’s headline gives', () => {
    const geneva = bank.filter((q) => q.kind === 'where' && /Before the US-Russian talks Monday, January 10 in _____/.test(q.prompt));
    expect(geneva).toEqual([]);
  });

  it('asks no greeting and no briefing’s pointer to what the room already heard', () => {
    expect(fragmentReason('I said thank you very much for your patience. I know that everybody’s been waiting for a long period of time', '“')).toBe('courtesy');
    expect(fragmentReason('As you saw in the statement yesterday from Mr. Sullivan, senior officials from Jordan, Egypt and Israel met over the weekend in Aqaba, Jordan', '“')).toBe('referent');
  });

  it('asks no trip length and no travel schedule', () => {
    expect(bank.filter((q) => /_____-day international trip/.test(q.prompt))).toEqual([]);
    expect(whoSaid('will now depart tomorrow')).toEqual([]);
    expect(fragmentReason('The secretary will now depart tomorrow for Asia, instead of tonight, as we had originally planned, so he can attend the meeting', '“')).toBe('logistics');
  });

  // The issue names 8,500 troops on standby as a key fact; blind teachers flagged "Nato has put 8,500 troops"
  // (they were US troops put on alert for NATO's force), and only the rewritten copy says "deployed". Every
  // rewording was sent back (blind-25 to -50); round 21 asks the report's own sentence to complete, as blind-15,
  // -16 and -18 signed, and the explanation says what the rewritten copy has.
  it('asks 8,500 only as the named report’s own sentence to complete, and says the rewritten copy has them deployed', () => {
    const asked = bank.filter((q) => q.answer === '8,500' && q.kind !== 'source-check');
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) {
      expect(q.prompt).toMatch(/completes this sentence in “US rejects Russia demand on Ukraine but talks see new life” \(AFP, original, January 2022\)\??:? The United States has warned .* and Nato has put _____ troops on standby\.(?: Type the exact number\.)?$/);
      expect(q.prompt).not.toMatch(/deployed|for Nato\?/);
      expect(q.explanation).toContain('“US rejects Russia demand on Ukraine but talks see new life” (AFP, rewritten copy) has them deployed, not on standby.');
    }
  });
});

describe('5–6. stems stand alone, text is clean', () => {
  it('asks nothing from a sentence opening on “The area”', () => {
    expect(needsPrevious('The area is part of the region claimed by China in its contested nine-dash line.')).toBe(true);
    expect(bank.filter((q) => /\bThe area is part of/.test(q.prompt))).toEqual([]);
  });

  it('offers no quotation opening on an “it” it never names', () => {
    expect(fragmentReason('All told it sets out a serious diplomatic path forward should Russia choose it', '“')).toBe('referent');
    expect(bank.filter((q) => q.choices.some((c) => /^All told it\b/.test(c)))).toEqual([]);
  });

  it('restores the feed’s dropped apostrophes in stems and explanations', () => {
    expect(whoSaid('without these countries’ consent')).toHaveLength(1);
    expect(restoreApostrophes('where they are deployed without these countries consent')).toBe('where they are deployed without these countries’ consent');
    expect(restoreApostrophes('unless these countries consent to it')).toBe('unless these countries consent to it');
    // The stem shows the words restored; the citation keeps the report's own text.
    expect(whoSaid('We won’t allow our proposals')).toHaveLength(1);
    expect(whoSaid('We wont allow')).toEqual([]);
  });
});
