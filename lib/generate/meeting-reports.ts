/** What the other reports of a meeting say of it: its citation, and the places and days no wrong answer may be. */
import type { Meeting } from '@/lib/extract/types';
import type { QuestionSource } from './types';
import type { GenerateContext } from './context';
import { memoByObject } from './memo';

export function source(m: Meeting): QuestionSource {
  return { article: m.articleId, start: m.sentence.start, end: m.sentence.end };
}

/** The places and days all reports of a meeting give, computed once per group of reports (copies share one). */
const groupDetails = memoByObject((group: ReturnType<GenerateContext['reportsOf']>): { places: string[]; whens: string[] } => {
  const places = new Set<string>();
  const whens = new Set<string>();
  for (const s of group) {
    if (s.kind !== 'meeting') continue;
    if (s.place) places.add(s.place);
    if (s.when) whens.add(s.when);
  }
  return { places: [...places], whens: [...whens] };
});

/** The places and days other reports give for this meeting: never offered as wrong answers. */
export function reportedDetails(ctx: GenerateContext, m: Meeting): { places: string[]; whens: string[] } {
  const hit = groupDetails(ctx.reportsOf(m));
  const conflicts = ctx.conflictsOf(m);
  if (!conflicts.length) return hit;
  const places = new Set(hit.places);
  const whens = new Set(hit.whens);
  for (const c of conflicts) for (const cl of c.claims) (c.kind === 'place' ? places : c.kind === 'date' ? whens : new Set()).add(cl.says);
  return { places: [...places], whens: [...whens] };
}
