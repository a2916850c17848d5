/** What a review finding is: its kinds, their labels and its shape (the checks are in findings.ts). */

export const FINDING_KINDS = ['vague_description', 'wrong_target', 'overlapping_handoffs', 'example_like_sibling', 'unreachable_agent', 'no_way_back', 'disabled_function', 'webhook_test_failed', 'pre_session_never_runs'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export const FINDING_LABELS: Record<FindingKind, string> = {
  vague_description: 'Vague description',
  wrong_target: 'Names another agent',
  overlapping_handoffs: 'Overlapping handoffs',
  example_like_sibling: "Example reads like another handoff's",
  unreachable_agent: 'Unreachable agent',
  no_way_back: 'No way back',
  disabled_function: 'Disabled function',
  webhook_test_failed: 'Webhook failed its last test call',
  pre_session_never_runs: 'Pre-Session function never runs',
};

/** Something the admin should look at, with why and where to fix it. */
export interface Finding {
  /** Stable across reloads: kind plus the ids involved. */
  id: string;
  kind: FindingKind;
  /** Warnings can misroute conversations; information is worth knowing but may be intended. */
  severity: 'warning' | 'info';
  title: string;
  reason: string;
  fix: { href: string; label: string };
  agentIds: string[];
  functionIds: string[];
}
