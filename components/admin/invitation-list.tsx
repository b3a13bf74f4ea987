import type { InvitationDto } from '@/db/queries/invitations';
import { RevokeInvitationButton } from './revoke-invitation-button';

function formatDate(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date);
}

function statusText(invitation: InvitationDto, timeZone: string): string {
  switch (invitation.status) {
    case 'pending':
      return `Waiting, until ${formatDate(invitation.expiresAt, timeZone)}`;
    case 'used':
      return `Used by ${invitation.usedByName ?? 'an account since deleted'}`;
    case 'revoked':
      return 'Withdrawn';
    default:
      return 'Expired';
  }
}

/** The administrators' list of invitation links, pending ones with a Withdraw button. */
export function InvitationList({ invitations, timeZone }: { invitations: InvitationDto[]; timeZone: string }) {
  if (invitations.length === 0) return <p className="text-sm text-stone-700">No invitations yet. Create one above to bring in your first teacher.</p>;
  return (
    <ul className="flex flex-col gap-2" data-testid="invitation-list">
      {invitations.map((invitation) => {
        const who = invitation.email ?? 'No address given';
        return (
          <li key={invitation.id} className="flex flex-col gap-2 rounded-lg border border-stone-200 bg-white p-3 sm:flex-row sm:items-center sm:justify-between">
            <div className="min-w-0">
              <p className="break-words font-medium">
                {who} · {invitation.role === 'admin' ? 'Administrator' : 'Teacher'}
              </p>
              {invitation.note ? <p className="break-words text-sm text-stone-700">{invitation.note}</p> : null}
              <p className="text-sm text-stone-700">
                {statusText(invitation, timeZone)} · made by {invitation.createdByName ?? 'a deleted account'} on {formatDate(invitation.createdAt, timeZone)}
              </p>
            </div>
            {invitation.status === 'pending' ? <RevokeInvitationButton invitationId={invitation.id} label={`Withdraw the invitation for ${who}`} /> : null}
          </li>
        );
      })}
    </ul>
  );
}
