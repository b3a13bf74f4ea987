import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireCaller } from '@/app/_lib/caller';
import { siteOrigin } from '@/app/_lib/origin';
import { leaveClassAction } from '@/app/(per-request)/classes/actions';
import { getDb } from '@/db/client';
import { getClass } from '@/db/queries/classes';
import { ownedAssignments } from '@/db/queries/results-data';
import { AssignmentList } from '@/components/classes/assignment-list';
import { BringStudentsIn } from '@/components/classes/bring-students-in';
import { ClassSettings } from '@/components/classes/class-settings';
import { Roster } from '@/components/classes/roster';
import { ActionForm } from '@/components/ui/action-form';
import { ButtonLink } from '@/components/ui/button-link';
import { IntentLink } from '@/components/nav/intent-link';
import { SubmitButton } from '@/components/ui/submit-button';

type Props = { params: Promise<{ classId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: 'Class' };

export default async function ClassPage({ params, searchParams }: Props) {
  const caller = await requireCaller();
  const { classId } = await params;
  const db = await getDb();
  // A forged or foreign id resolves to null in the query itself, so it looks exactly like a missing class.
  const cls = await getClass(db, caller, classId);
  if (!cls) notFound();
  if (!cls.isOwner || !cls.roster || !cls.joinCode) {
    return (
      <div className="flex flex-col gap-4">
        <h1 className="text-2xl font-bold">{cls.name}</h1>
        <p className="text-stone-700">Teacher: {cls.teacherName}</p>
        <p className="text-stone-700">{cls.studentCount} students in this class.</p>
        <ActionForm action={leaveClassAction} fields={{ classId: cls.id }} confirm={`Leave ${cls.name}? Your teacher keeps the work you did.`}>
          <SubmitButton variant="danger" className="self-start">
            Leave class
          </SubmitButton>
        </ActionForm>
      </div>
    );
  }
  const [assignments, origin, query] = await Promise.all([ownedAssignments(db, caller, cls.id), siteOrigin(), searchParams]);
  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">{cls.name}</h1>
        {cls.archivedAt ? <p className="text-sm font-medium text-stone-700">Archived</p> : null}
        {query.deleted === '1' ? (
          <p className="rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-900" aria-live="polite">
            The student’s account and everything in it were deleted from Cited.
          </p>
        ) : null}
        <div className="flex flex-wrap gap-2">
          <ButtonLink href={`/classes/${cls.id}/results`} variant="primary">
            Results
          </ButtonLink>
          <ButtonLink href="/sets">Assign a set</ButtonLink>
        </div>
      </header>
      <BringStudentsIn classId={cls.id} joinCode={cls.joinCode} joinUrl={`${origin}/join/${cls.joinCode}`} isEmpty={cls.roster.length === 0} isArchived={cls.archivedAt !== null} />
      <AssignmentList classId={cls.id} assignments={assignments} timeZone={caller.timeZone} />
      <Roster classId={cls.id} roster={cls.roster} formerStudents={cls.formerStudents ?? []} />
      <ClassSettings classId={cls.id} name={cls.name} isArchived={cls.archivedAt !== null} />
      <p className="text-sm">
        <IntentLink href="/classes" className="underline">
          All classes
        </IntentLink>
      </p>
    </div>
  );
}
