/**
 * People the reports name only as held: the detainee a forum calls on a government to free, the prisoner whose
 * release is sought. They were in no room where anyone spoke: "the foreign ministers repeated last year's call for
 * the military government in Rangoon to free pro-democracy leader Aung San Suu Kyi" offered her for the EU
 * commissioner's words at that forum (full-19's sheet, round 20).
 */
import type { GenerateContext } from './context';
import type { Person } from '@/lib/extract/types';
import { escapeRegExp } from './text';
import { memoByObject, memoByObjectAndKey } from './memo';

/** Words before a name, in its clause, that make its bearer a captive: "to free …", "the release of …", "jailed …". */
const HELD_BEFORE = /\b(?:free|freeing|freed|release|releasing|released|detained|jailed|imprisoned|captive|hostage|kidnapped|abducted)\b[^.;:!?“”"]{0,60}$/iu;

/** Words after a name that make its bearer a captive: "…, who remains under house arrest", "… is in jail". */
const HELD_AFTER = /^[^.;:!?“”"]{0,40}?\b(?:under\s+house\s+arrest|in\s+(?:detention|custody|jail|prison)|(?:was|were|is|remains|been)\s+(?:detained|jailed|imprisoned|arrested|held))\b/iu;

/** The person's full names, each with its pattern, once per person. */
const namePatterns = memoByObjectAndKey(
  (ctx: GenerateContext, p: Person): NamePattern[] =>
    ctx.people
      .spellings(p.id)
      .filter((s) => /\s/.test(s.trim()))
      .map((s) => ({ name: s, re: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(s)}(?![\\p{L}\\p{N}])`, 'gu') })),
  (p) => p.id,
);

/** A full name and the pattern that finds it as whole words; the plain name, looked up first, rules most reports out cheaply. */
interface NamePattern {
  name: string;
  re: RegExp;
}

/** How one report names the person: not at all, only as held, or otherwise (a headline counts as otherwise). */
function heldMentions(patterns: NamePattern[], title: string, body: string): 'none' | 'held' | 'free' {
  if (patterns.some(({ name, re }) => title.includes(name) && title.search(re) >= 0)) return 'free';
  let seen = false;
  for (const { name, re } of patterns) {
    if (!body.includes(name)) continue;
    for (const m of body.matchAll(re)) {
      seen = true;
      const before = body.slice(Math.max(0, m.index - 80), m.index);
      const after = body.slice(m.index + m[0].length, m.index + m[0].length + 60);
      if (!HELD_BEFORE.test(before) && !HELD_AFTER.test(after)) return 'free';
    }
  }
  return seen ? 'held' : 'none';
}

/**
 * Whether the person was held at the asked report's event: no report quotes them, and the asked report names them
 * only as held, or (naming them not at all) every report that does. Another report of a freed Suu Kyi does not make
 * her a speaker at the 2004 forum whose ministers called for her release.
 *
 * @example
 * isNamedOnlyAsHeld(ctx, suuKyi, 'voa-asean-forum-2004'); // → true when that report calls for Rangoon to free her
 */
export function isNamedOnlyAsHeld(ctx: GenerateContext, p: Person, articleId: string): boolean {
  const here = heldIn(ctx, { p, articleId });
  return here === 'none' ? isHeldEverywhere(ctx, p) : here === 'held' && !quoted(ctx).inReport.has(`${articleId}\u0000${p.id}`);
}

/** Who is quoted anywhere, and in which report ("report\u0000person"): once per library, not a scan of every quotation per option. */
const quoted = memoByObject((ctx: GenerateContext): { anywhere: ReadonlySet<string>; inReport: ReadonlySet<string> } => {
  const anywhere = new Set<string>();
  const inReport = new Set<string>();
  for (const q of ctx.quotes) {
    if (q.speakerId === null) continue;
    anywhere.add(q.speakerId);
    inReport.add(`${q.articleId}\u0000${q.speakerId}`);
  }
  return { anywhere, inReport };
});

/** How the asked report names the person, once per person and report. */
const heldIn = memoByObjectAndKey(
  (ctx: GenerateContext, { p, articleId }: { p: Person; articleId: string }): 'none' | 'held' | 'free' => {
    const a = ctx.articles.get(articleId);
    return a ? heldMentions(namePatterns(ctx, p), a.title, a.body) : 'none';
  },
  ({ p, articleId }) => `${articleId}\u0000${p.id}`,
);

/** Whether no report quotes the person and every report naming them names them only as held, once per person. */
const isHeldEverywhere = memoByObjectAndKey(
  (ctx: GenerateContext, p: Person): boolean => {
    if (quoted(ctx).anywhere.has(p.id)) return false;
    const ways = [...ctx.articles.values()].map((a) => heldMentions(namePatterns(ctx, p), a.title, a.body));
    return ways.includes('held') && !ways.includes('free');
  },
  (p) => p.id,
);
