'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { coachDescriptionAction } from '@/app/integrations/agentic-functions/actions';
import type { FunctionType } from '@/lib/domain/constants';
import { QueryProvider } from '@/components/ui/query-provider';

interface DescriptionCoachProps {
  agentId: string;
  type: FunctionType;
  description: string;
  functionId?: string;
  /** The Target Agent as chosen now: a description naming another agent is flagged. */
  targetAgentId?: string;
  /** The example customer messages as typed (one per line): those reading like a sibling's are flagged. */
  examples?: string;
  /** Which hints this one shows, so each sits under its field: both parts share one request. */
  part?: 'description' | 'examples';
}

/** Live warnings about a vague description (the spec's Tip). They advise; they never block saving. */
export function DescriptionCoach(props: DescriptionCoachProps) {
  return (
    <QueryProvider>
      <Hints {...props} />
    </QueryProvider>
  );
}

function Hints({ agentId, type, description, functionId, targetAgentId, examples = '', part }: DescriptionCoachProps) {
  const debounced = useDebounced(description, 250);
  const debouncedExamples = useDebounced(examples, 250);
  const { data: hints = [] } = useQuery({
    queryKey: ['description-coach', agentId, type, functionId ?? null, targetAgentId ?? null, debounced, debouncedExamples],
    queryFn: () => coachDescriptionAction({ agentId, type, description: debounced, functionId, targetAgentId, examples: debouncedExamples }),
    enabled: debounced.trim().length > 0,
    placeholderData: keepPreviousData,
  });
  const visible = description.trim().length > 0 ? hints.filter((hint) => !part || (hint.code === 'example_like_sibling') === (part === 'examples')) : [];
  return (
    <div aria-live="polite">
      {visible.length > 0 && (
        <ul className="mt-2 space-y-1 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-xs text-amber-900">
          {visible.map((hint) => (
            <li key={hint.code + hint.message} data-hint={hint.code}>
              ⚠ {hint.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function useDebounced<T>(value: T, delayMs: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}
