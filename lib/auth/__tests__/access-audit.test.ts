import { describe, expect, it } from 'vitest';
import { HistoryQuerySchema, listWorkspaceHistory } from '@/lib/functions/history';
import { setupTestContext } from '@/lib/testing/fixtures';
import { createApiKey, revokeApiKey } from '../api-keys';
import { createInvitation, revokeInvitation } from '../invitations';
import { changeMemberRole, removeMember } from '../members';
import { addMember, setUpOwner } from './team-fixtures';

const t = setupTestContext();

describe('the audit log records who changed access', () => {
  it('joins, role changes, removals, links and API keys, each with its real actor, and never a secret', async () => {
    const { asOwner } = await setUpOwner(t.ctx);
    const bo = await addMember(asOwner, 'Bo', 'viewer');
    await changeMemberRole(asOwner, bo.id, 'editor');
    await removeMember(asOwner, bo.id);
    const { invitation } = await createInvitation(asOwner, { role: 'viewer' });
    await revokeInvitation(asOwner, invitation.id);
    const { apiKey, key } = await createApiKey(asOwner, { name: 'CI', role: 'editor' });
    await revokeApiKey(asOwner, apiKey.id);

    const { items: history } = await listWorkspaceHistory(asOwner, HistoryQuerySchema.parse({ size: '100' }));
    const lines = history.map((record) => `${record.entityType} ${record.action} by ${record.actor}`).reverse();
    expect(lines).toEqual([
      'invitation create by ana@example.com',
      'member create by bo@example.com',
      'member update by ana@example.com',
      'member delete by ana@example.com',
      'invitation create by ana@example.com',
      'invitation delete by ana@example.com',
      'api_key create by ana@example.com',
      'api_key delete by ana@example.com',
    ]);
    const roleChange = history.find((record) => record.entityType === 'member' && record.action === 'update');
    expect([roleChange?.before?.role, roleChange?.after?.role]).toEqual(['viewer', 'editor']);
    expect(JSON.stringify(history)).not.toContain(key);
  });
});
