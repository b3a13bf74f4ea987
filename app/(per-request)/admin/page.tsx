import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireCaller } from '@/app/_lib/caller';
import { getDb } from '@/db/client';
import { listInvitations, type InvitationDto } from '@/db/queries/invitations';
import { isOpenTeacherSignUp } from '@/db/queries/settings';
import { InviteForm } from '@/components/admin/invite-form';
import { InvitationList } from '@/components/admin/invitation-list';
import { OpenSignUpForm } from '@/components/admin/open-sign-up-form';

export const metadata: Metadata = { title: 'Administration' };

export default async function AdminPage() {
  const caller = await requireCaller();
  const db = await getDb();
  const invitations: InvitationDto[] | null = await listInvitations(db, caller);
  // Not an administrator: the page does not exist for them.
  if (!invitations) notFound();
  const isOpen = await isOpenTeacherSignUp(db);
  return (
    <div className="flex flex-col gap-8">
      <h1 className="text-2xl font-bold">Administration</h1>
      <section className="flex flex-col gap-3" aria-labelledby="invite-heading">
        <h2 id="invite-heading" className="text-lg font-semibold">
          Invite a teacher
        </h2>
        <p className="text-sm text-stone-700">Teacher accounts come from an invitation link. Create one, then send it by email or chat.</p>
        <InviteForm />
      </section>
      <section className="flex flex-col gap-3" aria-labelledby="invitations-heading">
        <h2 id="invitations-heading" className="text-lg font-semibold">
          Invitations
        </h2>
        <InvitationList invitations={invitations} timeZone={caller.timeZone} />
      </section>
      <section className="flex flex-col gap-3" aria-labelledby="signup-heading">
        <h2 id="signup-heading" className="text-lg font-semibold">
          Teacher sign-up
        </h2>
        <OpenSignUpForm isOpen={isOpen} />
      </section>
      <section className="flex flex-col gap-2" aria-labelledby="outbox-heading">
        <h2 id="outbox-heading" className="text-lg font-semibold">
          Outbox
        </h2>
        <p className="text-sm text-stone-700">
          Cited has no mail server configured, so the messages it would email (sign-up notices) wait here.{' '}
          <Link href="/admin/outbox" className="font-medium underline">
            Read the outbox
          </Link>
        </p>
      </section>
    </div>
  );
}
