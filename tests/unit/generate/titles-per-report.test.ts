/*
 * Titles are read per report: the title a report writes before a name is that report's (and its year's), and a
 * transcript that knows its guests only as "PRESIDENT AMIRI:" asks its host's words in the same form, beside the
 * guests on its stage when his words name his own side (the 2022 Rose Garden transcript: Biden's words found no
 * one to offer beside him), never for opening words any head on the stage could say.
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { buildContext } from '@/lib/generate/context';
import { generateBank } from '@/lib/generate';
import { titledNameIn } from '@/lib/generate/titled-names';
import { surnameTitles } from '@/lib/generate/report-titles';

const transcript = {
  id: 'garden-2022',
  title: 'Remarks by President Tom Halvorsen, President Amiri of Norland, and Prime Minister Lindqvist of Sveland after Trilateral Meeting',
  bodyStart: 0,
  date: '2022-05-19',
  body: [
    'PRESIDENT HALVORSEN: Please, be seated.',
    'The United States is sending the accession reports to the Senate today, so that the senators can consent to the treaty before the summer recess.',
    'President Amiri and I spoke last December, and Prime Minister Lindqvist joined us by phone in March.',
    'Today’s summit is an opportunity to define the future that we want and how we intend to achieve it together.',
    'PRESIDENT AMIRI: Thank you, Mr. President.',
    'Norland has made its decision after a rapid but a very thorough process, and the decision enjoys strong popular support at home.',
    'PRIME MINISTER LINDQVIST: Thank you, Mr. President.',
    'Sveland has chosen to apply after a long debate in our parliament, and we are proud of the broad majority behind that choice.',
  ].join('\n\n'),
};
const earlier = {
  id: 'visit-2014',
  title: 'Vice President visits the fjords',
  bodyStart: 0,
  date: '2014-03-02',
  body: 'US Vice President Tom Halvorsen arrived in the capital on Sunday for two days of talks on energy. Vice President Halvorsen met the prime minister on Monday.',
};

describe('titles per report', () => {
  const articles = [transcript, earlier];
  const ctx = buildContext(extractLibrary(articles), articles, 'x');
  const halvorsen = [...ctx.people.byId.values()].find((p) => p.name === 'Tom Halvorsen');

  it('keeps each report’s titles apart, a deputy’s office apart from the office', () => {
    const byReport = new Map(surnameTitles(ctx, 'Tom Halvorsen').map((r) => [r.report.id, r.value.get('Halvorsen')]));
    expect([...(byReport.get('garden-2022')?.held ?? [])]).toEqual(['president']);
    expect([...(byReport.get('visit-2014')?.held ?? [])]).toEqual([]);
    expect([...(byReport.get('visit-2014')?.any ?? [])]).toEqual(['president']);
  });

  it('names a person by the title the asked report gives, not another year’s', () => {
    expect(halvorsen).toBeDefined();
    expect(titledNameIn(ctx, { p: halvorsen!, articleId: 'garden-2022' })).toBe('President Halvorsen');
    expect(titledNameIn(ctx, { p: halvorsen!, articleId: 'visit-2014' })).toBeNull();
  });

  it('asks the host’s words in title form beside the guests on stage', () => {
    const bank = generateBank(extractLibrary(articles), articles);
    const q = bank.questions.find((x) => x.kind === 'who-said' && x.prompt.includes('accession reports'));
    expect(q?.answer).toBe('President Halvorsen');
    expect([...(q?.choices ?? [])].sort()).toEqual(['President Amiri', 'President Halvorsen', 'Prime Minister Lindqvist']);
  });

  it('asks no opening words any head on the stage could say', () => {
    const bank = generateBank(extractLibrary(articles), articles);
    expect(bank.questions.filter((x) => x.prompt.includes('opportunity to define the future'))).toEqual([]);
  });
});
