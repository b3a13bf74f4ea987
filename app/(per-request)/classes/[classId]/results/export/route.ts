import { getCaller } from '@/app/_lib/caller';
import { download, notFoundResponse } from '@/app/_lib/download';
import { getDb } from '@/db/client';
import { getGradebook } from '@/db/queries/results';
import { toCsv } from '@/lib/export/csv';
import { CELL_STATUS_LABELS } from '@/lib/grading/gradebook';

type Context = { params: Promise<{ classId: string }> };

/** The gradebook as CSV: one row per student, a score and a status column per assignment. */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const caller = await getCaller();
  if (!caller) return notFoundResponse();
  const book = await getGradebook(await getDb(), caller, (await params).classId);
  if (!book) return notFoundResponse();
  const header = ['Student', ...book.assignments.flatMap((a) => [`${a.title} (score %)`, `${a.title} (status)`])];
  const rows = book.students.map((s) => [
    s.displayName,
    ...s.cells.flatMap((c) => [c.score === null ? null : Math.round(c.score * 1000) / 10, CELL_STATUS_LABELS[c.status]]),
  ]);
  return download(toCsv(header, rows), `${book.className.slice(0, 60)} results.csv`, 'text/csv; charset=utf-8');
}
