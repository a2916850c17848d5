import { getPageContext } from '@/lib/server/page-context';
import { latestTestRun } from '@/lib/test-runs/service';
import { RunPanel } from './run-panel';

/** Run tests for one agent, with its latest run: the server half of the panel. */
export async function RunAgentPanel({ agentId, caseCount }: { agentId: string; caseCount: number }) {
  const latest = await latestTestRun(await getPageContext(), agentId);
  return <RunPanel agentId={agentId} caseCount={caseCount} latest={latest} />;
}
