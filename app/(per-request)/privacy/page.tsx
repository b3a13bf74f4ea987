import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Privacy' };

const STORED: [string, string, string][] = [
  ['Your account: name, email or username, a scrambled form of your password (never the password itself), your time zone', 'to sign you in and show dates in your time', 'until you delete your account'],
  ['Classes you teach or joined, and when you joined or left', 'so teachers can give work to their class', 'until the account is deleted; a teacher’s archived class keeps its results'],
  ['Your quiz answers, scores and how long you took', 'to grade your work, show you what to review, and show your teacher your results', 'until you delete your account'],
  ['Your flashcards and each review', 'to schedule the next review (spaced repetition)', 'until you delete your account'],
  ['Sign-in records: when, from which network address, whether it worked; the browsers you signed in from', 'to stop people guessing passwords', 'failed attempts for at most a day; the rest until you delete your account'],
  ['Teachers: your question edits, sets, assignments and uploaded articles', 'so your class gets the questions you chose', 'until you delete them or your account'],
];

/** What Cited stores, why, for how long, and what it never does. Readable signed in or not. */
export default function PrivacyPage() {
  return (
    <div className="flex flex-col gap-5">
      <h1 className="text-2xl font-bold">Privacy</h1>
      <p className="text-stone-700">
        Cited keeps only what it needs to teach with. <strong>Nothing is sold, shared with advertisers or used for ads</strong>, and pages load no trackers or third-party scripts.
      </p>
      <section aria-labelledby="what" className="flex flex-col gap-3">
        <h2 id="what" className="text-lg font-semibold">
          What is stored, why, and for how long
        </h2>
        <ul className="flex flex-col gap-3">
          {STORED.map(([what, why, howLong]) => (
            <li key={what} className="rounded-lg border border-stone-200 bg-white p-4 text-sm">
              <p className="font-medium">{what}</p>
              <p className="text-stone-700">Why: {why}.</p>
              <p className="text-stone-700">How long: {howLong}.</p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="who" className="flex flex-col gap-2">
        <h2 id="who" className="text-lg font-semibold">
          Who sees it
        </h2>
        <p className="text-stone-700">
          You. Your teachers see your results in their own classes, never your password. Other students never see your results. A teacher never sees another teacher’s classes.
        </p>
      </section>
      <section aria-labelledby="rights" className="flex flex-col gap-2">
        <h2 id="rights" className="text-lg font-semibold">
          Your choices
        </h2>
        <p className="text-stone-700">
          Under <Link href="/account/data" className="underline">Your data</Link> you can download everything Cited holds about you, or delete your account. Deleting removes every record of you,
          sign-in records included. A teacher can also remove a student of their class from Cited.
        </p>
      </section>
    </div>
  );
}
