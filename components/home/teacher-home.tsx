import { IntentLink } from '@/components/nav/intent-link';
import { getDb } from '@/db/client';
import type { Caller } from '@/db/queries/caller';
import { listMyClasses } from '@/db/queries/classes';
import { ownedAssignments } from '@/db/queries/results-data';
import { reviewQueueCounts } from '@/db/queries/review';
import { formatInZone } from '@/lib/time/zoned';
import { ButtonLink } from '@/components/ui/button-link';

const WEEK = 7 * 86_400_000;

/** A teacher's home: their classes, what needs review, what is due soon, and results worth a look. */
export async function TeacherHome({ caller, now = new Date() }: { caller: Caller; now?: Date }) {
  const db = await getDb();
  const [classes, assignments, queue] = await Promise.all([listMyClasses(db, caller), ownedAssignments(db, caller), reviewQueueCounts(db, caller)]);
  const open = classes.filter((c) => !c.archivedAt);
  const dueSoon = assignments.filter((a) => a.dueAt && a.dueAt >= now && a.dueAt.getTime() - now.getTime() <= WEEK);
  const recentlyDue = assignments.filter((a) => a.dueAt && a.dueAt < now && now.getTime() - a.dueAt.getTime() <= 2 * WEEK).reverse();
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">Hello, {caller.displayName}</h1>
      <section aria-labelledby="home-classes" className="flex flex-col gap-2">
        <h2 id="home-classes" className="text-lg font-semibold">
          Your classes
        </h2>
        {open.length === 0 ? <p className="text-stone-700">No classes yet: create one, then share its code with your students.</p> : null}
        <ul className="flex flex-col gap-2">
          {open.map((c) => (
            <li key={c.id}>
              <IntentLink href={`/classes/${c.id}`} className="font-medium underline underline-offset-2">
                {c.name}
              </IntentLink>{' '}
              <span className="text-sm text-stone-600">
                · {c.studentCount} student{c.studentCount === 1 ? '' : 's'}
              </span>
            </li>
          ))}
        </ul>
        <ButtonLink href="/classes">{open.length ? 'All classes' : 'Create a class'}</ButtonLink>
      </section>
      <section aria-labelledby="home-review" className="flex flex-col gap-2">
        <h2 id="home-review" className="text-lg font-semibold">
          Needs your review
        </h2>
        <p className="text-stone-700">
          {queue?.newCount ?? 0} new question{queue?.newCount === 1 ? '' : 's'} to approve, edit or reject.
          {queue?.flaggedCount ? ` ${queue.flaggedCount} flagged by your results (“check this question”).` : ''}
        </p>
        <div className="flex flex-wrap gap-2">
          <ButtonLink href="/review?status=new" variant="primary">
            Review questions
          </ButtonLink>
          {queue?.flaggedCount ? <ButtonLink href="/review?flagged=1">See flagged questions</ButtonLink> : null}
          <ButtonLink href="/articles/new">Add article</ButtonLink>
        </div>
      </section>
      <section aria-labelledby="home-due" className="flex flex-col gap-2">
        <h2 id="home-due" className="text-lg font-semibold">
          Due this week
        </h2>
        {dueSoon.length === 0 ? <p className="text-stone-700">Nothing due in the next seven days. Make a set and assign it from Sets.</p> : null}
        <ul className="flex flex-col gap-1">
          {dueSoon.map((a) => (
            <li key={a.id}>
              <IntentLink href={`/classes/${a.classId}/assignments/${a.id}`} className="underline underline-offset-2">
                {a.title}
              </IntentLink>{' '}
              <span className="text-sm text-stone-600">
                · {a.className} · due {formatInZone(a.dueAt!, caller.timeZone)}
              </span>
            </li>
          ))}
        </ul>
      </section>
      {recentlyDue.length ? (
        <section aria-labelledby="home-results" className="flex flex-col gap-2">
          <h2 id="home-results" className="text-lg font-semibold">
            Results to look at
          </h2>
          <ul className="flex flex-col gap-1">
            {recentlyDue.map((a) => (
              <li key={a.id}>
                <IntentLink href={`/classes/${a.classId}/assignments/${a.id}`} className="underline underline-offset-2">
                  {a.title}
                </IntentLink>{' '}
                <span className="text-sm text-stone-600">· {a.className} · was due {formatInZone(a.dueAt!, caller.timeZone)}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
