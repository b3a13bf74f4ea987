import { describe, expect, it } from 'vitest';
import type { Mention } from '@/lib/extract/mentions';
import { isQuotedStranger } from '@/lib/extract/namesakes';
import type { Group, NameSighting } from '@/lib/extract/person-groups';

const mention = (name: string[], role: string | null = null): Mention => ({
  kind: 'person', start: 0, end: 1, nameStart: 0, nameEnd: 1, name, role, text: name.join(' '),
  gender: null, isPlural: false, isPossessive: false, isNested: false, isObject: false,
});
const group = (sightings: NameSighting[]): Group => ({ key: 'k', names: new Map(), curated: null, sightings, lasts: new Set(['wendt']), firsts: new Set() });

describe('isQuotedStranger', () => {
  it('counts a sighting quoted by courtesy that the group gained after it was first asked', () => {
    // Invented: "… thanks to Mrs. Karin Wendt" inside a speech, then "Governor Wendt" elsewhere in the report.
    const g = group([{ articleId: 'b', mention: mention(['Olaf', 'Wendt']) }]);
    const lone = mention(['Wendt'], 'governor');
    expect(isQuotedStranger(g, lone, undefined, 'a')).toBe(false);
    g.sightings.push({ articleId: 'a', mention: mention(['Karin', 'Wendt']), courtesy: 'mrs', quotedByCourtesy: true });
    expect(isQuotedStranger(g, lone, undefined, 'a')).toBe(true);
    // Across the library the other report names a Wendt in full outside any quotation: no stranger.
    expect(isQuotedStranger(g, lone)).toBe(false);
  });
});
