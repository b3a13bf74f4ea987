/**
 * Who-said classes two blind teachers sent back in blind-35 (tests/fixtures/question-review/review-blind-35*.judged.md),
 * checked on invented text: a photographer credited under a picture is no speaker to offer; no option the words or
 * the time rule out (a state the speaker thanks, a head of state named only in a later report); no
 * courtesy to the host's city asked as a who-said; "this crisis" asked with the report that says which crisis.
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { generateBank } from '@/lib/generate';
import { buildContext } from '@/lib/generate/context';
import { HEAD_ERA_YEARS, HEAD_LATER_YEARS, ofTheSameEra } from '@/lib/generate/peer-era';
import { isThankedSide } from '@/lib/generate/quotes';
import { isMostlyCourtesy, isPraiseOfPlace } from '@/lib/generate/openers';
import { sideOf } from '@/lib/generate/sides';
import type { ArticleInput } from '@/lib/extract/types';

const article = (id: string, title: string, date: string, paragraphs: string[]): ArticleInput => ({ id, title, body: paragraphs.join('\n\n'), bodyStart: 0, date });
const whoSaid = (articles: ArticleInput[]) => generateBank(extractLibrary(articles), articles).questions.filter((q) => q.kind === 'who-said');

describe('blind-35: a photo credit names no speaker', () => {
  const roleOf = (body: string, name: string) => extractLibrary([{ id: 't', title: 'T', body, bodyStart: 0 }]).people.find((p) => p.name === name)?.role ?? null;

  it('gives the photographer of a caption’s credit line the role reporter', () => {
    expect(roleOf('The ministers met in Tarno on Monday. Navy photo by Petty Officer 2nd Class Lena Vos (Click photo for a larger image)\n\nThey agreed.', 'Lena Vos')).toBe('reporter');
    expect(roleOf('Ivo Brandt met Marta Kell in Tarno on Monday. (Photo courtesy of Lena Vos)\n\nThey agreed.', 'Lena Vos')).toBe('reporter');
    expect(roleOf('Lena Vos, the fisheries minister, said the ministers met in Tarno on Monday.', 'Lena Vos')).not.toBe('reporter');
  });

  it('never offers the photographer beside the speakers of the report', () => {
    const report = article('varnia-defence-2013', 'Defence chief praises alliance with Tessaly', '2013-08-30', [
      'TARNO, Aug. 30, 2013 – Varnian Defence Minister Ivo Brandt met Tessalian President Marta Kell at the palace in Tarno today.',
      'Varnian Defence Minister Ivo Brandt, left, meets Tessalian President Marta Kell in Tarno, Aug. 30, 2013. Navy photo by Petty Officer 2nd Class Lena Vos (Click photo for screen-resolution image)',
      '“Our alliance with Tessaly is the anchor of peace in the northern sea, and our fleets will train together every spring,” Brandt said.',
      'Tessalian Defence Minister Otto Rask said his country would open two ports to the Varnian fleet next year.',
      '“We will open the ports of Halden and Vik to the ships of our ally before the winter,” Rask said.',
      'Varnian Navy chief Admiral Piet Dorn said the first joint exercise would start in March.',
      '“Our sailors have waited ten years for this chance to train beside the Tessalian fleet,” Dorn said.',
    ]);
    const asked = whoSaid([report]);
    expect(asked).not.toHaveLength(0);
    expect(asked.filter((q) => q.choices.includes('Lena Vos')).map((q) => q.prompt)).toEqual([]);
  });
});

describe('blind-35: no option the quotation or the time rules out', () => {
  const conf = article('vienna-2016', 'Remarks by President Ruiz and Chancellor Holm in Joint Press Conference', '2016-04-24', [
    'Vienna, Austria',
    'President Ruiz and Chancellor Holm spoke to reporters at the Hofburg after their talks.',
    'CHANCELLOR HOLM: Ladies and gentlemen, I would like to bid a very warm welcome to the President of the United States of America, Ana Ruiz, here to Austria on her second visit.',
    'We are ready to send two research ships to the southern ocean. We’re grateful to the United States of America for the very great care that you are willing to take of the stocks.',
    'PRESIDENT RUIZ: Our two countries will sign a treaty on salmon farming in the autumn, and our navies will train together next year.',
  ]);
  const lima = article('lima-2017', 'President Soto hosts President Berg in Lima', '2017-05-09', [
    'Peruvian President Luis Soto recently hosted President Tom Berg for a two-day meeting at the presidential palace in Lima.',
    'President Soto said, “We have built a trust and a working friendship, and we will double our trade in copper by 2020.”',
  ]);
  const ctx = buildContext(extractLibrary([conf, lima]), [conf, lima], 'b35');
  const person = (name: string) => [...ctx.people.byId.values()].find((p) => p.name === name);

  it('reads a guest’s state from a host’s “the President of the United States of America, Ana Ruiz”', () => {
    const ruiz = person('Ana Ruiz');
    expect(ruiz && sideOf(ctx, ruiz)).toBe('US');
  });

  it('rules out the people of a state the words thank, not those of a state they only speak of', () => {
    const [holm, ruiz] = [person('Holm'), person('Ana Ruiz')];
    expect(holm && ruiz).toBeTruthy();
    if (!holm || !ruiz) return;
    expect(isThankedSide(ctx, holm, ruiz, 'We’re grateful to the United States of America for the very great care that you take.')).toBe(true);
    expect(isThankedSide(ctx, holm, ruiz, 'Thanks to the United States, the stocks have recovered.')).toBe(true);
    expect(isThankedSide(ctx, holm, ruiz, 'Security in Europe and North America rests on these principles.')).toBe(false);
  });

  it('lends no head of state from a later report: no “President Berg” of 2017 for 2016', () => {
    const [berg, ruiz] = [person('Tom Berg'), person('Ana Ruiz')];
    expect(berg && ruiz).toBeTruthy();
    if (!berg || !ruiz) return;
    expect(ofTheSameEra(ctx, 'vienna-2016', berg.id, HEAD_ERA_YEARS, HEAD_LATER_YEARS)).toBe(false);
    expect(ofTheSameEra(ctx, 'lima-2017', berg.id, HEAD_ERA_YEARS, HEAD_LATER_YEARS)).toBe(true);
    // A head named a year before mostly still holds the office: Ruiz of 2016 may stand in for 2017.
    expect(ofTheSameEra(ctx, 'lima-2017', ruiz.id, HEAD_ERA_YEARS, HEAD_LATER_YEARS)).toBe(true);
  });
});

describe('blind-35: a guest’s praise of the host’s city is courtesy, not a who-said', () => {
  it('reads praise of the place, and only that, as courtesy', () => {
    expect(isMostlyCourtesy('The town is in a good shape. It is beautiful.')).toBe(true);
    expect(isPraiseOfPlace('Tarno looks wonderful!')).toBe(true);
    expect(isPraiseOfPlace('What a lovely capital!')).toBe(true);
    expect(isPraiseOfPlace('Your country is so beautiful and welcoming.')).toBe(true);
    expect(isPraiseOfPlace('The town is in a good shape to host the summit in May, and we will send our ministers.')).toBe(false);
    expect(isPraiseOfPlace('Cooperation is remarkable.')).toBe(false);
    expect(isPraiseOfPlace('The economy is in good shape.')).toBe(false);
    expect(isMostlyCourtesy('The town is beautiful. We agreed to build a gas pipeline to Tarno by 2027, and our banks will pay for half of it.')).toBe(false);
  });

  it('asks no who-said of “The town is in a good shape. It is beautiful”', () => {
    const talks = article('tarno-talks-2024', 'Varnian-Tessalian talks in narrow format, Tarno', '2024-06-20', [
      'Varnian President Ivo Brandt and Tessalian President Marta Kell held talks in Tarno. Foreign Minister Otto Rask and Economy Minister Lena Berg joined them.',
      'President of Tessaly Marta Kell: Welcome to Tarno, Mr President. How do you find our town?',
      'President of Varnia Ivo Brandt: The town is in a good shape. It is beautiful.',
      'President of Tessaly Marta Kell: Our governments will sign six agreements today on gas, rail and grain, and our banks will open branches in each other’s capitals.',
      'President of Varnia Ivo Brandt: We will build the pipeline to Tarno by 2027, and our banks will pay for half of it.',
    ]);
    const asked = whoSaid([talks]);
    expect(asked.filter((q) => /good shape|beautiful/.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
  });
});

describe('blind-35: words that point at the story’s event say which event', () => {
  const rescue = article('tarno-boats-2015', 'Over 700 fishermen rescued off Varnian coast', '2015-05-16', [
    'More than 700 fishermen were rescued off the Varnian coast on Friday after their boats were stranded for a week by a storm.',
    'Tessaly\'s Prime Minister, Marta Kell said, "We are in contact with all relevant parties, with whom we share the desire to find a solution to this crisis".',
    'Varnian Foreign Minister Ivo Brandt said his government would send two ships, and Tessalian Navy chief Otto Rask said the navy would search the coast.',
    '"We will search every bay of the coast until the last boat is found," Rask said.',
    '"Our ships will bring food and water to every boat we reach," Brandt said.',
  ]);

  it('names the report in the stem, so a student knows which crisis', () => {
    const asked = whoSaid([rescue]).filter((q) => /this crisis/.test(q.prompt));
    expect(asked).not.toHaveLength(0);
    for (const q of asked) expect(q.prompt).toMatch(/^According to “Over 700 fishermen rescued off Varnian coast” \(.*May 16, 2015\), who said: “/);
  });

  it('asks words that name their event too, the report named as every dated report is (round 23)', () => {
    const asked = whoSaid([rescue]).filter((q) => /every bay|every boat/.test(q.prompt));
    expect(asked).not.toHaveLength(0);
    for (const q of asked) expect(q.prompt).toMatch(/^According to “Over 700 fishermen rescued off Varnian coast” \(May 16, 2015\), who said: “/);
  });
});
