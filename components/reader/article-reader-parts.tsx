'use client';

import { useEffect, useState } from 'react';
import { IntentLink } from '@/components/nav/intent-link';
import type { ArticleReaderPartsDto } from '@/db/queries/article-reader';
import { AddToFlashcardsButton } from '@/components/flashcards/add-to-flashcards-button';
import { StartQuizButton } from '@/components/quiz/start-quiz-button';

/**
 * The reader's own part of an article page rendered once for everyone: a student's Quiz and Flashcards
 * buttons, or a teacher's way to the article's questions, asked of GET /api/articles/<slug>/reader after
 * the page loads.
 */
export function ArticleReaderParts({ slug }: { slug: string }) {
  const [parts, setParts] = useState<ArticleReaderPartsDto | null>(null);
  useEffect(() => {
    let live = true;
    fetch(`/api/articles/${encodeURIComponent(slug)}/reader`, { cache: 'no-store' })
      .then(async (response) => {
        if (!response.ok) return;
        const found = (await response.json()) as ArticleReaderPartsDto;
        if (live) setParts(found);
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [slug]);
  // As tall as a student's two buttons, on two rows on a phone: what loads into it does not move the article.
  return <div className="min-h-[6.5rem] sm:min-h-12">{parts ? <Parts slug={slug} parts={parts} /> : null}</div>;
}

function Parts({ slug, parts }: { slug: string; parts: ArticleReaderPartsDto }) {
  if (parts.role === 'teacher') {
    return (
      <IntentLink href={`/review?article=${slug}`} className="inline-flex min-h-11 items-center text-sm underline underline-offset-2">
        Review the questions generated from this article
      </IntentLink>
    );
  }
  return (
    <div className="flex flex-wrap gap-2" data-testid="study-actions">
      <StartQuizButton label="Quiz me on this" target={{ source: 'article', articleSlug: slug }} />
      <AddToFlashcardsButton slug={slug} cardsAlready={parts.cardsAlready} cardsInArticle={parts.cardsInArticle} />
    </div>
  );
}
