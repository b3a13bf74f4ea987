import Link from 'next/link';
import { PartyPopper } from 'lucide-react';

/** The end of today's queue, and where to go next. */
export function SessionDone({ reviewed }: { reviewed: number }) {
  return (
    <section className="flex flex-col items-center gap-3 rounded-3xl bg-white p-6 text-center" data-testid="session-done">
      <PartyPopper aria-hidden className="size-10 text-accent-600" />
      <h2 className="text-2xl font-extrabold">All done for today</h2>
      <p className="text-stone-700">{reviewed ? `You reviewed ${reviewed} ${reviewed === 1 ? 'card' : 'cards'}.` : 'Nothing is due right now.'} Come back tomorrow to keep your streak.</p>
      <Link href="/progress" className="inline-flex min-h-12 items-center rounded-full border border-accent-200 px-5 font-semibold text-accent-800 hover:bg-accent-50">
        See your progress
      </Link>
    </section>
  );
}
