/** What importing a file does (or, in a preview, would do) to one agent, function or routing test. */
export interface ImportPlanItem {
  entity: 'agent' | 'function' | 'test';
  action: 'create' | 'change' | 'keep';
  /** "Billing" or "General Support → Billing (transfer_to_billing)". */
  label: string;
  /** For a change: which fields differ. */
  fields: string[];
  /** Imported disabled, because secrets must be entered again: what to enter. */
  needsSecrets?: string[];
}

export interface ImportPlan {
  items: ImportPlanItem[];
  counts: Record<ImportPlanItem['action'], number>;
  /** Agents, functions and tests of the workspace the file does not mention: import never deletes them. */
  notInFile: { agents: number; functions: number; tests: number };
}

export function summarisePlan(items: ImportPlanItem[], notInFile: ImportPlan['notInFile']): ImportPlan {
  const counts = { create: 0, change: 0, keep: 0 };
  for (const item of items) counts[item.action] += 1;
  return { items, counts, notInFile };
}
