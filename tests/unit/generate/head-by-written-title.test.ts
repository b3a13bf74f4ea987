/*
 * A head of state links two reports only through people of his own side. The extracted role can be another
 * office (the rewritten AFP copy's "US Vice President Joe Biden"); a reliable report that writes "President Biden"
 * still makes him a head, so his 2021 Oval Office transcript is not the scene of a Russian president he shares
 * a story with (Putin was offered for Ghani's words, blind-42).
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { buildContext } from '@/lib/generate/context';
import { sharesScene } from '@/lib/generate/scene-links';

const transcript = {
  id: 'oval-2021', title: 'Remarks by President Halvorsen and President Amiri Before Bilateral Meeting', bodyStart: 0, date: '2021-06-25',
  body: 'PRESIDENT HALVORSEN: Welcome to the White House, Mr. President.\n\nPRESIDENT AMIRI: Today our forces have retaken six districts in the north and in the south, and we will hold them.',
};
const story = {
  id: 'talks-2022', title: 'Talks on the border go on', bodyStart: 0, date: '2022-01-20',
  body: 'US Vice President Tom Halvorsen said on Tuesday that the talks would go on. Russian President Igor Volkov said his country wanted guarantees.',
};

describe('a head named by his written title', () => {
  it('does not bring another side’s head into his other reports', () => {
    const articles = [transcript, story];
    const ctx = buildContext(extractLibrary(articles), articles, 'x');
    const volkov = [...ctx.people.byId.values()].find((p) => p.name === 'Igor Volkov');
    expect(volkov).toBeDefined();
    expect(sharesScene(ctx, 'oval-2021', volkov!.id)).toBe(false);
  });
});
