import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { requireCaller } from '@/app/_lib/caller';
import { getDb } from '@/db/client';
import { getReviewQuestion } from '@/db/queries/review';
import { KIND_LABELS } from '@/lib/review/kinds';
import { Citation } from '@/components/review/citation';
import { EditQuestionForm } from '@/components/review/edit-question-form';
import { StatusBadge } from '@/components/review/status-badge';

export const metadata: Metadata = { title: 'Edit question' };

type Props = { params: Promise<{ questionId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const backSchema = z.string().regex(/^\/review(\?[A-Za-z0-9=&%._~+-]*)?$/).catch('/review');

export default async function EditQuestionPage({ params, searchParams }: Props) {
  const caller = await requireCaller();
  if (caller.role !== 'teacher') notFound();
  const [{ questionId }, query] = await Promise.all([params, searchParams]);
  const question = await getReviewQuestion(await getDb(), caller, questionId);
  if (!question) notFound();
  const back = backSchema.parse(query.back);
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm">
        <Link href={back} className="underline">
          Back to the questions
        </Link>
      </p>
      <header className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold">Edit question</h1>
        <p className="flex items-center gap-2 text-sm text-stone-700">
          {KIND_LABELS[question.kind]} <StatusBadge status={question.status} />
        </p>
        <p className="text-sm text-stone-700">Your wording is what your students see from now on. Assignments already given keep the wording they were given.</p>
      </header>
      {question.citations.map((c) => (
        <Citation key={`${c.articleSlug}-${c.start}`} citation={c} />
      ))}
      {question.status === 'edited' ? <p className="text-sm text-stone-700">Cited’s original question: “{question.generated.prompt}” (answer: {question.generated.answer})</p> : null}
      <EditQuestionForm
        questionId={question.id}
        back={back}
        prompt={question.prompt}
        choices={question.choices}
        answer={question.answer}
        explanation={question.explanation}
        note={question.note}
        isNumeric={question.numeric !== null}
      />
    </div>
  );
}
