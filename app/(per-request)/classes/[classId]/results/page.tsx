import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireCaller } from '@/app/_lib/caller';
import { getDb } from '@/db/client';
import { getGradebook } from '@/db/queries/results';
import { percent } from '@/lib/grading/gradebook';
import { BarChart } from '@/components/charts/bar-chart';
import { GradebookTable } from '@/components/results/gradebook-table';
import { ButtonLink } from '@/components/ui/button-link';

export const metadata: Metadata = { title: 'Results' };

type Props = { params: Promise<{ classId: string }> };

export default async function ResultsPage({ params }: Props) {
  const caller = await requireCaller();
  const book = await getGradebook(await getDb(), caller, (await params).classId);
  if (!book) notFound();
  const quizzes = book.assignments.filter((a) => a.mode === 'quiz');
  return (
    <div className="flex flex-col gap-5">
      <header className="flex flex-col gap-2">
        <p className="text-sm">
          <Link href={`/classes/${book.classId}`} className="underline">
            {book.className}
          </Link>
        </p>
        <h1 className="text-2xl font-bold">Results</h1>
        <p className="text-sm text-stone-700">
          The best attempt counts. <strong className="text-orange-800">Done late</strong>: first finished after the due time. <strong className="text-red-800">Missing</strong>: nothing
          finished by the due time. Excused students count neither way. Open a student for their answers, or an assignment for its question analysis.
        </p>
        <ButtonLink href={`/classes/${book.classId}/results/export`} download>
          Export CSV
        </ButtonLink>
      </header>
      {book.assignments.length === 0 || book.students.length === 0 ? (
        <p className="text-stone-700">
          {book.students.length === 0 ? 'No students in this class yet: share its code from the class page.' : 'Nothing assigned yet: assign a set from '}
          {book.students.length > 0 ? (
            <Link href="/sets" className="underline">
              Sets
            </Link>
          ) : null}
        </p>
      ) : (
        <GradebookTable book={book} timeZone={caller.timeZone} />
      )}
      {quizzes.length ? (
        <BarChart
          title="Class average by quiz"
          description="The mean of each student’s best score, excused students left out."
          max={1}
          bars={quizzes.map((a) => ({ label: a.title, value: a.average ?? 0, display: a.average === null ? 'no scores yet' : percent(a.average) }))}
        />
      ) : null}
    </div>
  );
}
