'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@/components/ui/link';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { SessionEvent } from '@/lib/conversation/events';
import { MESSAGE_MAX_LENGTH } from '@/lib/sessions/limits';
import type { SessionWithEvents } from '@/lib/sessions/service';
import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { FormAlert } from '@/components/ui/form-alert';
import { QueryProvider } from '@/components/ui/query-provider';
import { useHydrated } from '@/components/ui/use-hydrated';
import { useMediaQuery, WIDE_QUERY } from '@/components/ui/use-media-query';
import { ConversationEnded } from './conversation-ended';
import { endConversation, fetchGreeting, fetchSession, sendCustomerMessage, sessionKey, type CustomerMessage } from './session-api';
import { TestChatAside } from './test-chat-aside';
import { Transcript } from './transcript';
import { useSessionInUrl } from './use-session-in-url';

const EVENT_COUNT = new Intl.NumberFormat('en-US');

interface ChatPaneProps {
  agents: { id: string; name: string }[];
  /** Names of the agents a continued session mentions, deleted ones marked: "Billing (deleted)". */
  pastAgentNames?: Record<string, string>;
  initialAgentId: string;
  /** The initial agent's greeting as written: shown until the first message starts the session. */
  initialGreeting: string;
  /** A past session to continue (from Session history); otherwise a new one starts with the first message. */
  resumeSessionId?: string;
  engineLabel: string;
  /** Beside the functions page the start agent is that page's agent; on Test Chat it can be chosen. */
  fixedStartAgent?: boolean;
  title?: string;
  /** Test Chat: on a wide screen, the offered tools and the selected handoff's why sit beside the transcript. */
  sidePanels?: boolean;
  /** Test Chat: the session is kept in the address (`?session=`), so a reload or Back returns to it. */
  sessionInUrl?: boolean;
}

/**
 * A test conversation: the LLM (simulated or real) answers or hands off live, and each handoff shows
 * why. Configuration is read by the server on every message, so an edit saved beside it applies at once.
 */
export function ChatPane(props: ChatPaneProps) {
  return (
    <QueryProvider>
      <Conversation {...props} />
    </QueryProvider>
  );
}

function Conversation({
  agents,
  pastAgentNames,
  initialAgentId,
  initialGreeting,
  resumeSessionId,
  engineLabel,
  fixedStartAgent = false,
  title = 'Test Chat',
  sidePanels = false,
  sessionInUrl = false,
}: ChatPaneProps) {
  const queryClient = useQueryClient();
  const [startAgentId, setStartAgentId] = useState(initialAgentId);
  const [sessionId, setSessionId] = useState<string | null>(resumeSessionId ?? null);
  const [draft, setDraft] = useState('');
  const hydrated = useHydrated();
  // The handoff card the admin picked; null follows the newest handoff.
  const [pickedHandoffId, setPickedHandoffId] = useState<string | null>(null);
  const wide = useMediaQuery(WIDE_QUERY) && sidePanels;
  const logRef = useRef<HTMLDivElement>(null);
  const ids = { start: useId(), message: useId(), messageError: useId() };
  const agentName = useCallback(
    (id: string) => agents.find((agent) => agent.id === id)?.name ?? pastAgentNames?.[id] ?? 'Unknown agent',
    [agents, pastAgentNames],
  );

  const keepInUrl = useSessionInUrl(sessionInUrl);
  // Bumped by every reset: a first message still on its way must not bring back the session it started.
  const conversation = useRef(0);
  const showSession = useCallback(
    (id: string | null, agentId: string) => {
      setSessionId(id);
      keepInUrl(id, agentId);
    },
    [keepInUrl],
  );
  const reset = (agentId: string) => {
    conversation.current += 1;
    setPickedHandoffId(null);
    showSession(null, agentId);
  };
  const session = useQuery({
    queryKey: sessionKey(sessionId),
    queryFn: () => fetchSession(sessionId as string),
    enabled: sessionId !== null,
  });
  // Until the first message there is no session: the start agent's greeting is shown from the agent itself.
  const greeting = useQuery({
    queryKey: ['agent-greeting', startAgentId],
    queryFn: () => fetchGreeting(startAgentId),
    initialData: startAgentId === initialAgentId ? initialGreeting : undefined,
    enabled: sessionId === null,
  });
  const send = useMutation({
    mutationFn: ({ message, conversation: asked }: { message: CustomerMessage; conversation: number }) =>
      sendCustomerMessage(message, (started) => {
        if (asked !== conversation.current) return;
        queryClient.setQueryData(sessionKey(started.id), started);
        showSession(started.id, started.startAgentId);
      }),
    onSuccess: ({ sessionId: id, turn }, { conversation: asked }) => {
      queryClient.invalidateQueries({ queryKey: ['sessions'] });
      if (asked !== conversation.current) return;
      setDraft('');
      if (!turn) return;
      queryClient.setQueryData<SessionWithEvents>(sessionKey(id), (current) =>
        current ? { ...current, activeAgentId: turn.activeAgentId, endedAt: turn.endedAt, events: [...current.events, ...turn.events] } : current,
      );
      // A new handoff is what the admin wants to see next; the tools may have been edited meanwhile.
      if (turn.events.some((event) => event.type === 'handoff')) setPickedHandoffId(null);
      queryClient.invalidateQueries({ queryKey: ['agent-tools'] });
    },
    // Ended elsewhere (another tab, the API): reload it, so the pane shows it ended.
    onError: () => queryClient.invalidateQueries({ queryKey: ['session'] }),
  });
  const end = useMutation({
    mutationFn: () => endConversation(sessionId as string),
    onSuccess: (ended) => {
      queryClient.setQueryData<SessionWithEvents>(sessionKey(sessionId), (current) =>
        current ? { ...current, endedAt: ended.endedAt, events: [...current.events, ...ended.events] } : current,
      );
      queryClient.invalidateQueries({ queryKey: ['sessions'] });
    },
    onError: () => queryClient.invalidateQueries({ queryKey: sessionKey(sessionId) }),
  });

  const events: SessionEvent[] = sessionId
    ? (session.data?.events ?? [])
    : greeting.data
      ? [{ type: 'message', role: 'assistant', agentId: startAgentId, content: greeting.data, kind: 'greeting', id: 'greeting-preview', seq: 0, createdAt: '' }]
      : [];
  // A continued long session loads only its newest page; the rest stays on the transcript page.
  const earlier = session.data?.page.earlier ?? 0;
  useEffect(() => {
    logRef.current?.scrollTo({ top: logRef.current.scrollHeight });
  }, [events.length, send.isPending]);

  const submit = () => {
    const content = draft.trim();
    if (!content || send.isPending) return;
    send.mutate({ message: { sessionId, startAgentId, content }, conversation: conversation.current });
  };
  const ended = Boolean(session.data?.endedAt);
  const activeAgentId = session.data?.activeAgentId ?? startAgentId;
  const activeAgent = agentName(activeAgentId);
  const handoffs = events.filter((event): event is Extract<SessionEvent, { type: 'handoff' }> => event.type === 'handoff');
  const selectedHandoff = handoffs.find((event) => event.id === pickedHandoffId) ?? handoffs.at(-1) ?? null;

  const pane = (
    <section aria-label={title} className="flex h-full min-h-[32rem] flex-col rounded-xl border border-slate-200 bg-white shadow-sm">
      <header className="space-y-2 border-b border-slate-200 px-4 py-3">
        {/* Wraps on a phone: a long agent name and two buttons do not fit one 390px line. */}
        <div className="flex flex-wrap items-center justify-between gap-x-2 gap-y-1">
          <h2 className="min-w-0 break-words font-semibold">{title}</h2>
          <div className="flex flex-wrap items-center gap-1">
            <Button variant="ghost" size="xs" onClick={() => end.mutate()} disabled={!sessionId || ended || end.isPending || send.isPending}>
              End conversation
            </Button>
            {/* Nothing to reset before the first message: no session exists yet. */}
            <Button variant="ghost" size="xs" onClick={() => reset(startAgentId)} disabled={!hydrated || !sessionId || send.isPending}>
              Reset conversation
            </Button>
          </div>
        </div>
        {!fixedStartAgent && (
          <div className="flex flex-wrap items-center gap-2 text-sm">
            <label htmlFor={ids.start} className="text-slate-600">
              Start agent
            </label>
            <select
              id={ids.start}
              value={startAgentId}
              onChange={(event) => {
                setStartAgentId(event.target.value);
                reset(event.target.value);
              }}
              disabled={!hydrated || send.isPending}
              aria-describedby={sessionId ? `${ids.start}-hint` : undefined}
              className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
            >
              {agents.map((agent) => (
                <option key={agent.id} value={agent.id}>
                  {agent.name}
                </option>
              ))}
            </select>
            {sessionId && (
              // Choosing another start agent is a new conversation: say where this one goes.
              <span id={`${ids.start}-hint`} className="text-xs text-slate-500">
                Another starts a new conversation; this one stays in{' '}
                <Link href="/test-chat/sessions" className="text-indigo-700 underline">
                  Session history
                </Link>
                .
              </span>
            )}
          </div>
        )}
        <div className="flex flex-wrap items-center justify-between gap-2 text-xs text-slate-500">
          <p role="status" aria-live="polite" className="text-sm text-slate-700">
            Active agent: <strong data-testid="active-agent">{activeAgent}</strong>
          </p>
          <p>Engine: {engineLabel}</p>
        </div>
      </header>
      <div
        ref={logRef}
        role="log"
        aria-live="polite"
        aria-label="Conversation"
        tabIndex={0}
        // Beside its panels the pane fits the window, so the composer stays in view at 1440×900.
        className={cn('max-h-[60vh] min-h-64 flex-1 overflow-y-auto bg-slate-50 px-4 py-4', sidePanels && 'xl:max-h-[calc(100vh-28rem)]')}
      >
        {greeting.isError && <FormAlert>{greeting.error.message}</FormAlert>}
        {end.isError && <FormAlert>{end.error.message}</FormAlert>}
        {earlier > 0 && sessionId && (
          <p className="mb-3 text-center text-xs text-slate-500">
            {EVENT_COUNT.format(earlier)} earlier {earlier === 1 ? 'event is' : 'events are'} not shown here:{' '}
            <Link href={`/test-chat/sessions/${sessionId}`} className="text-indigo-700 hover:underline">
              read them in the transcript
            </Link>
          </p>
        )}
        <Transcript
          events={events}
          agentName={agentName}
          saveAsTest={sessionId ? { sessionId } : undefined}
          handoffSelection={wide ? { selectedId: selectedHandoff?.id ?? null, onSelect: setPickedHandoffId } : undefined}
        />
        {send.isPending && <p className="mt-3 text-xs text-slate-500">{activeAgent} is thinking…</p>}
      </div>
      {ended ? (
        <ConversationEnded onStartNew={() => reset(startAgentId)} pending={send.isPending} />
      ) : (
        <form
          className="space-y-2 border-t border-slate-200 px-4 py-3"
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <label htmlFor={ids.message} className="sr-only">
            Message
          </label>
          <textarea
            id={ids.message}
            rows={2}
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && !event.shiftKey) {
                event.preventDefault();
                submit();
              }
            }}
            // Typed before the pane hydrates, a message would be shown and then dropped.
            disabled={!hydrated}
            aria-describedby={ids.messageError}
            aria-invalid={send.isError || draft.length > MESSAGE_MAX_LENGTH ? true : undefined}
            placeholder="Write as the customer… (Enter to send, Shift+Enter for a new line)"
            className="block w-full resize-none rounded-md border border-slate-300 px-3 py-2 text-sm focus:border-indigo-500"
          />
          <p id={ids.messageError} aria-live="polite" className="text-xs text-rose-700">
            {draft.length > MESSAGE_MAX_LENGTH ? `A message can be at most ${MESSAGE_MAX_LENGTH} characters.` : send.isError ? send.error.message : ''}
          </p>
          <div className="flex items-center justify-between">
            <Link href="/test-chat/sessions" className="text-xs text-indigo-700 hover:underline">
              Session history
            </Link>
            <Button type="submit" disabled={!hydrated || send.isPending || draft.trim().length === 0}>
              Send
            </Button>
          </div>
        </form>
      )}
    </section>
  );
  if (!sidePanels) return pane;
  return (
    <div className="xl:grid xl:grid-cols-[minmax(0,1fr)_minmax(18rem,26rem)] xl:items-start xl:gap-6">
      {pane}
      {wide && <TestChatAside activeAgentId={activeAgentId} agentName={agentName} selectedHandoff={selectedHandoff} />}
    </div>
  );
}
