import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { getDb } from '@/db/client';
import { EVERYONE } from '@/db/queries/users';
import { sharedArticle } from '@/app/_lib/shared-library';
import { ARTICLE_BODY_CLASS } from '@/components/reader/article-body';
import { ArticleHeader } from '@/components/reader/article-header';
import { ArticleReaderParts } from '@/components/reader/article-reader-parts';
import { HighlightKey } from '@/components/reader/highlight-key';
import { TapToOpen } from '@/components/reader/tap-to-open';
import { SoftLinks } from '@/components/nav/soft-links';
import { handOffHtml } from '@/components/ui/html-handoff';
import { HtmlOnce } from '@/components/ui/html-once';

type Props = { params: Promise<{ slug: string }> };

/*
 * Rendered once per folder article, on its first request after start or after an import (the import route
 * revalidates it), and at most every 30 s; Next serves every other request from its cache. `/articles/<slug>`
 * comes here for the folder articles only: the proxy marks those requests and next.config.mjs rewrites them
 * (lib/http/shared-pages.ts); uploads and `?cite=` views stay with app/(per-request)/articles/[slug].
 */
export const revalidate = 30;
export const dynamicParams = true;
export function generateStaticParams(): { slug: string }[] {
  return [];
}

const loadArticle = cache(async (slug: string) => sharedArticle(getDb(), EVERYONE, slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await loadArticle((await params).slug);
  return { title: loaded?.article.title ?? 'Article not found' };
}

/**
 * An article as every reader sees it (EVERYONE reads no upload, class or progress), so one rendering serves
 * everyone: its text and fact panels go out once, as HTML (HtmlOnce), and the reader's own buttons come
 * after load (ArticleReaderParts).
 */
export default async function SharedArticlePage({ params }: Props) {
  const loaded = await loadArticle((await params).slug);
  if (!loaded) notFound();
  const { article, facts, marks, bodyHtml, panelsHtml } = loaded;
  return (
    <article className="flex flex-col gap-4">
      <ArticleHeader article={article} standing={facts.standing} isTeacher={false}>
        <ArticleReaderParts slug={article.slug} />
      </ArticleHeader>
      {marks.length ? <HighlightKey /> : null}
      <HtmlOnce id="article-body" testId="article-body" handoff={handOffHtml(bodyHtml)} className={ARTICLE_BODY_CLASS} />
      <TapToOpen containerId="article-body" />
      <HtmlOnce id="fact-panels" handoff={handOffHtml(panelsHtml)} />
      <SoftLinks containerId="fact-panels" />
    </article>
  );
}
