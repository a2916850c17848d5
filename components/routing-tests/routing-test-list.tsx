import type { RoutingTestView } from '@/lib/routing-tests/view';
import type { AgentOption } from './routing-test-form';
import { RoutingTestRow } from './routing-test-row';

/** One agent's cases in their order, or what to do when there are none. */
export function RoutingTestList({ agent, agents, tests, canEdit }: { agent: AgentOption; agents: AgentOption[]; tests: RoutingTestView[]; canEdit: boolean }) {
  if (tests.length === 0) {
    return <p className="text-sm text-slate-500">{canEdit ? 'No tests yet. Add one, import a CSV, or use “Save as test” on a customer message in Test Chat.' : 'No tests yet.'}</p>;
  }
  return (
    <ul aria-label={`Routing tests of ${agent.name}`} className="space-y-2">
      {tests.map((test) => (
        <RoutingTestRow key={test.id} test={test} startAgent={agent} agents={agents} />
      ))}
    </ul>
  );
}
