import Link from 'next/link';
import { Layers, Quote, Target } from 'lucide-react';
import { getCaller } from '@/app/_lib/caller';
import { getDb } from '@/db/client';
import { getStudentHome } from '@/db/queries/student-home';
import { StudentHome } from '@/components/home/student-home';
import { TeacherHome } from '@/components/home/teacher-home';

function Landing() {
  return (
    <div className="flex flex-col gap-8 py-4">
      <div className="flex flex-col gap-4">
        <h1 className="text-4xl leading-tight font-extrabold tracking-tight">
          Learn the news, <span className="bg-cite px-1">with the receipts.</span>
        </h1>
        <p className="text-lg text-stone-700">
          Cited turns news articles into quizzes and flashcards — who said what, which meetings happened where and when, and the figures. Every question shows
          the sentence it came from, and where sources disagree, it says so.
        </p>
        <div className="flex flex-wrap gap-3">
          <Link href="/signup" className="inline-flex min-h-12 items-center rounded-full bg-accent-600 px-6 font-semibold text-white hover:bg-accent-700">
            Create account
          </Link>
          <Link href="/signin" className="inline-flex min-h-12 items-center rounded-full border border-stone-300 bg-white px-6 font-semibold hover:bg-stone-100">
            Sign in
          </Link>
        </div>
      </div>
      <ul className="grid gap-3 sm:grid-cols-3">
        {[
          { icon: Target, title: 'Quick quizzes', text: 'Five minutes on your phone, with instant feedback.' },
          { icon: Quote, title: 'Every answer cited', text: 'Tap through to the exact sentence in the article.' },
          { icon: Layers, title: 'Flashcards that adapt', text: 'Spaced repetition that learns how you remember.' },
        ].map(({ icon: Icon, title, text }) => (
          <li key={title} className="rounded-2xl border border-accent-100 bg-white p-4">
            <Icon aria-hidden className="size-6 text-accent-600" />
            <h2 className="mt-2 font-bold">{title}</h2>
            <p className="text-sm text-stone-700">{text}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}

export default async function HomePage() {
  const caller = await getCaller();
  if (!caller) return <Landing />;
  if (caller.role === 'teacher') return <TeacherHome caller={caller} />;
  const now = new Date();
  const home = await getStudentHome(getDb(), caller, now);
  if (!home) return <Landing />;
  return <StudentHome name={caller.displayName.replace(/\s*\(.*\)$/, '')} home={home} timeZone={caller.timeZone} now={now} />;
}
