import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '@/lib/extract/analyze';
import { buildPeople } from '@/lib/extract/people';
import type { NameSighting } from '@/lib/extract/person-groups';
import { showsPerson } from '@/lib/extract/person-evidence';
import { extractLibrary } from '@/lib/extract';
import { one } from './helpers';

function sightingsOf(body: string): { sightings: NameSighting[]; mentions: ReturnType<typeof analyzeArticle>['mentions'] } {
  const a = analyzeArticle({ id: 'a', title: 'T', body, bodyStart: 0 });
  const mentions = a.mentions.filter((m) => m.kind === 'person');
  return {
    mentions,
    sightings: mentions.map((mention) => ({ articleId: 'a', mention, isPersonEvidence: mention.name.length === 1 ? showsPerson(body, a.tokens, mention) : undefined })),
  };
}

describe('the people index: built whole, then read-only', () => {
  it('answers the same whatever order the mentions are asked about in', () => {
    const body = 'Ana Ruiz met Tom Hale in Geneva. Ruiz said the talks went well. Hicks said nothing. Hale left.';
    const { sightings, mentions } = sightingsOf(body);
    const idx = buildPeople(sightings, []);
    const forward = mentions.map((m) => idx.resolve('a', m)?.name ?? null);
    const backward = [...mentions].reverse().map((m) => idx.resolve('a', m)?.name ?? null).reverse();
    expect(forward).toEqual(backward);
    expect(forward).toEqual(['Ana Ruiz', 'Tom Hale', 'Ana Ruiz', 'Hicks', 'Tom Hale']);
    expect(idx.people.map((p) => p.name).sort()).toEqual(['Ana Ruiz', 'Hicks', 'Tom Hale']);
  });

  it('leaves a surname two people of the article share unresolved rather than guess', () => {
    const body = 'Ana Ruiz and her brother Tom Ruiz spoke. “We will appeal,” Ruiz said.';
    expect(one(body).article.quotes[0]?.speaker).toBeNull();
  });

  it('takes a lone word for a person only when the article shows it: speaking, a title, a cue', () => {
    const shows = (body: string, word: string) => {
      const a = analyzeArticle({ id: 'a', title: 'T', body, bodyStart: 0 });
      const m = a.mentions.find((x) => x.kind === 'person' && x.text === word);
      return m ? showsPerson(body, a.tokens, m) : null;
    };
    expect(shows('The court met. Hicks said he would appeal.', 'Hicks')).toBe(true);
    expect(shows('“We won,” said Watanabe.', 'Watanabe')).toBe(true);
    expect(shows('The plan failed. Teachers said the plan failed.', 'Teachers')).toBe(false);
    expect(shows('Albers said Verdi would decide.', 'Verdi')).toBe(false);
  });
});

describe('a name never runs across the end of a sentence', () => {
  it('keeps "Air Mobility Wing. Düsseldorf …" apart, while "Lester Parks Jr. said" hold', () => {
    const names = (body: string) => one(body).lib.people.map((p) => p.name);
    expect(names('Ana Lee served under No.1 Air Mobility Wing. Düsseldorf Games followed, and Ana Lee won.')).not.toContain('Mobility Wing Düsseldorf');
    expect(names('“We were proud,” Lester Parks Jr. said on Monday.')).toContain('Lester Parks Jr');
  });

  it('holds one person, and no spelling check, for one name written with and without accents or hyphens', () => {
    const lib = extractLibrary([
      { id: 'a', title: 'T', body: 'President Recep Tayyip Erdoğan met the envoy in Ankara. Erdoğan said little.', bodyStart: 0 },
      { id: 'b', title: 'T', body: 'Recep Tayyip Erdogan spoke by phone with Kim Jong-un.', bodyStart: 0 },
      { id: 'c', title: 'T', body: 'Kim Jong Un said the talks would go on.', bodyStart: 0 },
    ]);
    const names = lib.people.map((p) => p.name);
    expect(names.filter((n) => /^Recep/.test(n))).toHaveLength(1);
    expect(names.filter((n) => /^Kim Jong/.test(n))).toHaveLength(1);
    expect(new Set(lib.people.map((p) => p.id)).size).toBe(lib.people.length);
    expect(lib.conflicts.filter((c) => c.kind === 'name')).toEqual([]);
  });
});
