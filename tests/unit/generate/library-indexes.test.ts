/**
 * Round 24 (issue #19, generation speed): gates that scanned every quotation or every report per option now read
 * indexes built once per library. The answers must stay those of the scans; checked here on invented text.
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { buildContext } from '@/lib/generate/context';
import { isNamedOnlyAsHeld } from '@/lib/generate/held-people';
import { hyphenPrefixed } from '@/lib/generate/meeting-names';
import type { ArticleInput } from '@/lib/extract/types';

const article = (id: string, title: string, date: string, paragraphs: string[]): ArticleInput => ({ id, title, body: paragraphs.join('\n\n'), bodyStart: 0, date });

const forum = article('forum-2004', 'Ministers meet in Jakarta', '2004-07-01', [
  'Foreign Minister Tomas Rehn opened the regional forum in Jakarta on Thursday.',
  'The ministers repeated their call for the military government to free opposition leader Mara Kessel Duvan.',
  '“We will keep working for peace in the region,” Rehn told reporters.',
]);
const release = article('release-2010', 'Opposition leader freed', '2010-11-14', [
  'Opposition leader Mara Kessel Duvan spoke to supporters in the capital on Sunday.',
  '“We must work together for the good of the people,” Mara Kessel Duvan said.',
]);
const trade = article('trade-2005', 'Trade talks in Hanoi', '2005-03-02', [
  'Foreign Minister Tomas Rehn met trade officials in Hanoi on Wednesday.',
  '“Trade between our countries grew last year,” Rehn said.',
]);

function contextOf(articles: ArticleInput[]) {
  const ctx = buildContext(extractLibrary(articles), articles, 'indexes');
  const mara = [...ctx.people.byId.values()].find((p) => p.name === 'Mara Kessel Duvan');
  return { ctx, mara };
}

describe('held-only mentions read from the library’s indexes', () => {
  it('finds someone a report names only as one to free held at that report’s event', () => {
    const { ctx, mara } = contextOf([forum, trade]);
    expect(mara).toBeDefined();
    if (!mara) return;
    expect(isNamedOnlyAsHeld(ctx, mara, 'forum-2004')).toBe(true);
    // A report that does not name her: every report that does names her only as held.
    expect(isNamedOnlyAsHeld(ctx, mara, 'trade-2005')).toBe(true);
  });

  it('does not take someone another report quotes for held, where the asked report does not name her', () => {
    const { ctx, mara } = contextOf([forum, release, trade]);
    expect(mara).toBeDefined();
    if (!mara) return;
    expect(isNamedOnlyAsHeld(ctx, mara, 'trade-2005')).toBe(false);
    // The forum's own report still names her only as held, and quotes her nowhere.
    expect(isNamedOnlyAsHeld(ctx, mara, 'forum-2004')).toBe(true);
  });
});

describe('a meeting name with the hyphened word before it', () => {
  it('finds the prefix only where a hyphen joins a word to the name', () => {
    expect(hyphenPrefixed('The envoy is facilitating inter-Syrian talks under UN auspices in Geneva.', 'Syrian talks')).toBe('inter-Syrian talks');
    expect(hyphenPrefixed('The envoy is facilitating Syrian talks under UN auspices in Geneva.', 'Syrian talks')).toBeNull();
    // A hyphen after a figure is no word's: "2-Syrian talks" has none to show.
    expect(hyphenPrefixed('The score was 2-Syrian talks.', 'Syrian talks')).toBeNull();
    expect(hyphenPrefixed('The envoy is facilitating inter-Syrian talks.', '')).toBeNull();
  });
});
