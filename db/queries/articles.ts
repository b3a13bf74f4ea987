import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { articles } from '@/db/schema';
import type { Caller } from './caller';
import { articleVisibleTo } from './visibility';

export interface ArticleSummaryDto {
  id: string;
  /** 'upload': added by a teacher (seen by them and their classes only). */
  origin: 'folder' | 'upload';
  /** The title of the article this one copies, when it is a near-copy (the library keeps both). */
  copyOf: string | null;
  slug: string;
  title: string;
  outlet: string | null;
  publishedOn: string | null;
  /** The opening of the body, for the library list. */
  preview: string;
}

export interface ArticleDto extends Omit<ArticleSummaryDto, 'preview' | 'copyOf'> {
  body: string;
}

const PREVIEW_CHARS = 280;
/** Enough of the opening for the preview, after any lines that repeat the title. */
const PREVIEW_SOURCE_CHARS = 2_000;
const slugSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,120}$/);

/** The library a caller may read: the shared articles (not retired), their own uploads, and their teachers' uploads. */
export async function listArticles(db: Db, caller: Caller): Promise<ArticleSummaryDto[]> {
  const rows = await db
    .select({
      id: articles.id,
      slug: articles.slug,
      title: articles.title,
      outlet: articles.outlet,
      publishedOn: articles.publishedOn,
      // The preview needs the opening only; the whole bodies of a large library are megabytes per view.
      body: sql<string>`left(${articles.body}, ${PREVIEW_SOURCE_CHARS})`,
      origin: articles.origin,
      duplicateOf: articles.duplicateOf,
    })
    .from(articles)
    .where(and(articleVisibleTo(db, caller), isNull(articles.retiredAt)))
    .orderBy(asc(articles.origin), asc(articles.createdAt), asc(articles.id));
  const titles = new Map(rows.map((r) => [r.id, r.title]));
  return rows.map(({ body, duplicateOf, ...rest }) => ({
    ...rest,
    copyOf: duplicateOf ? (titles.get(duplicateOf) ?? null) : null,
    preview: previewOf(body, rest.title),
  }));
}

/** One article by slug, or null (including for a malformed slug). */
export async function getArticle(db: Db, caller: Caller, slug: unknown): Promise<ArticleDto | null> {
  const parsed = slugSchema.safeParse(slug);
  if (!parsed.success) return null;
  const [row] = await db
    .select({ id: articles.id, slug: articles.slug, title: articles.title, outlet: articles.outlet, publishedOn: articles.publishedOn, body: articles.body, origin: articles.origin })
    .from(articles)
    // A retired article still opens (learners' history links to it); another teacher's upload does not.
    .where(and(eq(articles.slug, parsed.data), articleVisibleTo(db, caller)))
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
