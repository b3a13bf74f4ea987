import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getCaller } from '@/app/_lib/caller';
import { TeacherHome } from '@/components/home/teacher-home';

export default async function HomePage() {
  const caller = await getCaller();
  // Teachers' home (issue #13); the students' home comes with issue #12.
  if (caller?.role === 'teacher') return <TeacherHome caller={caller} />;
  if (caller) redirect('/library');
  return (
    <div className="flex flex-col gap-6 py-6">
      <h1 className="text-3xl font-bold tracking-tight">Learn the news, with the receipts.</h1>
      <p className="text-lg text-stone-700">
        Cited turns news articles into quizzes and flashcards — who said what, which meetings happened where and when, and
        the figures. Every question shows the sentence it came from, and where sources disagree, it says so.
      </p>
      <div className="flex flex-wrap gap-3">
        <Link href="/signup" className="rounded-md bg-stone-900 px-4 py-2.5 font-medium text-white">
          Create account
        </Link>
        <Link href="/signin" className="rounded-md border border-stone-300 px-4 py-2.5 font-medium">
          Sign in
        </Link>
      </div>
    </div>
  );
}
