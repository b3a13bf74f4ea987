import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { articles } from '@/db/schema';
import type { Caller } from './caller';

export interface ArticleSummaryDto {
  id: string;
  slug: string;
  title: string;
  outlet: string | null;
  publishedOn: string | null;
  /** The opening of the body, for the library list. */
  preview: string;
}

export interface ArticleDto extends Omit<ArticleSummaryDto, 'preview'> {
  body: string;
}

const PREVIEW_CHARS = 280;
const slugSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,120}$/);

/** The library, for any signed-in user; the caller parameter keeps anonymous code paths out. */
export async function listArticles(db: Db, caller: Caller): Promise<ArticleSummaryDto[]> {
  void caller;
  const rows = await db
    .select({
      id: articles.id,
      slug: articles.slug,
      title: articles.title,
      outlet: articles.outlet,
      publishedOn: articles.publishedOn,
      body: articles.body,
    })
    .from(articles)
    .orderBy(asc(articles.id));
  return rows.map(({ body, ...rest }) => ({ ...rest, preview: previewOf(body, rest.title) }));
}

/** One article by slug, or null (including for a malformed slug). */
export async function getArticle(db: Db, caller: Caller, slug: unknown): Promise<ArticleDto | null> {
  void caller;
  const parsed = slugSchema.safeParse(slug);
  if (!parsed.success) return null;
  const [row] = await db
    .select({ id: articles.id, slug: articles.slug, title: articles.title, outlet: articles.outlet, publishedOn: articles.publishedOn, body: articles.body })
    .from(articles)
    .where(eq(articles.slug, parsed.data))
    .limit(1);
  return row ?? null;
}

/** Skips leading lines that repeat the title or are stray debris ("x"), as web copy often starts with them, and cuts at a word. */
function previewOf(body: string, title: string): string {
  const lines = body.split('\n').map((l) => l.trim()).filter(Boolean);
  while (lines[0] !== undefined && (lines[0].startsWith(title.slice(0, 30)) || lines[0].length < 4)) lines.shift();
  const text = lines.join(' ');
  if (text.length <= PREVIEW_CHARS) return text;
  const cut = text.slice(0, PREVIEW_CHARS);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : PREVIEW_CHARS)}…`;
}
