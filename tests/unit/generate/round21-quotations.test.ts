/**
 * Round 21 (#15): quotation questions the blind judges sent back in the same form — a transcript's self-repair and
 * an aside to the press (blind-50's Biden line), a turn opening on greetings and thanks (blind-47's second Kerry
 * question), a what-said whose wrong choices are another speaker's words at the same event with no occasion in the
 * stem (blind-50's Putin), and a quotation opening on the reporter's own words with no referent (blind-50b).
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { generateBank } from '@/lib/generate';
import { buildContext } from '@/lib/generate/context';
import { whoSaidPrompt } from '@/lib/generate/quotes';
import { isMostlyCourtesy } from '@/lib/generate/openers';
import { beforeSelfRepair, hasSelfRepair, withoutOpeningRepair } from '@/lib/generate/self-repairs';
import { quoteChoice, spokenWords } from '@/lib/generate/quote-text';
import { isPressAside } from '@/lib/generate/room-talk';
import type { ArticleInput } from '@/lib/extract/types';

describe('a transcript’s self-repairs and asides', () => {
  it('shows words from the speaker’s last try when the opening was broken off and said again', () => {
    expect(withoutOpeningRepair('And we’re — we are — we agreed on a ceasefire in Tamsia.')).toBe('And we agreed on a ceasefire in Tamsia.');
    expect(withoutOpeningRepair('We’re — we are — we agreed on a ceasefire.')).toBe('[W]e agreed on a ceasefire.');
    expect(withoutOpeningRepair('To build — and to build the ports of Lorvania.')).toBe('[T]o build the ports of Lorvania.');
    expect(quoteChoice('We’re — we are — we agreed on a ceasefire along the river.', 40)).toBe('[W]e agreed on a ceasefire along the river');
  });

  it('leaves dashes that set words off, and a word said again before a name', () => {
    expect(withoutOpeningRepair('We met — all of us — in Velsk.')).toBe('We met — all of us — in Velsk.');
    expect(hasSelfRepair('The port is already at — or past — half its size.')).toBe(false);
    expect(hasSelfRepair('I told the President then — President Kadri — that we agree.')).toBe(false);
  });

  it('finds a repair inside the words, which cannot be left out without changing them', () => {
    expect(hasSelfRepair('This friendship is based on — on shared sacrifice.')).toBe(true);
    expect(hasSelfRepair('They might — they might be able to cross.')).toBe(true);
    expect(hasSelfRepair('coordinating our — excuse me — our defence')).toBe(true);
    expect(hasSelfRepair('We will exit from the coal — from coal energy by 2040.')).toBe(true);
    expect(withoutOpeningRepair('You might — they might be able to cross.')).toBe('[T]hey might be able to cross.');
  });

  it('does not take a clause that goes on after a dash for a repair', () => {
    expect(hasSelfRepair('what they say they want to do — to reach a deal on the river by spring')).toBe(false);
  });

  it('ends the words before a later sentence that breaks off and says words again, when enough comes before', () => {
    const words = 'We are worried and a bit saddened by the differences that have opened between the port authority and the capital. We are – we have friends in both.';
    expect(beforeSelfRepair(words)).toBe('We are worried and a bit saddened by the differences that have opened between the port authority and the capital.');
    expect(spokenWords(words)).toBe('We are worried and a bit saddened by the differences that have opened between the port authority and the capital.');
    expect(beforeSelfRepair('Well, I think you heard it: the port is back. It is late. We are – we have friends in both.')).toBe('Well, I think you heard it: the port is back. It is late. We are – we have friends in both.');
  });

  it('ends the words before an aside to the press about what was just said', () => {
    expect(isPressAside('I know none of you are curious about that, but we did talk about that a good deal.')).toBe(true);
    expect(spokenWords('We’re — we are — we had a long discussion of the river treaty. I know none of you are curious about that, but we did talk about it.')).toBe('[W]e had a long discussion of the river treaty.');
    expect(spokenWords('I know none of you are curious about that.')).toBe('I know none of you are curious about that.');
    // Other room talk is weighed whole by the room-talk gate, not cut off to let the rest through.
    expect(spokenWords('Today we will look at four areas. And we will do it over a working lunch.')).toBe('Today we will look at four areas. And we will do it over a working lunch.');
  });
});

describe('a turn opening on greetings and thanks', () => {
  it('reads an evening greeting and thanks to both sides for their spirit as courtesy only', () => {
    expect(isMostlyCourtesy('Well, good evening everybody, and thank you very much for your patience. Let me begin by thanking both leaders, Dr. Ana Vell and Dr. Teo Marr, for the spirit of compromise which has brought us here tonight.')).toBe(true);
  });

  it('reads “I would also like to thank you for …” as thanks', () => {
    expect(isMostlyCourtesy('I would also like to thank you for your leadership on the river treaty.')).toBe(true);
  });

  it('keeps thanks that open a turn of substance', () => {
    expect(isMostlyCourtesy('Let me begin by thanking the minister. Lorvania will withdraw its troops from the border of Tamsia by the end of March and hand the bridge to the monitors.')).toBe(false);
  });
});

describe('what-said beside another speaker’s words at the same event', () => {
  const statement: ArticleInput = {
    id: 'velsk-2031',
    title: 'Press statements following Lorvanian-Tamsian talks',
    bodyStart: 0,
    date: '2031-05-11',
    body: [
      'May 11, 2031, Velsk',
      'President of Lorvania Pavel Orlov: President Kadri, ladies and gentlemen,',
      'Cultural ties have always had great weight in our cooperation. I would like to remind you that Lorvania has for many years trained doctors and engineers from Tamsia.',
      'We have carried out a number of large projects in music and theatre, and more are planned for the coming year.',
      'President of Tamsia Amir Kadri (retranslated): Thank you, Mr President.',
      'I would like to stress the need to meet the demands of the thousands of prisoners who are on hunger strike. We are making every effort to have them freed.',
      'We believe that fighting extremism is a shared responsibility, and we, for our part, are fully committed to it.',
    ].join('\n\n'),
  };

  it('names the report in the stem: only it makes the other speaker’s lines wrong', () => {
    const whatSaid = generateBank(extractLibrary([statement]), [statement]).questions.filter((q) => q.kind === 'what-said');
    expect(whatSaid.length).toBeGreaterThan(0);
    for (const q of whatSaid) expect(q.prompt).toMatch(/^According to “Press statements following Lorvanian-Tamsian talks” \(May 2031\), which of these did /);
  });
});

describe('a quotation opening on the reporter’s own words', () => {
  const report: ArticleInput = {
    id: 'dockside-2030',
    title: 'Harbour Ministers Voice Worries Over Tamsian Navy',
    bodyStart: 0,
    date: '2030-10-02',
    body: [
      'PORT VELL, Oct. 2, 2030 – Admiral Corin Vasse, who commands the fleets of the western coast, said that a year ago few harbours saw the Tamsian navy as a threat.',
      '“(There is) some worry about the rise in warship orders,” he said.',
    ].join('\n\n'),
  };

  it('names the report, whose headline says whose orders', () => {
    const facts = extractLibrary([report]);
    const ctx = buildContext(facts, [report], 'cited');
    const q = ctx.quotes.find((x) => x.text.includes('warship orders'))!;
    const speaker = ctx.people.byId.get(q.speakerId!)!;
    expect(whoSaidPrompt(ctx, q, speaker, '(There is) some worry about the rise in warship orders')).toBe(
      'According to “Harbour Ministers Voice Worries Over Tamsian Navy” (October 2, 2030), who said: “(There is) some worry about the rise in warship orders”?',
    );
    // Not the reporter's words: named as every dated report is (round 23), by its headline whichever the opening.
    expect(whoSaidPrompt(ctx, q, speaker, '[T]here is some worry about the rise in warship orders')).toBe('According to “Harbour Ministers Voice Worries Over Tamsian Navy” (October 2, 2030), who said: “[T]here is some worry about the rise in warship orders”?');
    expect(whoSaidPrompt(ctx, q, speaker, '[The] harbour board will be setting a dangerous precedent')).toBe('According to “Harbour Ministers Voice Worries Over Tamsian Navy” (October 2, 2030), who said: “[The] harbour board will be setting a dangerous precedent”?');
  });
});
