/**
 * The floor under a who-said question's wrong choices: each one a teacher could defend for the words. A library's
 * story joins every report that names one head of state, so "the story" of a Kremlin press statement held Putin's
 * wedding guest (Karin Kneissl), a FEMA chief and a general in Kabul, offered beside Niinistö and Aliyev (round 23's
 * sheets). A defensible choice is someone of the occasion, an official of the speaker's own state or body, or a
 * holder of the speaker's office; heads of state of other stories are not, and with too few left the question goes.
 * Each of them must also be someone who could be taken for a speaker at all (plausible-speaker.ts).
 */
import type { Person, Quote } from '@/lib/extract/types';
import type { GenerateContext } from './context';
import { namedIn } from './story';
import { isHead } from './scene-links';
import { sideOf } from './sides';
import { isOfficePeer, officeKind } from './office-kinds';
import { withWrittenTitle } from './written-title';
import { memoByObject, memoByObjectAndKey } from './memo';
import { isPlausibleSpeaker } from './plausible-speaker';

/**
 * People of the report's occasion that other reports give: each report that names someone of this one other than a
 * head (a minister, an envoy, the copy of the same report) names people of the same event; one linked by a head
 * alone names only the head's own officials.
 */
const occasionPeople = memoByObjectAndKey((ctx: GenerateContext, articleId: string): ReadonlySet<string> => {
  const here = namedIn(ctx, articleId);
  // Read per person of this report from the counts of who is named beside them, not report by report: copies and
  // follow-ups of one story name the same people again and again. This report is one of the reports counted for
  // everyone it names, so a person it names too needs a second report.
  const counted = ctx.articles.has(articleId);
  const out = new Set<string>();
  for (const id of here) {
    const person = ctx.people.byId.get(id);
    const head = !!person && isHead(ctx, id);
    const side = head && person ? sideOf(ctx, person) : null;
    if (head && !side) continue;
    for (const [other, reports] of coNamed(ctx, id)) {
      if (reports <= (counted && here.has(other) ? 1 : 0)) continue;
      if (head) {
        const p = ctx.people.byId.get(other);
        if (!p || sideOf(ctx, p) !== side) continue;
      }
      out.add(other);
    }
  }
  return out;
});

/** For one person, everyone the reports naming them name, with how many such reports do: once per person and library. */
const coNamed = memoByObjectAndKey((ctx: GenerateContext, id: string): ReadonlyMap<string, number> => {
  const out = new Map<string, number>();
  for (const report of reportsNaming(ctx).get(id) ?? []) {
    for (const other of namedIn(ctx, report)) out.set(other, (out.get(other) ?? 0) + 1);
  }
  return out;
});

/** The reports that name each person, once per library. */
const reportsNaming = memoByObject((ctx: GenerateContext): ReadonlyMap<string, readonly string[]> => {
  const out = new Map<string, string[]>();
  for (const articleId of ctx.articles.keys()) {
    for (const id of namedIn(ctx, articleId)) {
      const reports = out.get(id);
      if (reports) reports.push(articleId);
      else out.set(id, [articleId]);
    }
  }
  return out;
});

/**
 * Whether a teacher could defend `p` as a wrong choice for the speaker's words: on the report's stage or at its
 * occasion by another report, of the speaker's state or body, or a peer of the speaker's office that is no head.
 *
 * @example
 * isDefensibleOption(ctx, { q, speaker: niinisto, here, text }, brockLong); // → false: FEMA's chief, of another story
 */
export function isDefensibleOption(ctx: GenerateContext, at: { q: Quote; speaker: Person; here: ReadonlySet<string>; text: string }, p: Person): boolean {
  // Named is not enough: a target, a figure of history or a firm is no one a student could take for the speaker.
  if (!isPlausibleSpeaker(ctx, p)) return false;
  if (at.here.has(p.id) || occasionPeople(ctx, at.q.articleId).has(p.id)) return true;
  const side = sideOf(ctx, at.speaker);
  if (side && sideOf(ctx, p) === side) return true;
  const titled = withWrittenTitle(ctx, at.speaker);
  return officeKind(titled) !== 'head-of-government' && isOfficePeer(titled, withWrittenTitle(ctx, p), at.text);
}
