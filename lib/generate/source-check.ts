/**
 * Source checks: where reports disagree about something that matters (another speaker, another title,
 * another day or place, a changed figure, a changed word in a quotation), ask what a given report says —
 * never which is true — and show every report's words. Spellings are not asked; each person is the
 * subject of one check at most; every option is of the answer's kind.
 */
import type { Conflict, Meeting } from '@/lib/extract/types';
import type { Question } from './types';
import type { GenerateContext } from './context';
import { finishQuestion } from './build';
import { containsWords, normalise } from './text';
import { detailCheck, speakerCheck, titleCheck, wordingCheck } from './source-check-asks';
import { claimSources, explain, reportsPhrase, whichReport, type Claim } from './source-check-claims';
import { figureChecks } from './source-check-figures';

/** Disagreements worth a student's time, most telling first; each person is asked about once. */
const PRIORITY: Conflict['kind'][] = ['speaker', 'title', 'date', 'place', 'value', 'status', 'wording'];

/**
 * Whether the claims about a meeting's day or place are about one meeting: not two meetings in one city
 * with other people (Kerry and Lavrov in 2016, Blinken and Lavrov in 2022) or dated weeks apart.
 */
function isOneMeeting(ctx: GenerateContext, claims: Claim[]): boolean {
  const meetings = claims.map((cl) => (cl.factId ? ctx.factById.get(cl.factId) : undefined)).filter((f): f is Meeting => f?.kind === 'meeting');
  const who = (m: Meeting) => [...new Set(m.participants.map((p) => ctx.people.resolve(p) ?? normalise(p)))].sort().join('|');
  const day = (m: Meeting) => (m.date ? Date.parse(`${m.date}T00:00:00Z`) : NaN);
  for (const a of meetings) {
    for (const b of meetings) {
      if (a === b) continue;
      if (a.participants.length > 0 && b.participants.length > 0 && who(a) !== who(b)) return false;
      if (Math.abs(day(a) - day(b)) > 14 * 86_400_000) return false;
    }
  }
  return true;
}

function sourceCheck(ctx: GenerateContext, c: Conflict, asked: Claim, claims: Claim[], isOriginal: boolean): Question | null {
  if ((c.kind === 'date' || c.kind === 'place') && !isOneMeeting(ctx, claims)) return null;
  const { phrase, sameStory } = reportsPhrase(ctx, claims);
  const which = whichReport(ctx, asked.article, sameStory);
  const seed = `${ctx.seed}|check|${c.id}|${asked.article}`;
  const rewrite = isOriginal && sameStory && claims.every((cl) => cl === asked || ctx.isDerivative(cl.article));
  const made = c.kind === 'speaker' ? speakerCheck(ctx, c, asked, claims, which, phrase, seed, rewrite)
    : c.kind === 'wording' ? wordingCheck(ctx, asked, claims, which, phrase)
      : c.kind === 'title' ? titleCheck(ctx, c, asked, claims, which, phrase)
        : detailCheck(ctx, c, asked, claims, which, phrase, seed, rewrite);
  // Two choices are a coin toss, not a question.
  if (!made || new Set(made.distractors.map(normalise)).size < 2) return null;
  // A rewritten copy set against a report of another story ("US Vice President" in the 2022 copy, "President"
  // in a 2024 report) is no disagreement between sources: the copy is only ever checked against its original.
  if (!rewrite && claims.some((cl) => ctx.isDerivative(cl.article))) return null;
  // "standby or deployed": two choices, one of them only the rewrite's slip, is a coin toss about a fact
  // the original's own questions already ask.
  if (rewrite && c.kind === 'status' && new Set(made.distractors).size < 2) return null;
  // The prompt must not hold the answer, nor quote one version against the others.
  if (containsWords(made.prompt, made.answer) || made.distractors.some((d) => containsWords(made.prompt, d))) return null;
  const sourcesByClaim = claims.map((cl) => claimSources(ctx, c, cl));
  const askedAt = claims.indexOf(asked);
  const ordered = [sourcesByClaim[askedAt] ?? [], ...sourcesByClaim.filter((_, i) => i !== askedAt)].flat();
  return finishQuestion(ctx, {
    kind: 'source-check',
    prompt: made.prompt,
    answer: made.answer,
    distractors: [...new Set(made.distractors)].filter((d) => normalise(d) !== normalise(made.answer)),
    choiceType: made.choiceType,
    sources: ordered,
    lead: '',
    explanation: explain(ctx, sourcesByClaim, claims, made.says),
    factIds: claims.map((cl) => cl.factId).filter((x): x is string => !!x),
    // Content, not article ids: the same disagreement found again in copies is the same question.
    factContent: `${c.kind}|${normalise(c.about)}|${claims.map((cl) => normalise(cl.says)).sort().join('|')}|${isOriginal ? 'original' : asked.article}`,
    base: 0.55,
    similarity: 0.8,
    recurrence: 1,
    personIds: made.personIds,
    places: made.places,
  });
}

/** One claim per distinct version, in article order; copies of a report add no new side. */
function distinctClaims(ctx: GenerateContext, c: Conflict): Claim[] {
  const claims: Claim[] = [];
  // "Thursday (2009-03-19)": the extractor's resolved date is not what the report says.
  const sorted = c.claims.map((cl) => ({ ...cl, says: cl.says.replace(/\s*\(\d{4}-\d{2}-\d{2}\)\s*$/, '') })).sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : a.start - b.start));
  for (const cl of sorted) {
    if (ctx.articles.has(cl.article) && cl.says.trim() && !claims.some((x) => x.article === cl.article || normalise(x.says) === normalise(cl.says))) claims.push(cl);
  }
  return claims;
}

/** The people a check is about: the speakers, the titled person, the quoted person. */
function subjectsOf(ctx: GenerateContext, c: Conflict, claims: Claim[]): string[] {
  if (c.kind === 'speaker' || c.kind === 'title') return claims.map((cl) => ctx.people.resolve(cl.says)).filter((x): x is string => !!x);
  return claims.flatMap((cl) => {
    const f = cl.factId ? ctx.factById.get(cl.factId) : undefined;
    return f?.kind === 'quote' && f.speakerId ? [f.speakerId] : [];
  });
}

/**
 * Source checks for the library's disagreements: one per disagreement, about the original report when
 * the library shows which one it is, else one per report; one per person; none about spellings.
 *
 * @example
 * sourceCheckQuestions(ctx)[0]?.prompt; // 'Two reports of the same AFP story disagree about who made the offer on “reciprocal” measures … Whom does the original report … name?'
 */
export function sourceCheckQuestions(ctx: GenerateContext): Question[] {
  const out: Question[] = [];
  const asked = new Set<string>();
  const conflicts = [...ctx.conflicts].filter((c) => c.kind !== 'name').sort((a, b) => PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind) || (a.id < b.id ? -1 : 1));
  for (const c of conflicts) {
    const claims = distinctClaims(ctx, c);
    if (claims.length < 2) continue;
    const subjects = subjectsOf(ctx, c, claims);
    if (subjects.some((id) => asked.has(id))) continue;
    // The original is the one report more reliable than every other side.
    const original = claims.find((cl) => claims.every((o) => o === cl || ctx.compareReliability(cl.article, o.article) > 0));
    const ordered = original ? [original, ...claims.filter((cl) => cl !== original)] : claims;
    let made = 0;
    for (const cl of original ? [original] : claims) {
      const q = sourceCheck(ctx, c, cl, ordered, !!original);
      if (q) {
        out.push(q);
        made++;
      }
    }
    if (made) for (const id of subjects) asked.add(id);
  }
  return [...out, ...figureChecks(ctx)];
}
