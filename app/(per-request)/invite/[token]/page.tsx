import type { Metadata } from 'next';
import Link from 'next/link';
import { getCaller } from '@/app/_lib/caller';
import { getDb } from '@/db/client';
import { findOpenInvitation } from '@/db/queries/invitations';
import { AcceptInvitationForm } from '@/components/accept-invitation-form';

export const metadata: Metadata = { title: 'Invitation', referrer: 'no-referrer' };

type Props = { params: Promise<{ token: string }> };

export default async function InvitationPage({ params }: Props) {
  const { token } = await params;
  const invitation = await findOpenInvitation(await getDb(), token);
  if (!invitation) {
    return (
      <div className="mx-auto flex max-w-sm flex-col gap-4">
        <h1 className="text-2xl font-bold">This invitation no longer works</h1>
        <p className="text-stone-700">The link has been used, withdrawn or has expired. Ask the person who sent it for a new one.</p>
        <Link href="/signin" className="font-medium underline">
          Sign in to an existing account
        </Link>
      </div>
    );
  }
  const caller = await getCaller();
  const role = invitation.role === 'admin' ? 'an administrator' : 'a teacher';
  return (
    <div className="mx-auto flex max-w-sm flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">Join Cited as {role}</h1>
        <p className="text-stone-700">
          {invitation.invitedBy ?? 'An administrator'} invited you{invitation.email ? ` (${invitation.email})` : ''}. Create your account to set up classes and assign quizzes.
        </p>
        {caller ? (
          <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            You are signed in as {caller.displayName}. The account below will be a new, separate one.
          </p>
        ) : null}
      </div>
      <AcceptInvitationForm token={token} email={invitation.email} />
    </div>
  );
}
