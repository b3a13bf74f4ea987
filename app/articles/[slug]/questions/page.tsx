import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireCaller } from '@/app/_lib/caller';
import { getDb } from '@/db/client';
import { getArticle, listArticles } from '@/db/queries/articles';
import { listQuestionsForArticle } from '@/db/queries/questions';
import { QuestionCard } from '@/components/question-card';

type Props = { params: Promise<{ slug: string }> };

export const metadata: Metadata = { title: 'Questions' };

/** The generated bank for one article, for teachers to review before assigning (it shows the answers). */
export default async function ArticleQuestionsPage({ params }: Props) {
  const caller = await requireCaller();
  if (caller.role !== 'teacher') notFound();
  const { slug } = await params;
  const db = await getDb();
  const [article, questions, library] = await Promise.all([getArticle(db, caller, slug), listQuestionsForArticle(db, caller, slug), listArticles(db, caller)]);
  if (!article || !questions) notFound();
  const slugByArticleId = Object.fromEntries(library.map((entry) => [entry.id, entry.slug]));
  return (
    <div className="flex flex-col gap-4">
      <header>
        <h1 className="text-2xl font-bold">Questions</h1>
        <p className="text-stone-600">
          From{' '}
          <Link href={`/articles/${article.slug}`} className="underline">
            {article.title}
          </Link>{' '}
          · {questions.length} questions
        </p>
      </header>
      {questions.map((question) => (
        <QuestionCard key={question.id} question={question} slugByArticleId={slugByArticleId} />
      ))}
    </div>
  );
}
