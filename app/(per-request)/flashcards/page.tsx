import type { Metadata } from 'next';
import Link from 'next/link';
import { requireCaller } from '@/app/_lib/caller';
import { getDb } from '@/db/client';
import { getStudyQueue } from '@/db/queries/cards';
import { StudySession } from '@/components/flashcards/study-session';
import { formatDue } from '@/lib/time/format';
import { dayKeyOf, endOfDay } from '@/lib/time/zones';

export const metadata: Metadata = { title: 'Flashcards' };

// The page carries the cards due over the next days too: saved by the service worker, it opens offline.
const OFFLINE_DAYS = 3;

/** Today's flashcards: due reviews first, then new cards up to the daily limit. */
export default async function FlashcardsPage() {
  const caller = await requireCaller();
  const now = new Date();
  const queue = caller.role === 'student' ? await getStudyQueue(getDb(), caller, now, OFFLINE_DAYS) : null;
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-extrabold tracking-tight">Flashcards</h1>
      {!queue ? (
        <p className="text-stone-700">Flashcards are for students. Browse the library to review questions.</p>
      ) : queue.totalCards === 0 ? (
        <div className="flex flex-col gap-3 rounded-3xl bg-white p-5">
          <h2 className="text-lg font-bold">Your deck is empty</h2>
          <p className="text-stone-700">Open an article and tap “Add to flashcards”, or wait for your teacher to assign a set.</p>
          <Link href="/library" className="inline-flex min-h-12 items-center self-start rounded-full bg-accent-600 px-5 font-semibold text-white hover:bg-accent-700">
            Browse the library
          </Link>
        </div>
      ) : (
        <>
          <p className="text-sm text-stone-600">
            {queue.dueCount} due · {queue.newCount} new today
            {queue.dueCount + queue.newCount === 0 && queue.nextDue ? ` · next card due ${formatDue(queue.nextDue, now, caller.timeZone)}` : ''}
          </p>
          <StudySession cards={queue.cards} params={queue.params} timeZone={caller.timeZone} renderedAt={now.toISOString()} dayEnd={endOfDay(dayKeyOf(now, caller.timeZone), caller.timeZone).toISOString()} />
        </>
      )}
    </div>
  );
}
