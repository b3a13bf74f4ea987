/**
 * Round 6 on #15, who-said options of the same kind as the answer: a person's options are people, never a
 * police station, a ministry or an outlet (blind-26), on the real report the judge read.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { generateBank } from '@/lib/generate';
import { readArticleFiles } from '@/lib/cli/read-article-files';
import { namesIntroducedAsBodies, speakerKind } from '@/lib/generate/speaker-kind';

const rancagua = path.join(import.meta.dirname, '../../fixtures/question-review/articles-fresh11/04-wikinews-rancagua-students-detained-chile-2012.md');

describe('who-said options of the answer’s kind', () => {
  it('offers the student leader’s words among people of the report, never “Comisaría de Rancagua” (blind-26)', () => {
    const { articles } = readArticleFiles([rancagua]);
    const q = generateBank(extractLibrary(articles), articles, { balance: false }).questions.find((x) => x.kind === 'who-said' && x.answer === 'Jennifer Olivares');
    expect(q?.choices).toHaveLength(4);
    expect(q?.choices).not.toContain('Comisaría de Rancagua');
    expect(q?.choices).toContain('Iván Guajardo');
  });

  it('reads a body from its own words or from the noun the article sets it beside', () => {
    const body = 'Olivares said so upon their arrival at the police station, Comisaría de Rancagua, something Iván Guajardo did not deny.';
    const named = namesIntroducedAsBodies(body);
    expect(named).toEqual(['Comisaría de Rancagua']);
    expect(speakerKind({ name: 'Comisaría de Rancagua' }, named)).toBe('organisation');
    expect(speakerKind({ name: 'Iván Guajardo' }, named)).toBe('person');
    expect(speakerKind({ name: 'Russian Foreign Ministry' }, [])).toBe('organisation');
    expect(speakerKind({ name: 'Ministry of Defence' }, [])).toBe('organisation');
    expect(speakerKind({ name: 'Antony Blinken' }, [])).toBe('person');
  });
});
