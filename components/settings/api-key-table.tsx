import { TimeAgo } from '@/components/review/time-ago';
import { DataTable } from '@/components/ui/data-table';
import type { ApiKeyView } from '@/lib/auth/api-keys';
import { ROLE_LABELS } from '@/lib/auth/roles';
import { cn } from '@/components/ui/cn';
import { RevokeApiKeyButton } from './revoke-api-key-button';

const COLUMNS = [
  { label: 'Name' },
  { label: 'Role' },
  { label: 'Key' },
  { label: 'Created by' },
  { label: 'Created' },
  { label: 'Last used' },
  { label: 'Status' },
  { label: 'Actions', hidden: true },
];

/** The workspace's keys, revoked ones greyed; never more of a key than its first characters. */
export function ApiKeyTable({ keys, now }: { keys: ApiKeyView[]; now: number }) {
  return (
    <DataTable columns={COLUMNS}>
      {keys.map((key) => (
        <tr key={key.id} className={cn(key.revokedAt && 'bg-slate-50 text-slate-500')}>
          <th scope="row" className="px-4 py-3 font-medium">
            {key.name}
          </th>
          <td className="px-4 py-3">{ROLE_LABELS[key.role]}</td>
          <td className="px-4 py-3 whitespace-nowrap">
            <code className="font-mono text-xs">{key.prefix}…</code>
          </td>
          <td className="px-4 py-3">{key.createdBy}</td>
          <td className="px-4 py-3 whitespace-nowrap">
            <TimeAgo iso={key.createdAt.toISOString()} now={now} />
          </td>
          <td className="px-4 py-3 whitespace-nowrap">{key.lastUsedAt ? <TimeAgo iso={key.lastUsedAt.toISOString()} now={now} /> : 'never'}</td>
          <td className="px-4 py-3 whitespace-nowrap">
            {key.revokedAt ? (
              <>
                Revoked <TimeAgo iso={key.revokedAt.toISOString()} now={now} />
              </>
            ) : (
              <span className="font-medium text-emerald-700">Active</span>
            )}
          </td>
          <td className="px-4 py-3 text-right">{!key.revokedAt && <RevokeApiKeyButton id={key.id} name={key.name} prefix={key.prefix} />}</td>
        </tr>
      ))}
    </DataTable>
  );
}
