import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireCaller } from '@/app/_lib/caller';
import { getDb } from '@/db/client';
import { getClass } from '@/db/queries/classes';

type Props = { params: Promise<{ classId: string }> };

export const metadata: Metadata = { title: 'Class' };

export default async function ClassPage({ params }: Props) {
  const caller = await requireCaller();
  const { classId } = await params;
  // A forged or foreign id resolves to null in the query itself, so it looks exactly like a missing class.
  const cls = await getClass(await getDb(), caller, classId);
  if (!cls) notFound();
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{cls.name}</h1>
      <p className="text-stone-700">Teacher: {cls.teacherName}</p>
      {cls.joinCode ? (
        <p>
          Class code: <strong className="font-mono text-lg">{cls.joinCode}</strong>
        </p>
      ) : null}
      {cls.roster ? (
        <section>
          <h2 className="text-lg font-semibold">Students ({cls.roster.length})</h2>
          <ul className="mt-2 divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
            {cls.roster.map((student) => (
              <li key={student.id} className="px-4 py-2">
                {student.displayName}
                {student.username ? <span className="text-sm text-stone-500"> · {student.username}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <p className="text-stone-600">{cls.studentCount} students in this class.</p>
      )}
    </div>
  );
}
