import { TimeAgo } from '@/components/review/time-ago';
import { DataTable } from '@/components/ui/data-table';
import type { LiveCredentials, Member } from '@/lib/auth/members';
import { ROLE_LABELS, type Role } from '@/lib/auth/roles';
import { MemberRoleForm } from './member-role-form';
import { RemoveMemberButton } from './remove-member-button';

const COLUMNS = [{ label: 'Name' }, { label: 'Email' }, { label: 'Role' }, { label: 'Joined' }, { label: 'Actions', hidden: true }];

interface MemberTableProps {
  members: Member[];
  /** The signed-in person, marked "(you)". */
  viewerId: string | null;
  /** Whether owners' rows get controls; the service refuses what the UI would not offer anyway. */
  viewerRole: Role;
  /** Live API keys and invitation links by who made them, offered for revocation when their maker is removed or demoted. */
  credentialsByCreator: Map<string, LiveCredentials>;
  now: number;
}

export function MemberTable({ members, viewerId, viewerRole, credentialsByCreator, now }: MemberTableProps) {
  const owners = members.filter((member) => member.role === 'owner').length;
  return (
    <DataTable columns={COLUMNS}>
      {members.map((member) => {
        // Admins cannot touch an owner, and nobody the last owner: no control that can only be refused.
        const manageable = member.role !== 'owner' || (viewerRole === 'owner' && owners > 1);
        return (
          <tr key={member.userId}>
            <th scope="row" className="px-4 py-3 font-medium">
              {member.name}
              {member.userId === viewerId && <span className="ml-1 font-normal text-slate-500">(you)</span>}
            </th>
            <td className="px-4 py-3">{member.email}</td>
            <td className="px-4 py-3">
              {manageable ? (
                <MemberRoleForm userId={member.userId} email={member.email} role={member.role} created={credentialsByCreator.get(member.email)} />
              ) : (
                <>
                  {ROLE_LABELS[member.role]}
                  {owners === 1 && <span className="block text-xs text-slate-500">The only owner: a workspace needs one.</span>}
                </>
              )}
            </td>
            <td className="px-4 py-3 whitespace-nowrap">
              <TimeAgo iso={member.joinedAt.toISOString()} now={now} />
            </td>
            <td className="px-4 py-3 text-right">
              {manageable && <RemoveMemberButton userId={member.userId} email={member.email} created={credentialsByCreator.get(member.email)} />}
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
