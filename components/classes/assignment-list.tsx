import Link from 'next/link';
import { formatInZone } from '@/lib/time/zoned';

type Item = { id: string; title: string; dueAt: Date | null; mode: 'quiz' | 'flashcards' };

/** A class's assignments in due order, each opening its results. */
export function AssignmentList({ classId, assignments, timeZone }: { classId: string; assignments: Item[]; timeZone: string }) {
  return (
    <section aria-labelledby="assignments" className="flex flex-col gap-2">
      <h2 id="assignments" className="text-lg font-semibold">
        Assignments
      </h2>
      {assignments.length === 0 ? (
        <p className="text-sm text-stone-600">
          Nothing assigned yet. Review some questions, put them in a <Link prefetch={false} href="/sets" className="underline">set</Link>, and assign it to this class.
        </p>
      ) : (
        <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
          {assignments.map((a) => (
            <li key={a.id} className="px-4 py-3">
              <Link prefetch={false} href={`/classes/${classId}/assignments/${a.id}`} className="font-medium underline underline-offset-2">
                {a.title}
              </Link>
              <p className="text-sm text-stone-600">
                {a.mode === 'quiz' ? 'Quiz' : 'Flashcards'} · {a.dueAt ? `due ${formatInZone(a.dueAt, timeZone)}` : 'no due date'}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
