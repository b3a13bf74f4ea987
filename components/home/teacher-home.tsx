import Link from 'next/link';
import { BookOpen, Users } from 'lucide-react';
import { getDb } from '@/db/client';
import { listMyClasses } from '@/db/queries/classes';
import type { Caller } from '@/db/queries/users';

/** A teacher's home: their classes and the way to the library. (The teachers' workspace replaces this.) */
export async function TeacherHome({ caller }: { caller: Caller }) {
  const classes = await listMyClasses(getDb(), caller);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-extrabold tracking-tight">Hello, {caller.displayName}</h1>
      <section aria-labelledby="classes-heading" className="flex flex-col gap-3">
        <h2 id="classes-heading" className="text-xl font-bold">
          Your classes
        </h2>
        {classes.length === 0 ? (
          <p className="text-stone-700">
            No classes yet.{' '}
            <Link href="/classes" className="font-semibold text-accent-700 underline">
              Create your first class
            </Link>{' '}
            and share its code with your students.
          </p>
        ) : (
          <ul className="flex flex-col gap-2">
            {classes.map((c) => (
              <li key={c.id}>
                <Link href={`/classes/${c.id}`} className="flex min-h-14 items-center gap-3 rounded-2xl border border-accent-100 bg-white px-4 py-3 hover:border-accent-300">
                  <Users aria-hidden className="size-5 text-accent-600" />
                  <span className="font-semibold">{c.name}</span>
                  <span className="ml-auto text-sm text-stone-600">
                    {c.studentCount} {c.studentCount === 1 ? 'student' : 'students'}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <Link href="/library" className="inline-flex min-h-12 items-center gap-2 self-start rounded-full bg-accent-600 px-5 font-semibold text-white hover:bg-accent-700">
        <BookOpen aria-hidden className="size-5" />
        Open the library
      </Link>
    </div>
  );
}
