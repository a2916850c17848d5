'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import type { AgentOption } from './routing-test-form';
import { RoutingTestDialog } from './routing-test-dialog';

/** "Add test": an empty routing test for `startAgent`. */
export function AddRoutingTestButton({ startAgent, agents }: { startAgent: AgentOption; agents: AgentOption[] }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        <span aria-hidden>+</span> Add test
      </Button>
      <RoutingTestDialog open={open} onClose={() => setOpen(false)} startAgent={startAgent} agents={agents} />
    </>
  );
}
