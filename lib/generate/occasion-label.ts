/**
 * A quotation's occasion named without its headline: "AFP (January 26, 2022)", "the White House (May 21, 2022)".
 * A White House or Kremlin headline names its principals ("Remarks by President Biden and President Yoon …"), so
 * beside a who-said whose choices it names it gives the answer away or leaves two choices standing (round 23); the
 * outlet and the day still say which report a student must read.
 */
import type { Person } from '@/lib/extract/types';
import { factsOfArticle, type GenerateContext } from './context';
import { framedLabel, reportWhen } from './frames';
import { sourceLabel, splitSiteSuffix } from './labels';
import { labelOutlet, outletPhrase } from './outlet-names';

/**
 * Whether a meeting of the report may be dated by the report's own day: one on that day ("today's talks"), or one the
 * text leaves undated, which a transcript's header line dates (meeting-when.ts). A when-question then asks that day,
 * and a stem stating it would answer it (quiz/clash.ts keeps the two apart, balance.ts drops one when they share a
 * sentence), so quotation stems give the month.
 */
function asksReportDay(ctx: GenerateContext, articleId: string): boolean {
  const day = ctx.articles.get(articleId)?.date;
  return !!day && factsOfArticle(ctx.meetings, articleId).some((m) => !m.date || m.date === day);
}

/**
 * The report's label for a quotation stem: its headline, outlet and day ("(AFP, original, January 26, 2022)"), or
 * its month when a when-question of the report asks that day.
 *
 * @example
 * quoteStemLabel(ctx, 'seoul-2022'); // → '“Remarks by President Biden and President Yoon …” (The White House, May 2022)'
 */
export function quoteStemLabel(ctx: GenerateContext, articleId: string): string {
  return framedLabel(ctx, articleId, asksReportDay(ctx, articleId));
}

/**
 * The report as its outlet and day: "AFP (original, January 26, 2022)", the note a shared headline needs kept; the
 * month, as quoteStemLabel gives it, when a when-question asks the day. Null without an outlet or a time.
 *
 * @example
 * occasionLabel(ctx, '003_7dd9c39fcf2f66b9'); // → 'AFP (original, January 2022)'
 */
export function occasionLabel(ctx: GenerateContext, articleId: string): string | null {
  const article = ctx.articles.get(articleId);
  const when = reportWhen(ctx, articleId, asksReportDay(ctx, articleId));
  const outlet = outletAlone(article ? labelOutlet(article.outlet) || splitSiteSuffix(article.title).site : null);
  if (!outlet || !when) return null;
  const { standing } = sourceLabel(ctx, articleId);
  const note = standing === 'original' ? 'original' : standing === 'copy' ? 'rewritten copy' : null;
  return `${outletPhrase(outlet)} (${note ? `${note}, ` : ''}${when})`;
}

/**
 * The outlet's own name, without what a store wrote after it: "Voice of America, by Marthe van der Wolf", "The White
 * House, Office of the Press Secretary", "Wikinews, text rebuilt from …", "Voice of America; copy on …" name the
 * writer, the desk or the copy; "Kremlin.ru" is the Kremlin's site.
 */
function outletAlone(outlet: string | null): string | null {
  const name = (outlet ?? '').split(/\s*[,;/]\s*/)[0]?.replace(/\.(?:ru|com|org|net|gov)$/i, '').trim();
  return name || null;
}

/**
 * How a stem names a dated report among `people`, the choices a student sees: the headline when it names none of
 * them, else the outlet and the day when those name none, else null. A headline naming the key gives it away; one
 * naming the key and one other principal leaves the two wrong choices it does not name plainly wrong (blind-54's
 * fixes name the occasion, never a giveaway).
 *
 * @example
 * reportForChoices(ctx, 'seoul-2022', [biden, yoon, harris, kishida]); // → 'the White House (May 2022)'
 */
export function reportForChoices(ctx: GenerateContext, articleId: string, people: readonly Person[]): string | null {
  const names = (label: string) => people.some((p) => ctx.people.isMentionedIn(p.id, label));
  const label = quoteStemLabel(ctx, articleId);
  if (!names(label)) return label;
  const occasion = occasionLabel(ctx, articleId);
  return occasion && !names(occasion) ? occasion : null;
}
