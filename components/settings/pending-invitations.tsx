import { TimeAgo } from '@/components/review/time-ago';
import { DataTable } from '@/components/ui/data-table';
import type { InvitationView } from '@/lib/auth/invitations';
import { ROLE_LABELS } from '@/lib/auth/roles';
import { RevokeInvitationButton } from './revoke-invitation-button';

const COLUMNS = [{ label: 'Role' }, { label: 'Created by' }, { label: 'Created' }, { label: 'Expires' }, { label: 'Actions', hidden: true }];

/** Links not used, revoked or expired yet; their tokens are not kept, so only Revoke is offered. */
export function PendingInvitations({ invitations, now }: { invitations: InvitationView[]; now: number }) {
  return (
    <DataTable columns={COLUMNS}>
      {invitations.map((invitation) => (
        <tr key={invitation.id}>
          <th scope="row" className="px-4 py-3 font-medium">
            {ROLE_LABELS[invitation.role]}
          </th>
          <td className="px-4 py-3">{invitation.createdBy}</td>
          <td className="px-4 py-3 whitespace-nowrap">
            <TimeAgo iso={invitation.createdAt.toISOString()} now={now} />
          </td>
          <td className="px-4 py-3 whitespace-nowrap">
            <TimeAgo iso={invitation.expiresAt.toISOString()} now={now} />
          </td>
          <td className="px-4 py-3 text-right">
            <RevokeInvitationButton
              id={invitation.id}
              role={invitation.role}
              createdBy={invitation.createdBy}
              createdAt={invitation.createdAt.toISOString()}
            />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
