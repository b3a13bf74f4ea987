/**
 * Round 15's coverage of real articles' key facts (cover17), on invented text: a transcript turn is its label's
 * speaker's, even when the label gives a name written family name first.
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { generateBank } from '@/lib/generate';
import { labelNamesFamily } from '@/lib/generate/evidence';
import { buildContext } from '@/lib/generate/context';
import { meetingViews } from '@/lib/generate/meetings';
import type { ArticleInput } from '@/lib/extract/types';

const article = (id: string, title: string, date: string, paragraphs: string[]): ArticleInput => ({ id, title, body: paragraphs.join('\n\n'), bodyStart: 0, date });

describe('a transcript label that gives a family name written first', () => {
  it('names the speaker by the first word of the name only in a capitalised label', () => {
    expect(labelNamesFamily('PRESIDENT HAN', 'Han Jae Sung')).toBe(true);
    expect(labelNamesFamily('MR. VALE', 'Tomas Vale')).toBe(true);
    expect(labelNamesFamily('President Tomas', 'Tomas Vale')).toBe(false);
    expect(labelNamesFamily('Q', 'Han Jae Sung')).toBe(false);
  });

  const remarks = article('noria-remarks-2023', 'Remarks by President Tomas Vale and President Han Jae Sung of Noria Before Bilateral Meeting', '2023-04-26', [
    'Oval Office',
    '11:16 A.M. EDT',
    'PRESIDENT VALE:  Well, Mr. President, welcome. As Governor Elena Brandt of Kestria once told me, “Friends who trade together stand together.”',
    'Our alliance with Noria has kept the peace of the Sarn Strait for seventy years, and it will keep it for seventy more.',
    'Noria’s shipyards are building the ferries our coastal towns need, and our engineers are building its new rail lines.',
    'Thank you for being here.',
    'PRESIDENT HAN:  (As interpreted.)  Mr. President, thank you very much for your warm welcome once again.',
    'Noria rebuilt its harbours after the great flood of 1987 and has become a leading exporter of ferries and rail cars.',
    'Mr. President, our alliance is an alliance of values based on the freedom of the seas and open trade across the Sarn Strait.',
    'Mr. President, our talks today will open a new chapter for the ferries and railways of both our countries.',
  ]);

  // Another report of the library names presidents to offer beside the two in the room.
  const other = article('kestria-summit-2023', 'Presidents of Kestria and Varnia meet in Sarn', '2023-04-20', [
    // Since round 23 (option-floor.ts) a report linked to the remarks by a head alone gives no choices: Governor Brandt,
    // named in both, makes the Sarn talks part of the same story.
    'SARN — President Ana Ruiz of Kestria and President Luis Vado of Varnia met in Sarn on Thursday to discuss the ferry routes of the strait, with Governor Elena Brandt of Kestria as host.',
    '“The strait belongs to the fishermen of both our countries, and we will keep it open to them,” President Ruiz said after the talks.',
    '“We agreed on a common timetable for the ferries and will sign it in June,” President Vado told reporters.',
  ]);

  it('asks who said a paragraph deep in the turn, citing the label', () => {
    const articles = [remarks, other];
    const bank = generateBank(extractLibrary(articles), articles).questions;
    const han = bank.filter((q) => q.kind === 'who-said' && q.answer === 'Han Jae Sung');
    expect(han.length).toBeGreaterThan(0);
    for (const q of han) expect(q.sources.some((s) => remarks.body.slice(s.start, s.end).startsWith('PRESIDENT HAN:'))).toBe(true);
  });
});

describe('a transcript’s “today”, dated by its header line', () => {
  const statements = (title: string, header: string): ArticleInput => article('kestria-statements-2017', title, '2017-04-05', [
    header,
    'Mr Ruiz and Mr Vado made press statements following the talks.',
    'President of Kestria Ana Ruiz: Mr President, friends, ladies and gentlemen,',
    'Let me start by saying that these talks today took place in a very friendly and constructive spirit.',
    'Our bilateral cooperation rests on solid traditions of friendship and mutual support between the ports of the Sarn Strait.',
  ]);

  it('asks when the talks the headline names took place, citing the header line', () => {
    const a = statements('Press statements following Kestrian-Varnian talks', 'April 5, 2017');
    const whens = generateBank(extractLibrary([a]), [a]).questions.filter((q) => q.kind === 'when');
    // Round 19 (issue #15): "when did the Kestrian-Varnian talks take place?" was sent back: such talks recur, and the
    // label gives the month. The stem names who held them; when the page does not give both, it is not asked.
    expect(whens.length).toBeLessThanOrEqual(1);
    for (const q of whens) {
      expect(q.answer).toBe('April 5, 2017');
      expect(q.prompt).toMatch(/when did the Kestrian-Varnian talks between .+ and .+ take place\?/);
      expect(q.sources.some((s) => a.body.slice(s.start, s.end) === 'April 5, 2017')).toBe(true);
    }
  });

  it('is not asked when no header line writes the day', () => {
    const a = statements('Press statements following Kestrian-Varnian talks', 'Kestria House');
    expect(generateBank(extractLibrary([a]), [a]).questions.filter((q) => q.kind === 'when')).toEqual([]);
  });
});

describe('a “today” of another verb', () => {
  it('does not date the talks by the day a guest arrived', () => {
    const a = article('kestria-statements-2015', 'Press statements following Kestrian-Varnian talks', '2015-05-08', [
      'Press statements following Kestrian-Varnian talks',
      'May 8, 2015',
      'President of Kestria Ana Ruiz: President Vado, ladies and gentlemen,',
      'We have just ended substantive talks with the President of Varnia, Mr Luis Vado, who arrived in Vienna today at the head of a large delegation.',
    ]);
    const ctx = buildContext(extractLibrary([a]), [a], 'cover17');
    const views = [...meetingViews(ctx).values()].flat();
    expect(views.some((v) => v.m.when === 'today')).toBe(true);
    expect(views.filter((v) => v.dateLine)).toEqual([]);
  });
});
