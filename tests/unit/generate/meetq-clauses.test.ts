/**
 * Round 19 (meetQ): a meeting's day the clause reader missed, on invented reports.
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { generateBank } from '@/lib/generate';
import type { ArticleInput } from '@/lib/extract/types';

function asked(article: ArticleInput, kind: 'when' | 'where') {
  return generateBank(extractLibrary([article]), [article]).questions.filter((q) => q.kind === kind);
}

const record: ArticleInput = {
  id: 'berg-vale-record',
  title: 'Meeting with President of Norland Tomas Vale',
  body: [
    'May 7, 2031, The Palace, Lorvik',
    '',
    'President Anna Berg had a meeting with President of Norland Tomas Vale.',
    '',
    'The two presidents took part in an informal meeting of the heads of Northern Council states yesterday.',
    '',
    'They discussed trade across the northern border and the new railway.',
    '',
  ].join('\n'),
  bodyStart: 0,
  outlet: 'Office of the President of Lorvania',
  date: '2031-05-07',
};

const wire: ArticleInput = {
  id: 'vale-northern-ministers',
  title: 'Vale ends northern tour in Lorvik',
  body: [
    'By Jo Roe',
    '',
    'LORVIK, Norland, Aug. 30, 2031 – On the last stop of a week-long tour, Defence Secretary Tomas Vale spoke to Norland’s troops.',
    '',
    'Yesterday, he attended the second meeting of the Northern Defence Ministers Forum, a group of ten defence ministers from around the northern sea.',
    '',
    'Vale said the forum would meet again next year.',
    '',
  ].join('\n'),
  bodyStart: 0,
  outlet: 'Armed Forces Press Service',
  date: '2031-08-30',
};

describe('a meeting “yesterday” under a line that writes the report’s day', () => {
  it('is dated the day before the record’s header', () => {
    const qs = asked(record, 'when');
    const q = qs.find((x) => /Northern Council/.test(x.prompt));
    expect(q?.answer).toBe('May 6, 2031');
    expect(q?.explanation).toMatch(/May 7, 2031: its “yesterday” is the day before/);
  });

  it('is dated the day before the dateline, the day opening its sentence before a comma', () => {
    const q = asked(wire, 'when').find((x) => /Northern Defence Ministers Forum/.test(x.prompt));
    expect(q?.answer).toBe('August 29, 2031');
    expect(q?.explanation).toMatch(/datelined August 30, 2031: its “Yesterday” is the day before/);
  });

  it('is not the day of a reporting clause that tells of the meeting', () => {
    const told: ArticleInput = {
      ...wire,
      id: 'vale-told-yesterday',
      body: wire.body.replace('Yesterday, he attended the second meeting', 'Vale told reporters yesterday that the second meeting'),
    };
    expect(asked(told, 'when').filter((x) => /Northern Defence Ministers Forum/.test(x.prompt))).toHaveLength(0);
  });
});

describe('a meeting the extractor calls “meeting” that its sentence names by an “of” phrase', () => {
  it('is asked by that name', () => {
    const acronym = { ...record, id: 'berg-vale-ncs', body: record.body.replace('heads of Northern Council states', 'heads of NCS states') };
    const q = asked(acronym, 'when').find((x) => /NCS/.test(x.prompt));
    expect(q?.prompt).toMatch(/when did the informal meeting of the heads of NCS states take place\?/);
  });
});

describe('a meeting someone is “invited to attend”', () => {
  it('is never asked about as held', () => {
    const invited: ArticleInput = {
      id: 'berg-invites-vale',
      title: 'President Berg meets Prime Minister Vale: 12 December 2031',
      body: [
        'President Berg meets Prime Minister Vale: 12 December 2031',
        '',
        'The Prime Minister of Norland Tomas Vale and the President of the Northern Council Anna Berg met in Lorvik this afternoon.',
        '',
        'In their first meeting, the two leaders affirmed the intention to strengthen the relationship between Norland and the Northern Council.',
        '',
        'The President invited the Prime Minister to attend a session of the informal meeting of the NCS leaders in Tavra on 3 February. The Prime Minister was pleased to accept the invitation.',
        '',
      ].join('\n'),
      bodyStart: 0,
      outlet: 'GOV.UK',
      date: '2031-12-12',
    };
    const qs = asked(invited, 'when').filter((x) => /NCS leaders/.test(x.prompt));
    for (const q of qs) expect(q.prompt).not.toMatch(/\bdid\b/);
  });
});
