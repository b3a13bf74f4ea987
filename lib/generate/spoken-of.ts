/**
 * People a report names only inside someone's quoted words: the marine a president mourns, the hero he honours,
 * the past president a prime minister recalls ("rubber trees, as Lyndon B. Johnson did"). They were talked
 * about, not in the room: offered for a who-said beside the speakers (gen14's dev sheets: a killed marine and a
 * nineteenth-century poet for Obama's words in Havana and Tokyo), they give the answer away.
 */
import type { GenerateContext } from './context';
import type { Person } from '@/lib/extract/types';
import { escapeRegExp } from './text';
import { memoByObject, memoByObjectAndKey } from './memo';
import { officeKind } from './office-kinds';
import { withWrittenTitle } from './written-title';
import { isHeadOfGovernment } from './head-office';

type Spans = { start: number; end: number }[];

/**
 * Someone speaking of themselves or to someone: a written statement's third person ("Special Representative
 * Biegun met …") is no speech, and quoted words without it may be a readout.
 */
export const FIRST_OR_SECOND_PERSON = /\b(?:I|I'm|I’m|me|my|we|we're|we’re|us|our|you|your)\b/i;

/** Each report's stretches of someone speaking (a transcript's turns included), by article id. */
const quotedSpans = memoByObject((ctx: GenerateContext): Map<string, Spans> => {
  const out = new Map<string, Spans>();
  for (const q of ctx.quotes) {
    if (!FIRST_OR_SECOND_PERSON.test(q.text)) continue;
    const list = out.get(q.articleId) ?? [];
    list.push({ start: q.start, end: q.end });
    out.set(q.articleId, list);
  }
  return out;
});

/** Whether a mention ending at `end` and starting at `at` lies within one of the spans. */
function isInside(spans: Spans, at: number, end: number): boolean {
  return spans.some((s) => s.start <= at && end <= s.end);
}

/**
 * Whether every report that names this person names them only inside someone's spoken words, no report quotes
 * them, and they hold no office the reports or the curated list give.
 * A headline or the narrator's own sentence naming them once is enough to keep them (a guest named in the
 * title of a press conference's transcript).
 *
 * @example
 * isSpokenOfOnly(ctx, marineMourned); // → true ("… Staff Sergeant Ken Alder was killed …" inside the president's turn)
 * isSpokenOfOnly(ctx, primeMinister); // → false (the title and the turn labels name her)
 */
export const isSpokenOfOnly = memoByObjectAndKey(
  function isSpokenOfOnly(ctx: GenerateContext, p: Person): boolean {
    // A minister the speaker mentions ("as Foreign Minister Lavrov said") holds an office of the scene's kind: a student
    // could confuse them. A soldier or a poet holds none the reports give; a head of state named only in speakers'
    // words is one they recall, history and not the scene (President Lyndon Baines Johnson, recalled in Biden's
    // turn beside President Ruto and offered for his words, blind-40).
    if (p.affiliation || (officeKind(withWrittenTitle(ctx, p)) !== null && !isHeadOfGovernment(ctx, p))) return false;
    if (ctx.quotes.some((q) => q.speakerId === p.id)) return false;
    // A bare surname ("Johnson") is another person's too (Boris Johnson): the full names are searched when there are any.
    const forms = ctx.people.spellings(p.id).filter((s) => s.trim().length > 2);
    const full = forms.filter((s) => /\s/.test(s.trim()));
    const patterns = (full.length > 0 ? full : forms)
      .map((s) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(s)}(?![\\p{L}\\p{N}])`, 'gu'));
    if (patterns.length === 0) return false;
    const spans = quotedSpans(ctx);
    let seen = 0;
    for (const a of ctx.articles.values()) {
      if (patterns.some((re) => a.title.search(re) >= 0)) return false;
      const inQuotes = spans.get(a.id) ?? [];
      for (const re of patterns) {
        for (const m of a.body.matchAll(re)) {
          seen++;
          if (!isInside(inQuotes, m.index, m.index + m[0].length)) return false;
        }
      }
    }
    return seen > 0;
  },
  (p: Person) => p.id,
);
