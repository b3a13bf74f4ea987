import { newJoinCodeAction } from '@/app/(per-request)/classes/actions';
import { ActionForm } from '@/components/ui/action-form';
import { CopyButton } from '@/components/ui/copy-button';
import { SubmitButton } from '@/components/ui/submit-button';

type Props = { classId: string; joinCode: string; joinUrl: string; isEmpty: boolean; isArchived: boolean };

/** How students get in: the code to read out, the link to post, and a way to retire both. */
export function BringStudentsIn({ classId, joinCode, joinUrl, isEmpty, isArchived }: Props) {
  if (isArchived) return <p className="rounded-md bg-stone-100 p-3 text-sm text-stone-700">This class is archived: its results are kept, and nobody can join it.</p>;
  return (
    <section aria-labelledby="bring-in" className="flex flex-col gap-3 rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="bring-in" className="text-lg font-semibold">
        {isEmpty ? 'Bring your students in' : 'Invite more students'}
      </h2>
      {isEmpty ? (
        <p className="text-sm text-stone-700">
          Students sign up (or sign in) and enter this code under Classes, or open the link. Write the code on the board, or post the link where your class reads it.
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <span className="text-sm text-stone-600">Class code</span>
        <strong className="font-mono text-2xl tracking-wider" data-testid="join-code">
          {joinCode}
        </strong>
        <CopyButton text={joinCode} label="Copy code" />
      </div>
      <div className="flex flex-col gap-2">
        <span className="text-sm text-stone-600">Join link</span>
        <code className="rounded bg-stone-100 px-2 py-1 text-sm break-all" data-testid="join-link">
          {joinUrl}
        </code>
        <CopyButton text={joinUrl} label="Copy link" />
      </div>
      <ActionForm action={newJoinCodeAction} fields={{ classId }} confirm="Make a new code? The old code and link stop working." success="New code made: the old one no longer works." className="flex flex-col gap-1">
        <p className="text-xs text-stone-600">A new code stops the old code and link from working (students already in stay in).</p>
        <SubmitButton variant="secondary" className="self-start">
          Make a new code
        </SubmitButton>
      </ActionForm>
    </section>
  );
}
