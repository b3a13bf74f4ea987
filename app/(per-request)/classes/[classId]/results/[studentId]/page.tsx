import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireCaller } from '@/app/_lib/caller';
import { excuseAction, removeFromCitedAction } from '@/app/(per-request)/classes/actions';
import { getDb } from '@/db/client';
import { getStudentResults } from '@/db/queries/results';
import { CELL_STATUS_LABELS, percent } from '@/lib/grading/gradebook';
import { formatInZone } from '@/lib/time/zoned';
import { ActionForm } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/submit-button';

export const metadata: Metadata = { title: 'Student results' };

type Props = { params: Promise<{ classId: string; studentId: string }> };

export default async function StudentResultsPage({ params }: Props) {
  const caller = await requireCaller();
  const { classId, studentId } = await params;
  const results = await getStudentResults(await getDb(), caller, classId, studentId);
  if (!results) notFound();
  const { student } = results;
  return (
    <div className="flex flex-col gap-5">
      <header className="flex flex-col gap-1">
        <p className="text-sm">
          <Link href={`/classes/${results.classId}/results`} className="underline">
            {results.className}: results
          </Link>
        </p>
        <h1 className="text-2xl font-bold">{student.displayName}</h1>
        {!student.inClass ? <p className="text-sm text-stone-700">No longer in this class; their work is kept.</p> : null}
      </header>
      {results.assignments.length === 0 ? <p className="text-stone-700">Nothing assigned to this class yet.</p> : null}
      {results.assignments.map((a) => (
        <section key={a.id} aria-labelledby={`a-${a.id}`} className="flex flex-col gap-2 rounded-lg border border-stone-200 bg-white p-4">
          <h2 id={`a-${a.id}`} className="font-semibold">
            {a.title}
          </h2>
          <p className="text-sm text-stone-700">
            {CELL_STATUS_LABELS[a.cell.status]}
            {a.cell.score !== null ? ` · best score ${percent(a.cell.score)}` : ''}
            {a.cell.reviewed !== null ? ` · ${a.cell.reviewed} cards reviewed` : ''} · {a.dueAt ? `due ${formatInZone(a.dueAt, caller.timeZone)}` : 'no due date'}
          </p>
          {a.attempts.length ? (
            <ul className="text-sm text-stone-700">
              {a.attempts.map((t) => (
                <li key={t.startedAt.toISOString()}>
                  {t.finishedAt ? `Finished ${formatInZone(t.finishedAt, caller.timeZone)}: ${percent(t.score)}` : `Started ${formatInZone(t.startedAt, caller.timeZone)}, not finished`}
                  {t.counts ? ' (counts)' : ''}
                </li>
              ))}
            </ul>
          ) : null}
          {a.answers.length ? (
            <details>
              <summary className="min-h-11 cursor-pointer py-2 text-sm font-medium">Answers in the attempt that counts</summary>
              <ol className="flex flex-col gap-2 text-sm">
                {a.answers.map((ans, i) => (
                  <li key={i} className={ans.isCorrect ? 'text-stone-800' : 'text-red-900'}>
                    <span className="font-medium">{ans.prompt}</span>
                    <br />
                    {ans.isCorrect ? '✓ Right: ' : '✗ Wrong: '}
                    {ans.response || '(no answer)'}
                    {!ans.isCorrect ? ` (answer: ${ans.answer})` : ''}
                  </li>
                ))}
              </ol>
            </details>
          ) : null}
          {student.inClass ? (
            <ActionForm action={excuseAction} fields={{ classId: results.classId, assignmentId: a.id, studentId: student.id, excused: a.cell.status === 'excused' ? 'false' : 'true' }}>
              <SubmitButton variant="secondary" className="self-start">
                {a.cell.status === 'excused' ? 'Take back the excuse' : 'Excuse from this assignment'}
              </SubmitButton>
            </ActionForm>
          ) : null}
        </section>
      ))}
      <details className="rounded-lg border border-red-200 bg-white p-4">
        <summary className="min-h-11 cursor-pointer py-2 font-semibold text-red-900">Remove {student.displayName} from Cited</summary>
        <ActionForm action={removeFromCitedAction} fields={{ classId: results.classId, studentId: student.id }} className="mt-2 flex flex-col gap-2">
          <p className="text-sm text-stone-700">
            This deletes the student’s account and everything in it: answers, flashcards, reviews, sign-in records. Their results leave your gradebook. It cannot be undone. To take them out of this
            class only, use Remove on the class page.
          </p>
          <label htmlFor="confirm-delete" className="text-sm font-medium">
            Type “delete” to confirm
          </label>
          <input id="confirm-delete" name="confirm" autoComplete="off" className="min-h-11 rounded-md border border-stone-400 px-3 py-2" />
          <SubmitButton variant="danger" className="self-start">
            Delete account
          </SubmitButton>
        </ActionForm>
      </details>
    </div>
  );
}
