import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireCaller } from '@/app/_lib/caller';
import { deleteSetAction, renameSetAction } from '@/app/(per-request)/sets/actions';
import { getDb } from '@/db/client';
import { listMyClasses } from '@/db/queries/classes';
import { getSet } from '@/db/queries/sets';
import { AssignForm } from '@/components/sets/assign-form';
import { SetItemRow } from '@/components/sets/set-item-row';
import { ActionForm } from '@/components/ui/action-form';
import { ButtonLink } from '@/components/ui/button-link';
import { SubmitButton } from '@/components/ui/submit-button';

export const metadata: Metadata = { title: 'Set' };

type Props = { params: Promise<{ setId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SetPage({ params, searchParams }: Props) {
  const caller = await requireCaller();
  const db = await getDb();
  const [{ setId }, query] = await Promise.all([params, searchParams]);
  const set = await getSet(db, caller, setId);
  if (!set) notFound();
  const classes = (await listMyClasses(db, caller)).filter((c) => !c.archivedAt);
  const usable = set.items.filter((i) => !i.isRetired && i.status !== 'rejected').length;
  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">{set.title}</h1>
        {query.created === '1' ? (
          <p className="text-sm text-green-800" aria-live="polite">
            Set saved. Reorder it below, assign it to a class, or export it.
          </p>
        ) : null}
        <p className="text-stone-700">
          {set.items.length} question{set.items.length === 1 ? '' : 's'}
          {set.articleTitle ? ` · ready-made from “${set.articleTitle}”` : ''}
        </p>
      </header>
      <section aria-labelledby="assign" className="flex flex-col gap-2">
        <h2 id="assign" className="text-lg font-semibold">
          Assign to a class
        </h2>
        <AssignForm setId={set.id} classes={classes.map((c) => ({ id: c.id, name: c.name }))} questionTotal={usable} defaultTimeZone={caller.timeZone} />
      </section>
      <section aria-labelledby="questions" className="flex flex-col gap-2">
        <h2 id="questions" className="text-lg font-semibold">
          Questions
        </h2>
        {set.items.length === 0 ? <p className="text-stone-600">This set is empty. Add questions from a new set, or delete it.</p> : null}
        <ol className="flex flex-col gap-2">
          {set.items.map((item, i) => (
            <SetItemRow key={item.questionId} setId={set.id} item={item} position={i + 1} isFirst={i === 0} isLast={i === set.items.length - 1} />
          ))}
        </ol>
      </section>
      <section aria-labelledby="export" className="flex flex-col gap-2">
        <h2 id="export" className="text-lg font-semibold">
          Export
        </h2>
        <p className="text-sm text-stone-700">Your wording of each question, with its source headline.</p>
        <div className="flex flex-wrap gap-2">
          <ButtonLink href={`/sets/${set.id}/export/csv`} download>
            Export CSV
          </ButtonLink>
          <ButtonLink href={`/sets/${set.id}/export/apkg`} download>
            Export Anki deck
          </ButtonLink>
          <ButtonLink href={`/sets/${set.id}/export/anki-txt`} download>
            Export Anki text
          </ButtonLink>
          <ButtonLink href={`/sets/${set.id}/export/gift`} download>
            Export GIFT (Moodle)
          </ButtonLink>
        </div>
      </section>
      <details className="rounded-lg border border-stone-200 bg-white p-4">
        <summary className="min-h-11 cursor-pointer py-2 font-semibold">Set settings</summary>
        <div className="mt-2 flex flex-col gap-4">
          <ActionForm action={renameSetAction} fields={{ setId: set.id }} success="Renamed.">
            <label htmlFor="set-name" className="text-sm font-medium">
              Set name
            </label>
            <input id="set-name" name="title" defaultValue={set.title} maxLength={120} required className="min-h-11 rounded-md border border-stone-400 px-3 py-2" />
            <SubmitButton variant="secondary" className="self-start">
              Rename
            </SubmitButton>
          </ActionForm>
          <ActionForm action={deleteSetAction} fields={{ setId: set.id }} confirm="Delete this set? Assignments already given keep their questions.">
            <SubmitButton variant="danger" className="self-start">
              Delete set
            </SubmitButton>
          </ActionForm>
        </div>
      </details>
    </div>
  );
}
