import { useId } from 'react';
import type { LiveCredentials } from '@/lib/auth/members';

/** "2 API keys (“CI”, “Zendesk”) and 1 pending invitation link": what a member made that still works. */
function describeCreated({ apiKeys, invitations }: LiveCredentials): string {
  const parts: string[] = [];
  if (apiKeys.length > 0) {
    const names = apiKeys.map((key) => `“${key.name}”`).join(', ');
    parts.push(`${apiKeys.length} API key${apiKeys.length === 1 ? '' : 's'} (${names})`);
  }
  if (invitations.length > 0) parts.push(`${invitations.length} pending invitation link${invitations.length === 1 ? '' : 's'}`);
  return parts.join(' and ');
}

/** Whether a member made anything that still works. */
export function hasLiveCredentials(created: LiveCredentials | undefined): created is LiveCredentials {
  return created !== undefined && created.apiKeys.length + created.invitations.length > 0;
}

interface RevokeCreatedCheckboxProps {
  created: LiveCredentials;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** Set inside a form: the box posts `revokeCreated` (a hidden "false" first, so unticked still says so). */
  name?: string;
}

/**
 * "Also revoke what they created that still works": offered, ticked by default, wherever a member loses
 * a power their API keys and invitation links would otherwise keep (removal, demotion below admin).
 */
export function RevokeCreatedCheckbox({ created, checked, onChange, name }: RevokeCreatedCheckboxProps) {
  const id = useId();
  return (
    <div className="flex items-start gap-2 rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
      {name && <input type="hidden" name={name} value="false" />}
      <input id={id} type="checkbox" name={name} className="mt-0.5" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <label htmlFor={id}>
        Also revoke what they created that still works: {describeCreated(created)}. Untick to keep an integration running; you can
        revoke it later.
      </label>
    </div>
  );
}
