/** The tuples behind every enum column and schema, kept in one place. */

export const PHASES = ['pre_session', 'during_session', 'post_session'] as const;
export type Phase = (typeof PHASES)[number];

export const PHASE_LABELS: Record<Phase, string> = {
  pre_session: 'Pre-Session',
  during_session: 'During-Session',
  post_session: 'Post-Session',
};

export const FUNCTION_TYPES = ['agent_handoff', 'custom_function', 'end_session'] as const;
export type FunctionType = (typeof FUNCTION_TYPES)[number];

/** `member`, `invitation` and `api_key`: who may get in, changed by owners and admins. */
export const AUDIT_ENTITIES = ['agent', 'function', 'routing_test', 'member', 'invitation', 'api_key', 'webhook_secret'] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

export const AUDIT_ACTIONS = ['create', 'update', 'enable', 'disable', 'delete', 'restore'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** `function_call`: a Custom Function's webhook call (request, status, duration, result or error); `session_end`: the conversation ended. */
export const SESSION_EVENT_TYPES = ['message', 'tool_call', 'handoff', 'guard', 'error', 'function_call', 'session_end'] as const;
export type SessionEventType = (typeof SESSION_EVENT_TYPES)[number];

export const TEST_RUN_STATUSES = ['running', 'finished', 'cancelled'] as const;
export type TestRunStatus = (typeof TEST_RUN_STATUSES)[number];

/** Until users and workspaces arrive, everything lives in this one workspace. */
export const DEFAULT_WORKSPACE_ID = 'ws_default';
