import type { Metadata } from 'next';
import Link from 'next/link';
import { requireCaller } from '@/app/_lib/caller';
import { getDb } from '@/db/client';
import { listMyClasses, type ClassSummaryDto } from '@/db/queries/classes';
import { CreateClassForm } from '@/components/create-class-form';
import { JoinClassForm } from '@/components/join-class-form';

export const metadata: Metadata = { title: 'Classes' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function ClassItem({ cls, isTeacher }: { cls: ClassSummaryDto; isTeacher: boolean }) {
  return (
    <li className="rounded-lg border border-stone-200 bg-white p-4">
      <Link href={`/classes/${cls.id}`} className="font-semibold underline-offset-2 hover:underline">
        {cls.name}
      </Link>
      <p className="text-sm text-stone-600">
        {isTeacher ? `${cls.studentCount} student${cls.studentCount === 1 ? '' : 's'} · code ${cls.joinCode}` : `Teacher: ${cls.teacherName}`}
      </p>
    </li>
  );
}

export default async function ClassesPage({ searchParams }: Props) {
  const caller = await requireCaller();
  const classes = await listMyClasses(await getDb(), caller);
  const isTeacher = caller.role === 'teacher';
  const open = classes.filter((c) => !c.archivedAt);
  const archived = classes.filter((c) => c.archivedAt);
  const left = (await searchParams).left === '1';
  return (
    <div className="flex flex-col gap-5">
      <h1 className="text-2xl font-bold">{isTeacher ? 'Your classes' : 'My classes'}</h1>
      {left ? (
        <p className="text-sm text-green-800" aria-live="polite">
          You left the class.
        </p>
      ) : null}
      {open.length === 0 ? (
        <p className="text-stone-600">{isTeacher ? 'No classes yet. Create one below: you get a code and a link to share with your students.' : 'You have not joined a class yet. Enter the code your teacher gave you below.'}</p>
      ) : null}
      <ul className="flex flex-col gap-2">
        {open.map((cls) => (
          <ClassItem key={cls.id} cls={cls} isTeacher={isTeacher} />
        ))}
      </ul>
      <section className="flex flex-col gap-2">
        <h2 className="text-lg font-semibold">{isTeacher ? 'Create a class' : 'Join a class'}</h2>
        {isTeacher ? <CreateClassForm /> : <JoinClassForm />}
      </section>
      {archived.length ? (
        <details>
          <summary className="min-h-11 cursor-pointer py-2 font-semibold">Archived classes ({archived.length})</summary>
          <ul className="flex flex-col gap-2">
            {archived.map((cls) => (
              <ClassItem key={cls.id} cls={cls} isTeacher={isTeacher} />
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
