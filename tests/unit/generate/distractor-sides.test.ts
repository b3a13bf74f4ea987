/**
 * Who-said options a teacher would keep (#15, blind-28): none the quotation's own words rule out — a host for a
 * visitor's "I am pleased to visit Pakistan", the other side for "working together with the US", someone of
 * another office for "I am the … prime minister", an office-holder of another year for a 2020 quotation.
 */
import path from 'node:path';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { generateBank } from '@/lib/generate';
import { buildContext } from '@/lib/generate/context';
import { readArticleFiles } from '@/lib/cli/read-article-files';
import { heldByAnotherThen } from '@/lib/generate/peer-era';
import { namesSide } from '@/lib/generate/nations';
import { sideOf } from '@/lib/generate/sides';
import { selfTitle, speakerPlace } from '@/lib/generate/speaker-place';
import { ROLE_HEADS, ROLE_WORDS } from '@/lib/extract/lexicon';

const root = path.join(import.meta.dirname, '../../..');
const folders = ['content/articles', 'tests/fixtures/question-review/articles-fresh12', 'tests/fixtures/question-review/articles-fresh13'];
const files = folders.flatMap((d) => readdirSync(path.join(root, d)).filter((f) => /^[0-9].*\.md$/.test(f)).map((f) => path.join(root, d, f)));
const { articles } = readArticleFiles(files);
const facts = extractLibrary(articles);
const bank = generateBank(facts, articles);
const whoSaid = bank.questions.filter((q) => q.kind === 'who-said');
const from = (article: string) => whoSaid.filter((q) => q.sources.some((s) => s.article.includes(article)));

describe('who-said options the quotation rules out', () => {
  it('offers no host for a visitor’s “I am pleased to visit Pakistan” (blind-28: three Pakistanis beside Hammond)', () => {
    expect(from('hammond').length).toBeGreaterThan(0);
    const visit = from('hammond').filter((q) => /visit Pakistan/.test(q.prompt));
    for (const q of visit) for (const name of ['Sartaj Aziz', 'Raheel Sharif', 'Chaudhry Nisar', 'Sharmeen Obaid-Chinoy']) expect(q.choices).not.toContain(name);
    expect(speakerPlace('I am pleased to visit Pakistan again. Pakistan matters greatly to the UK.')).toEqual({ outside: new Set(['Pakistan']), inside: new Set(['UK']) });
  });

  it('reads a host and a partner from the words: “welcome you to Berlin”, “working together with the US”', () => {
    expect(speakerPlace('And in an official manner, I warmly welcome you to Berlin').inside).toEqual(new Set(['Germany']));
    expect(speakerPlace('I look forward to working together with the US in Africa').outside).toEqual(new Set(['US']));
    expect(speakerPlace('It is always a real pleasure to be back in Washington').outside).toEqual(new Set(['US']));
    // Words that place no one leave every side open.
    expect(speakerPlace('We discussed the situation in Africa and the challenges there')).toEqual({ outside: new Set(), inside: new Set() });
  });

  it('tells a state’s short form from a longer word: “UK” is not “Ukraine”, “US” not “us”', () => {
    expect(namesSide('Ukraine matters to all of us', 'UK')).toBe(false);
    expect(namesSide('Pakistan matters greatly to the UK', 'UK')).toBe(true);
    expect(namesSide('let us work together', 'US')).toBe(false);
    expect(namesSide('Americans and Russians', 'US')).toBe(true);
  });

  it('finds a side the article writes before a name: “Pakistani Army Chief General …”, “the foreign minister of Cuba”', () => {
    const ctx = buildContext(facts, articles, 'sides');
    const person = (name: string) => facts.people.find((p) => p.name === name);
    const obama = person('Barack Obama');
    if (obama) expect(sideOf(ctx, obama)).toBe('US');
    const helen = person('Helen Clark');
    expect(helen && sideOf(ctx, helen)).toBe('New Zealand');
  });

  it('offers only prime ministers for “I am the democratically elected prime minister of the people of Fiji”', () => {
    expect(selfTitle('I am the democratically elected prime minister of the people of Fiji.', ROLE_WORDS, ROLE_HEADS)).toEqual(['prime', 'minister']);
    expect(selfTitle('My own first visit as Foreign Secretary was to the United States', ROLE_WORDS, ROLE_HEADS)).toEqual(['foreign', 'secretary']);
    expect(selfTitle('As you know, I am glad to be here', ROLE_WORDS, ROLE_HEADS)).toBeNull();
    // The commander and New Zealand's prime minister were offered: neither is Fiji's prime minister.
    for (const q of from('fiji').filter((x) => /prime minister of the people of Fiji/.test(x.prompt))) {
      expect(q.choices).not.toContain('Frank Bainimarama');
      expect(q.choices).not.toContain('Helen Clark');
    }
  });

  it('offers no Secretary of State of 2022 for a 2020 quotation when a 2020 report names Pompeo in that office', () => {
    expect(from('raab').length).toBeGreaterThan(0);
    for (const q of from('raab')) expect(q.choices).not.toContain('Antony Blinken');
    const ctx = buildContext(facts, articles, 'era');
    const raab = [...ctx.articles.keys()].find((id) => id.includes('raab'));
    const blinken = facts.people.find((p) => p.name === 'Antony Blinken');
    expect(raab && blinken && heldByAnotherThen(ctx, raab, blinken.id)).toBe(true);
    // In a 2022 report Blinken is the holder himself.
    const austin = [...ctx.articles.keys()].find((id) => id.includes('austin-meets-wei'));
    expect(austin && blinken && heldByAnotherThen(ctx, austin, blinken.id)).toBe(false);
  });
});

describe('a host’s words', () => {
  it('puts “Pleasure to have you at the State Department” in the US, and offers no guest for it', () => {
    expect(speakerPlace('Pleasure to have you at the State Department').inside).toEqual(new Set(['US']));
    expect(speakerPlace('I want to welcome Secretary Cayetano from the Philippines').outside).toEqual(new Set(['Philippines']));
  });
});
