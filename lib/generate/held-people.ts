/**
 * People the reports name only as held: the detainee a forum calls on a government to free, the prisoner whose
 * release is sought. They were in no room where anyone spoke: "the foreign ministers repeated last year's call for
 * the military government in Rangoon to free pro-democracy leader Aung San Suu Kyi" offered her for the EU
 * commissioner's words at that forum (full-19's sheet, round 20).
 */
import type { GenerateContext } from './context';
import type { Person } from '@/lib/extract/types';
import { escapeRegExp } from './text';
import { memoByObjectAndKey } from './memo';

/** Words before a name, in its clause, that make its bearer a captive: "to free …", "the release of …", "jailed …". */
const HELD_BEFORE = /\b(?:free|freeing|freed|release|releasing|released|detained|jailed|imprisoned|captive|hostage|kidnapped|abducted)\b[^.;:!?“”"]{0,60}$/iu;

/** Words after a name that make its bearer a captive: "…, who remains under house arrest", "… is in jail". */
const HELD_AFTER = /^[^.;:!?“”"]{0,40}?\b(?:under\s+house\s+arrest|in\s+(?:detention|custody|jail|prison)|(?:was|were|is|remains|been)\s+(?:detained|jailed|imprisoned|arrested|held))\b/iu;

/**
 * Whether every mention of the person in the library is of a captive and no report quotes them or puts them in
 * a headline.
 *
 * @example
 * isNamedOnlyAsHeld(ctx, suuKyi); // → true when the one report naming her calls for Rangoon to free her
 */
export const isNamedOnlyAsHeld = memoByObjectAndKey(
  function isNamedOnlyAsHeld(ctx: GenerateContext, p: Person): boolean {
    if (ctx.quotes.some((q) => q.speakerId === p.id)) return false;
    const full = ctx.people.spellings(p.id).filter((s) => /\s/.test(s.trim()));
    if (full.length === 0) return false;
    const patterns = full.map((s) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(s)}(?![\\p{L}\\p{N}])`, 'gu'));
    let seen = 0;
    for (const a of ctx.articles.values()) {
      if (patterns.some((re) => a.title.search(re) >= 0)) return false;
      for (const re of patterns) {
        for (const m of a.body.matchAll(re)) {
          seen++;
          const before = a.body.slice(Math.max(0, m.index - 80), m.index);
          const after = a.body.slice(m.index + m[0].length, m.index + m[0].length + 60);
          if (!HELD_BEFORE.test(before) && !HELD_AFTER.test(after)) return false;
        }
      }
    }
    return seen > 0;
  },
  (p: Person) => p.id,
);
