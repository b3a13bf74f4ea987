/**
 * Who-said classes of round 12's dev sheets on real excerpts (gen14; issue #15), checked on invented text: the options
 * of a who-said are people a student could confuse in the scene. Someone the reports name only inside a speaker's
 * words (a soldier mourned, a poet honoured) was not in the room; a head of state's words are not offered beside a
 * head of a state the report never names; and a name's last syllable ("Jae-in") does not name its bearer in every
 * sentence that opens with "In".
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { generateBank } from '@/lib/generate';
import { buildContext } from '@/lib/generate/context';
import { namedIn } from '@/lib/generate/story';
import type { ArticleInput } from '@/lib/extract/types';

const article = (id: string, title: string, date: string, paragraphs: string[]): ArticleInput => ({ id, title, body: paragraphs.join('\n\n'), bodyStart: 0, date });

const whoSaidChoices = (articles: ArticleInput[], answer: string) =>
  generateBank(extractLibrary(articles), articles).questions.filter((q) => q.kind === 'who-said' && q.answer === answer).flatMap((q) => q.choices);

describe('round 12: a person named only inside a speaker’s words is no who-said option', () => {
  const havana = article('ruiz-kestria-2016', 'Remarks by President Ruiz and President Vado of Kestria in a Joint Press Conference', '2016-03-21', [
    'Palace of the Revolution, Kestria City',
    'PRESIDENT VADO: I welcome President Ana Ruiz to Kestria. We spoke for two hours about trade, about our ports and about the fishing grounds we share.',
    'We agreed to open direct flights between our capitals before the end of the year, and to double the number of students who study in each other’s country.',
    'PRESIDENT RUIZ: Thank you, President Vado. With your indulgence, I want to go briefly off topic, because this weekend I received news that one of our outstanding soldiers, Army Staff Sergeant Tomas Brell of Dunmore, was killed in the north.',
    'This morning I was honoured to pay tribute to the poet Marco Ellery, whose words in support of liberty are known to every child in this country.',
    'We will open a new consulate in the port city of Halden, so that our traders and our tourists can get their papers more quickly than they can today.',
    'Our navies will hold a joint exercise in the northern sea this summer, the first of its kind since the two countries broke off relations sixty years ago.',
  ]);

  it('never offers the mourned soldier or the honoured poet for the president’s words', () => {
    const choices = whoSaidChoices([havana], 'Ana Ruiz');
    expect(choices).not.toContain('Tomas Brell');
    expect(choices).not.toContain('Marco Ellery');
  });
});

describe('round 12: a head of state’s words beside the heads of the scene only', () => {
  const tokyo = article('ruiz-japan-2016', 'Chile’s president visits Japan', '2016-04-24', [
    'Chilean President Ana Ruiz met Japanese Prime Minister Ken Tanaka in Tokyo on Friday.',
    '“Our two nations will hold a joint naval exercise this summer, and we stand with Japan as it seeks the return of its fishermen held abroad,” Ruiz told reporters after the talks.',
  ]);
  const havana = article('ruiz-peru-2016', 'Remarks by President Ana Ruiz and President Luis Vado of Peru', '2016-03-21', [
    'Peruvian President Luis Vado welcomed Chilean President Ana Ruiz to Lima on Monday.',
    '“We spoke for two hours about trade, about our ports and about the fishing grounds we share,” Vado told reporters after the talks.',
    '“Direct flights between our capitals will start in May, and students will follow,” Peruvian Foreign Minister Rosa Lind said.',
    '“We will open a new consulate in the port city of Halden, so that our traders can get their papers more quickly,” Ruiz said.',
  ]);

  it('does not offer Peru’s president, whom the report from Japan never names, for her words in Japan', () => {
    const bank = generateBank(extractLibrary([tokyo, havana]), [tokyo, havana]);
    const inJapan = bank.questions.filter((q) => q.kind === 'who-said' && q.answer === 'Ana Ruiz' && q.sources.some((s) => s.article === 'ruiz-japan-2016'));
    expect(inJapan.flatMap((q) => q.choices)).not.toContain('Luis Vado');
  });
});

describe('round 12: “Jae-in” names its bearer as one word', () => {
  const korea = article('lee-summit-2018', 'Varnia and Korea hold summit', '2018-04-27', [
    'South Korean President Lee Dong-in met Varnian President Ana Ruiz in Seoul on Friday.',
    '“We have taken one big step forward,” Lee Dong-in said after the talks.',
  ]);
  const trade = article('varnia-trade-2018', 'Varnia’s ports report record trade', '2018-05-02', [
    'In the spring, the ports of Varnia handled more grain than in any spring before.',
    'In the first week of March alone, the port of Halden loaded forty ships, its harbour master Jorge Silva said.',
  ]);

  it('does not count a report that only opens sentences with “In” as naming Lee Dong-in', () => {
    const ctx = buildContext(extractLibrary([korea, trade]), [korea, trade], 'r12');
    const lee = [...ctx.people.byId.values()].find((p) => p.name === 'Lee Dong-in');
    expect(lee).toBeDefined();
    expect(namedIn(ctx, 'lee-summit-2018').has(lee?.id ?? '')).toBe(true);
    expect(namedIn(ctx, 'varnia-trade-2018').has(lee?.id ?? '')).toBe(false);
  });
});
