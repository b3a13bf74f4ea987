import type { Metadata } from 'next';
import Link from 'next/link';
import { requireCaller } from '@/app/_lib/caller';
import { getDb } from '@/db/client';
import { listMyClasses } from '@/db/queries/classes';
import { CreateClassForm } from '@/components/create-class-form';
import { JoinClassForm } from '@/components/join-class-form';

export const metadata: Metadata = { title: 'Classes' };

export default async function ClassesPage() {
  const caller = await requireCaller();
  const classes = await listMyClasses(await getDb(), caller);
  const isTeacher = caller.role === 'teacher';
  return (
    <div className="flex flex-col gap-5">
      <h1 className="text-2xl font-bold">{isTeacher ? 'Your classes' : 'My classes'}</h1>
      {classes.length === 0 ? <p className="text-stone-600">{isTeacher ? 'No classes yet.' : 'You have not joined a class yet.'}</p> : null}
      <ul className="flex flex-col gap-2">
        {classes.map((cls) => (
          <li key={cls.id} className="rounded-lg border border-stone-200 bg-white p-4">
            <Link href={`/classes/${cls.id}`} className="font-semibold hover:underline">
              {cls.name}
            </Link>
            <p className="text-sm text-stone-600">
              {isTeacher ? `${cls.studentCount} student${cls.studentCount === 1 ? '' : 's'} · code ${cls.joinCode}` : `Teacher: ${cls.teacherName}`}
            </p>
          </li>
        ))}
      </ul>
      <section className="flex flex-col gap-2">
        <h2 className="text-lg font-semibold">{isTeacher ? 'Create a class' : 'Join a class'}</h2>
        {isTeacher ? <CreateClassForm /> : <JoinClassForm />}
      </section>
    </div>
  );
}
