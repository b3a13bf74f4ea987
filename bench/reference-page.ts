/**
 * The page the references send: the rows of the same query as the app's page, as plain HTML, padded to the
 * byte size of the app's page, so that the references pay for the same bytes on the wire but none of the
 * framework. Shared by the bare Next.js route (app/api/bench/reference) and the bare Node server
 * (bench/references/floor-server.ts), so the two references send the same document. Pure.
 */

export interface ReferenceArticleRow {
  slug: string;
  title: string;
  outlet: string | null;
  body: string;
}

const PREVIEW_CHARS = 280;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Pads `html` with a trailing comment up to `bytes` UTF-8 bytes; a page already as large is left as it is. */
export function padTo(html: string, bytes: number | null): string {
  const size = Buffer.byteLength(html);
  if (!bytes || size + 7 > bytes) return html;
  return `${html}<!--${' '.repeat(bytes - size - 7)}-->`;
}

/**
 * The library list as HTML.
 *
 * @example
 * libraryHtml([{ slug: 'a', title: 'A', outlet: null, body: 'Text' }], null).includes('href="/articles/a"') // true
 */
export function libraryHtml(rows: readonly ReferenceArticleRow[], bytes: number | null): string {
  const items = rows
    .map((r) => `<li><a href="/articles/${escapeHtml(r.slug)}">${escapeHtml(r.title)}</a><p>${escapeHtml(r.outlet ?? '')}</p><p>${escapeHtml(r.body.slice(0, PREVIEW_CHARS))}</p></li>`)
    .join('');
  return padTo(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Article library</title></head><body><main><h1>Article library</h1><ul>${items}</ul></main></body></html>`, bytes);
}

/** One article as HTML, a paragraph per blank-line-separated block (or a not-found page). */
export function articleHtml(row: ReferenceArticleRow | undefined, bytes: number | null): string {
  if (!row) return '<!DOCTYPE html><title>Not found</title><p>Not found</p>';
  const paragraphs = row.body
    .split(/\n\s*\n/)
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('');
  return padTo(
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(row.title)}</title></head><body><main><article><h1>${escapeHtml(row.title)}</h1><p>${escapeHtml(row.outlet ?? '')}</p>${paragraphs}</article></main></body></html>`,
    bytes,
  );
}

/** The `bytes` query parameter: a size to pad to, capped so that the route cannot be made to send megabytes. */
export function requestedBytes(value: string | null): number | null {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? Math.min(n, 2_000_000) : null;
}

/** An answer or review event from a JSON batch, as the students' routes take them; only the fields one insert needs. */
export interface ReferenceAnswer {
  id: string;
  attemptId: string;
  questionId: string;
  response: string;
  answeredAt: string;
  timeMs: number | null;
}
export interface ReferenceReview {
  id: string;
  cardId: string;
  rating: number;
  reviewedAt: string;
  durationMs: number | null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The first answer of a `{ answers: [...] }` batch, or null. Bare on purpose: shape checks only, no zod. */
export function firstAnswer(batch: unknown): ReferenceAnswer | null {
  const event = isRecord(batch) && Array.isArray(batch.answers) ? (batch.answers[0] as unknown) : null;
  if (!isRecord(event)) return null;
  const { id, attemptId, questionId, response, answeredAt, timeMs } = event;
  if (typeof id !== 'string' || typeof attemptId !== 'string' || typeof questionId !== 'string' || typeof response !== 'string' || typeof answeredAt !== 'string') return null;
  return { id, attemptId, questionId, response, answeredAt, timeMs: typeof timeMs === 'number' ? timeMs : null };
}

/** The first review of a `{ events: [...] }` batch, or null. */
export function firstReview(batch: unknown): ReferenceReview | null {
  const event = isRecord(batch) && Array.isArray(batch.events) ? (batch.events[0] as unknown) : null;
  if (!isRecord(event)) return null;
  const { id, cardId, rating, reviewedAt, durationMs } = event;
  if (typeof id !== 'string' || typeof cardId !== 'string' || typeof rating !== 'number' || typeof reviewedAt !== 'string') return null;
  return { id, cardId, rating, reviewedAt, durationMs: typeof durationMs === 'number' ? durationMs : null };
}
