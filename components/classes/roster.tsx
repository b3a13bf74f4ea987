import Link from 'next/link';
import { removeStudentAction } from '@/app/(per-request)/classes/actions';
import type { FormerStudentDto, RosterEntryDto } from '@/db/queries/classes';
import { ActionForm } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/submit-button';

type Props = { classId: string; roster: RosterEntryDto[]; formerStudents: FormerStudentDto[] };

/** The students of a class, each with their results and a way out; those who left, with their work kept. */
export function Roster({ classId, roster, formerStudents }: Props) {
  return (
    <section aria-labelledby="roster" className="flex flex-col gap-2">
      <h2 id="roster" className="text-lg font-semibold">
        Students ({roster.length})
      </h2>
      {roster.length === 0 ? <p className="text-sm text-stone-600">No students yet. Share the code or the link above.</p> : null}
      <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
        {roster.map((student) => (
          <li key={student.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-2">
            <span>
              <Link prefetch={false} href={`/classes/${classId}/results/${student.id}`} className="underline underline-offset-2">
                {student.displayName}
              </Link>
              {student.username ? <span className="text-sm text-stone-600"> · {student.username}</span> : null}
            </span>
            <ActionForm
              action={removeStudentAction}
              fields={{ classId, studentId: student.id }}
              confirm={`Remove ${student.displayName} from this class? Their work stays in your results.`}
              className="flex flex-col items-end gap-1"
            >
              <SubmitButton variant="danger">
                Remove<span className="sr-only"> {student.displayName}</span>
              </SubmitButton>
            </ActionForm>
          </li>
        ))}
      </ul>
      {formerStudents.length ? (
        <details className="text-sm">
          <summary className="min-h-11 cursor-pointer py-2">Former students ({formerStudents.length})</summary>
          <ul className="flex flex-col gap-1 pl-4">
            {formerStudents.map((s) => (
              <li key={s.id}>
                <Link prefetch={false} href={`/classes/${classId}/results/${s.id}`} className="underline underline-offset-2">
                  {s.displayName}
                </Link>{' '}
                — {s.reason === 'left' ? 'left' : 'removed'} on {s.removedAt.toLocaleDateString('en-GB', { timeZone: 'UTC' })}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
