/**
 * Who-said classes two blind teachers sent back in blind-32 (tests/fixtures/question-review/blind-32.json and pending/blind-32b.json),
 * checked on invented text: heads of state from another scene, a charity's head offered beside ministers only,
 * a demonstrative subject whose referent the reporter gave, and a photo caption cited as the evidence.
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { generateBank } from '@/lib/generate';
import { buildContext } from '@/lib/generate/context';
import { inCaption, speakerEvidence } from '@/lib/generate/evidence';
import { fragmentReason } from '@/lib/generate/fragments';
import { isOfTheSameKind, publicKind } from '@/lib/generate/office-kinds';
import { fullQuoteSpan } from '@/lib/generate/quote-text';
import type { ArticleInput } from '@/lib/extract/types';

const article = (id: string, title: string, date: string, paragraphs: string[]): ArticleInput => ({ id, title, body: paragraphs.join('\n\n'), bodyStart: 0, date });
const whoSaid = (articles: ArticleInput[]) => generateBank(extractLibrary(articles), articles, { balance: false }).questions.filter((q) => q.kind === 'who-said');

describe('blind-32: a demonstrative subject after a time phrase points back', () => {
  it('treats “Ten years ago, this would not have been possible” as a fragment, and a dummy “it” as whole words', () => {
    expect(fragmentReason('Ten years ago, this would not have been possible for the girls of our country', '“')).toBe('referent');
    expect(fragmentReason('In the end, that has changed the way our farmers sell their grain abroad', '“')).toBe('referent');
    expect(fragmentReason('Today, it is time to build new schools for the girls of our country', '“')).toBeNull();
    expect(fragmentReason('Ten years ago, our girls could not have competed with the best teams in the world', '“')).toBeNull();
  });
});

describe('blind-32: the evidence for a speaker is a sentence of the story, never a photo caption', () => {
  const lead = 'Estonian Prime Minister Lena Varga has praised her talks with the leaders of the northern provinces.';
  const caption = 'Estonian Prime Minister Lena Varga meets provincial leaders in Tartu, Estonia, May 2, 2021. REUTERS/Jo Park.';
  const body = article('estonia-2021', 'Estonian leader praises talks', '2021-05-03', [
    lead,
    'The talks in Tartu lasted three hours and covered roads, schools and water.',
    caption,
    'The Estonian prime minister said both sides would meet again in June. "We want a real and lasting agreement for every province," she added.',
  ]);

  it('reads a line closed by a photographer’s credit as a caption, whichever comes first, agency or name', () => {
    expect(inCaption(caption, { start: 0, end: 60 })).toBe(true);
    expect(inCaption('Varga meets leaders in Kassel. (AP Photo/Jo Park)', { start: 0, end: 30 })).toBe(true);
    expect(inCaption(lead, { start: 0, end: lead.length })).toBe(false);
  });

  it('cites the lead that names the prime minister for “…,” she added, not the caption above it', () => {
    const facts = extractLibrary([body]);
    const ctx = buildContext(facts, [body], 'b32');
    const q = ctx.quotes.find((x) => x.text.includes('lasting agreement'));
    expect(q?.speakerId).toBeTruthy();
    if (!q) return;
    const evidence = speakerEvidence(ctx, q, fullQuoteSpan(ctx, q));
    expect(evidence && body.body.slice(evidence.start, evidence.end)).toBe(lead);
  });
});

describe('blind-32: options of the answer’s kind, inside or outside government', () => {
  it('tells a charity’s head and a campaigner from ministers; an opposition front-bencher or no role fits either', () => {
    expect(publicKind({ role: 'chief executive of the Shelter Trust' })).toBe('civil');
    expect(publicKind({ role: 'Interior Minister' })).toBe('government');
    expect(publicKind({ role: 'Shadow Interior Minister' })).toBeNull();
    expect(isOfTheSameKind({ role: 'chief executive of the Shelter Trust' }, { role: 'Interior Minister' })).toBe(false);
    expect(isOfTheSameKind({ role: 'chief executive of the Shelter Trust' }, { role: null })).toBe(true);
    // A commentator is no campaigner: an economist beside a central bank's governors stays a fair option.
    expect(isOfTheSameKind({ role: 'chief economist at a bank' }, { role: 'Governor' })).toBe(true);
  });

  it('offers a charity’s chief executive criticising the government beside no minister', () => {
    const asked = whoSaid([article('housing-2022', 'Housing plan draws criticism', '2022-03-02', [
      'Interior Minister Ada Quill announced a new housing plan on Tuesday.',
      'Interior Minister Ada Quill said: "We will build forty thousand homes in the next three years across every region."',
      'Finance Minister Bo Renn said: "The budget for the new homes is secure and the money will reach the regions this spring."',
      'Prime Minister Cy Dorn said: "Our government is keeping its promise to families who have waited far too long for a home."',
      'After the announcement, chief executive of the Housing Council Dee Marsh told reporters: "Families need homes now, not more forms and more delays from ministers who keep moving the target."',
      'Campaigner Eli Voss of the Tenants Network said: "Renters have been left out of this plan again and they will pay the price for it."',
      'Housing lawyer Fay Lind said: "Thousands of tenants are facing eviction this winter and nothing in the plan protects them from it."',
    ])]);
    const marsh = asked.filter((q) => q.answer === 'Dee Marsh');
    expect(marsh).not.toHaveLength(0);
    for (const q of marsh) for (const minister of ['Ada Quill', 'Bo Renn', 'Cy Dorn']) expect(q.choices).not.toContain(minister);
  });
});

describe('blind-32: heads of state follow the scene', () => {
  const asked = whoSaid([
    article('kenya-ghana-2019', 'Kenya and Ghana sign trade pact', '2019-03-04', [
      'NAIROBI — Kenyan President Amos Kibet hosted Ghanaian President Kofi Mensah in Nairobi on Monday.',
      'Kenyan President Amos Kibet said: "Our two nations have agreed to open new markets for farmers and traders across the continent."',
      'Ghanaian President Kofi Mensah said: "We will send our first trade delegation to the coast before the rains begin this year."',
    ]),
    article('chile-port-2019', 'Chilean president opens new port', '2019-05-06', [
      'VALPARAISO — Chilean President Rosa Vidal opened a new container port on Monday.',
      'Chilean President Rosa Vidal said: "This port will carry the fruit of our valleys to markets on every ocean for fifty years."',
      'Chilean President Rosa Vidal said: "We have built the deepest berths on the whole Pacific coast in under three years of work."',
    ]),
  ]);

  it('offers a host’s words beside the guest, and never a head of another story to make up the number', () => {
    // Until round 23 a head of the same year (Vidal, of the port story) made up the number beside the guest; since
    // round 23 (option-floor.ts) a head of another story is no defensible choice, and with only the guest left the
    // host's words are not asked.
    const kibet = asked.filter((q) => q.answer === 'Amos Kibet');
    for (const q of kibet) expect(q.choices).toContain('Kofi Mensah');
    for (const q of kibet) expect(q.choices).not.toContain('Rosa Vidal');
  });

  it('asks no who-said of a head speaking alone whose only stand-ins are heads of states the report never names', () => {
    expect(asked.filter((q) => q.answer === 'Rosa Vidal').map((q) => q.choices)).toEqual([]);
  });
});

