import Link from 'next/link';
import type { GradebookDto } from '@/db/queries/results';
import { CELL_STATUS_LABELS, percent, type CellStatus } from '@/lib/grading/gradebook';
import { formatInZone } from '@/lib/time/zoned';

const CELL_STYLE: Record<CellStatus, string> = {
  done: 'text-stone-900',
  late: 'text-orange-800 font-semibold',
  missing: 'text-red-800 font-semibold',
  excused: 'text-stone-600 italic',
  started: 'text-stone-700',
  assigned: 'text-stone-600',
};

/** Students down, assignments across, as in Google Classroom; scrolls sideways inside its own box on a phone. */
export function GradebookTable({ book, timeZone }: { book: GradebookDto; timeZone: string }) {
  return (
    <div className="max-w-full overflow-x-auto rounded-lg border border-stone-200 bg-white" role="region" aria-label="Gradebook" tabIndex={0}>
      <table className="min-w-full text-sm">
        <caption className="sr-only">Each student’s best score and status on each assignment</caption>
        <thead className="bg-stone-100 text-left">
          <tr>
            <th scope="col" className="sticky left-0 bg-stone-100 px-3 py-2">
              Student
            </th>
            {book.assignments.map((a) => (
              <th key={a.id} scope="col" className="min-w-36 px-3 py-2 align-bottom">
                <Link prefetch={false} href={`/classes/${book.classId}/assignments/${a.id}`} className="underline underline-offset-2">
                  {a.title}
                </Link>
                <span className="block text-xs font-normal text-stone-600">{a.dueAt ? `Due ${formatInZone(a.dueAt, timeZone)}` : 'No due date'}</span>
                <span className="block text-xs font-normal text-stone-600">{a.mode === 'quiz' ? `Class average ${a.average === null ? '—' : percent(a.average)}` : 'Flashcards'}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {book.students.map((s) => (
            <tr key={s.id} className="border-t border-stone-200">
              <th scope="row" className="sticky left-0 bg-white px-3 py-2 text-left font-medium">
                <Link prefetch={false} href={`/classes/${book.classId}/results/${s.id}`} className="underline underline-offset-2">
                  {s.displayName}
                </Link>
              </th>
              {s.cells.map((cell, i) => (
                <td key={book.assignments[i]!.id} className={`px-3 py-2 ${CELL_STYLE[cell.status]}`} data-testid="grade-cell">
                  {cell.score !== null ? <span className="tabular-nums">{percent(cell.score)} </span> : null}
                  {cell.reviewed !== null ? <span className="tabular-nums">{cell.reviewed}/{book.assignments[i]!.questionTotal} cards </span> : null}
                  <span className={cell.status === 'done' ? 'sr-only' : ''}>{CELL_STATUS_LABELS[cell.status]}</span>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
