'use client';

import type { HandoffEvent } from '@/lib/conversation/events';
import { HandoffWhyPanel } from './handoff-why-panel';
import { OfferedToolsPanel } from './offered-tools-panel';

interface TestChatAsideProps {
  activeAgentId: string;
  agentName: (id: string) => string;
  selectedHandoff: HandoffEvent | null;
}

/** Test Chat's column beside the transcript on a wide screen: what the admin tests with. */
export function TestChatAside({ activeAgentId, agentName, selectedHandoff }: TestChatAsideProps) {
  return (
    <div className="min-w-0 space-y-4">
      <OfferedToolsPanel agentId={activeAgentId} agentName={agentName(activeAgentId)} />
      <HandoffWhyPanel event={selectedHandoff} agentName={agentName} />
    </div>
  );
}
