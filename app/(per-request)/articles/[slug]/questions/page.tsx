import { notFound, redirect } from 'next/navigation';
import { requireCaller } from '@/app/_lib/caller';
import { getDb } from '@/db/client';
import { getArticle } from '@/db/queries/articles';

type Props = { params: Promise<{ slug: string }> };

/** The old per-article question list: now the review tool, filtered to the article. */
export default async function ArticleQuestionsPage({ params }: Props) {
  const caller = await requireCaller();
  if (caller.role !== 'teacher') notFound();
  const article = await getArticle(await getDb(), caller, (await params).slug);
  if (!article) notFound();
  redirect(`/review?article=${encodeURIComponent(article.slug)}`);
}
