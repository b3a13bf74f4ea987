import { archiveClassAction, renameClassAction } from '@/app/(per-request)/classes/actions';
import { ActionForm } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/submit-button';

/** Rename and archive, out of the way under a disclosure. */
export function ClassSettings({ classId, name, isArchived }: { classId: string; name: string; isArchived: boolean }) {
  return (
    <details className="rounded-lg border border-stone-200 bg-white p-4">
      <summary className="min-h-11 cursor-pointer py-2 font-semibold">Class settings</summary>
      <div className="mt-2 flex flex-col gap-4">
        <ActionForm action={renameClassAction} fields={{ classId }} success="Renamed.">
          <label htmlFor="class-name" className="text-sm font-medium">
            Class name
          </label>
          <input id="class-name" name="name" defaultValue={name} required maxLength={80} className="min-h-11 rounded-md border border-stone-400 px-3 py-2" />
          <SubmitButton variant="secondary" className="self-start">
            Rename
          </SubmitButton>
        </ActionForm>
        <ActionForm
          action={archiveClassAction}
          fields={{ classId, archived: isArchived ? 'false' : 'true' }}
          confirm={isArchived ? undefined : 'Archive this class? Students no longer see it and nobody can join; its results are kept.'}
        >
          <p className="text-sm text-stone-700">
            {isArchived ? 'Restore the class to bring it back to your students.' : 'Archive a class at the end of the course: results are kept, students no longer see it.'}
          </p>
          <SubmitButton variant={isArchived ? 'secondary' : 'danger'} className="self-start">
            {isArchived ? 'Restore class' : 'Archive class'}
          </SubmitButton>
        </ActionForm>
      </div>
    </details>
  );
}
