import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '@/lib/extract/analyze';
import { isDatedCaption } from '@/lib/extract/captions';
import { SENTENCE_END } from '@/lib/extract/meetings/event-time';
import { sentencesOf } from '@/lib/generate/evidence';
import { splitSentences as quotedSentences } from '@/lib/generate/openers';
import { one } from './helpers';

const analyzed = (body: string) => analyzeArticle({ id: 't', title: 'Test article', body, bodyStart: 0 });
const sentenceTexts = (body: string) => {
  const a = analyzed(body);
  return a.sentences.flat().map((s) => body.slice(s.start, s.end));
};

describe('a rank or title abbreviated before a name ends no sentence, in every splitter', () => {
  const rank = 'On the trip the chairman and his senior enlisted adviser, Army Command Sgt. Maj. Tomas Berglund, shook hands with troops. The tour ended in Oslo.';

  it('the document splitter keeps "Sgt. Maj. Tomas Berglund" inside its sentence', () => {
    expect(sentenceTexts(rank)).toEqual([
      'On the trip the chairman and his senior enlisted adviser, Army Command Sgt. Maj. Tomas Berglund, shook hands with troops.',
      'The tour ended in Oslo.',
    ]);
    expect(sentenceTexts('The award went to Pfc. Ana Ruiz and Spc. Lena Dahl. Cmdr. Ivo Stern presented it.')).toHaveLength(2);
  });

  it('the generator\'s splitters and a meeting clause\'s read the same table', () => {
    expect(sentencesOf(rank)).toHaveLength(2);
    expect(quotedSentences('We thank Lt. Gen. Ana Ruiz and Sgt. Maj. Tomas Berglund. They led us.')).toEqual([
      'We thank Lt. Gen. Ana Ruiz and Sgt. Maj. Tomas Berglund.',
      'They led us.',
    ]);
    expect('He met Adm. Ivo Stern in Oslo. Then he left.'.split(SENTENCE_END)).toEqual(['He met Adm. Ivo Stern in Oslo', 'Then he left.']);
  });
});

describe('a closing quotation mark with no opening mark in its paragraph', () => {
  const body = [
    'Today, Secretary General Ana Ruiz travelled to the northern command, where she met the commander and troops from twelve nations.',
    'The fact that so many nations serve here shows the strength of our mission,” the Secretary General said. “It matters for all of us,” she added.',
  ].join('\n\n');

  it('opens at its own paragraph\'s start, not at the narration before it', () => {
    const a = analyzed(body);
    const second = a.paragraphs[1]!;
    const first = a.quoteSpans[0]!;
    expect(first.open).toBe(second.start);
    expect(body.slice(first.contentStart, first.contentEnd)).toMatch(/^The fact that so many nations serve here shows the strength of our mission,?$/);
  });

  it('gives the quotation to the speaker its clause names', () => {
    const quotes = one(body).article.quotes.map((q) => ({ text: q.text, speaker: q.speaker }));
    expect(quotes).toContainEqual({ text: 'The fact that so many nations serve here shows the strength of our mission', speaker: 'Ana Ruiz' });
  });

  it('reads no quotation from an inch mark or a closing mark that opens the next words', () => {
    expect(analyzed('The new screen measures 15" across and weighs less.').quoteSpans).toEqual([]);
  });
});

describe('photo captions are marked and read for no fact', () => {
  const caption = 'President Ana Ruiz meets Prime Minister Tomas Berglund at the Royal Palace, Dec. 21, 2017, in Oslo, Norway.';
  const body = [caption, 'The two governments have argued over fishing quotas for a decade, and officials expect a deal next year.'].join('\n\n');

  it('knows an AP caption by its present tense and its date set off before "in <place>"', () => {
    expect(isDatedCaption(caption, 0, caption.length)).toBe(true);
    expect(analyzed(body).paragraphs.map((p) => p.isCaption ?? false)).toEqual([true, false]);
    const prose = 'President Ana Ruiz met Prime Minister Tomas Berglund at the Royal Palace on Dec. 21, 2017, in Oslo, Norway.';
    expect(isDatedCaption(prose, 0, prose.length)).toBe(false);
  });

  it('takes no meeting from the caption, and keeps its text in the body', () => {
    const { article } = one(body);
    expect(article.meetings).toEqual([]);
    expect(analyzed(body).article.body).toContain(caption);
  });
});
