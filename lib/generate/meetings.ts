/** Where did it happen? When? Asked only of events, with the place and day of their own clause. */
import type { Question } from './types';
import type { GenerateContext } from './context';
import { dropped } from './trace';
import { meetingView, type MeetingView } from './meeting-view';
import { inSlippedParagraph } from './body-lines';
import { normalise } from './text';
import { memoByObject } from './memo';
import { where } from './meeting-where';
import { when } from './meeting-when';

/**
 * Talks the sentence mentions only as going on around its news: "… will urge for a peaceful resolution …
 * as negotiations continue between Armenia and Azerbaijan" has no day or place of its own; the day in the
 * sentence ("this week (22-23 May)") was the minister's visit (a false key, round 8).
 */
const ONGOING = /\b(?:as|while|with)\s+(?:the\s+)?(?:[\p{L}-]+\s+)?(?:talks|negotiations|discussions|consultations)\s+(?:continue|go on|proceed|drag on|are under way)\b/iu;

/**
 * The meetings each article reports as events, for articles that may be taught (not a garbled copy).
 * Untrusted ones stay in the list: a stem must tell a meeting apart from all the article's meetings.
 *
 * @example
 * meetingViews(ctx).get('000_b14f648e1192a9e9')?.map((v) => v.name); // → ['the bilateral meeting', 'the NATO-Russia Council meeting', …]
 */
export const meetingViews = memoByObject(function meetingViews(ctx: GenerateContext): Map<string, MeetingView[]> {
  const out = new Map<string, MeetingView[]>();
  for (const m of ctx.meetings) {
    if (ctx.isDerivative(m.articleId)) continue;
    const v = meetingView(ctx, m);
    if (v) out.set(m.articleId, [...(out.get(m.articleId) ?? []), v]);
  }
  return out;
});

/**
 * Where and when questions for the library's meetings. No order questions: in four blind reviews none of
 * five was signed (redundant beside the where and when questions of the same meetings, a two-way coin
 * toss, or meetings named in the stem with bare cities as choices); the issue asks which meeting happened
 * where and when, which those questions ask one by one.
 *
 * @example
 * meetingQuestions(ctx).filter((q) => q.kind === 'where');
 */
export function meetingQuestions(ctx: GenerateContext): Question[] {
  const out: Question[] = [];
  for (const views of meetingViews(ctx).values()) {
    // "The leaders met in Singapore on Tuesday" and "the meeting in Singapore on Tuesday, June 12": one
    // event the article reports twice is asked once.
    const events = new Set<string>();
    for (const v of views) {
      // A paragraph a machine translation garbled ("said, Friday, January 7, the NATO Secretary General") is not taught.
      if (inSlippedParagraph(v.article, v.m.sentence)) {
        dropped(ctx, v.m.id, 'meeting:slipped-paragraph', null);
        continue;
      }
      if (ONGOING.test(v.article.body.slice(v.clause.start, v.clause.end))) {
        dropped(ctx, v.m.id, 'meeting:ongoing-backdrop', null);
        continue;
      }
      const event = v.m.date && v.place ? `${v.m.date}|${normalise(v.place)}` : null;
      if (event && events.has(event)) {
        dropped(ctx, v.m.id, 'meeting:same-event-asked', null);
        continue;
      }
      if (event) events.add(event);
      const w = where(ctx, v, views);
      if (w) out.push(w);
      const t = when(ctx, v, views);
      if (t) out.push(t);
    }
  }
  return out;
}
