import os from 'node:os';
import { CONTEXT_MAX_MESSAGES } from '@/lib/conversation/context-window';
import { createSimulatedEngine } from '@/lib/conversation/engines/simulated';
import type { ServiceContext } from '@/lib/domain/context';
import { SESSION_EVENTS_MAX_PAGE, TRANSCRIPT_PAGE_SIZE } from '@/lib/sessions/schema';
import { createSession, getSession, sendMessage } from '@/lib/sessions/service';
import { makeAgent, makeHandoff } from '@/lib/testing/factories';
import { createTestContext } from '@/lib/testing/test-context';
import { median, ms } from './stats';
import type { Bench } from './types';

const MESSAGES = 1000;
/** Each end of the session is measured over this many messages around it. */
const SAMPLE = 20;
// Billing and Technical Support hand to each other, so most messages hand off and store a scored handoff.
const SAYS = [
  'I was charged twice on my last invoice and want a refund',
  'The app crashes with an error message when I log in',
  'Thanks, and what are your opening hours?',
];

async function supportTeam(ctx: ServiceContext) {
  const general = await makeAgent(ctx, 'General Support', 'Answers general questions and routes to specialists.');
  const billing = await makeAgent(ctx, 'Billing', 'Invoices, payments, charges and refunds.');
  const tech = await makeAgent(ctx, 'Technical Support', 'Login problems, errors and app crashes.');
  const toBilling = 'Hand off when the customer asks about invoices, payments, charges on their card or refunds.';
  const toTech = 'Hand off when the customer reports an error message, cannot log in, or the app crashes.';
  await makeHandoff(ctx, general.id, { targetAgentId: billing.id, description: toBilling });
  await makeHandoff(ctx, general.id, { targetAgentId: tech.id, description: toTech });
  await makeHandoff(ctx, billing.id, { targetAgentId: tech.id, description: toTech });
  await makeHandoff(ctx, tech.id, { targetAgentId: billing.id, description: toBilling });
  return general;
}

const kilobytes = (value: unknown) => `${(Buffer.byteLength(JSON.stringify(value)) / 1024).toFixed(0)} KB`;

interface Timing {
  wall: number;
  cpu: number;
}

/**
 * Message latency (sendMessage end to end, on a temp database) at the 10th, ~500th and ~1,000th message
 * of a session, and the size of its transcript's pages.
 */
export const sessionLatencyBench: Bench = {
  name: 'long session (sendMessage, simulated model on words)',
  async run() {
    const ctx = await createTestContext('bench');
    try {
      const general = await supportTeam(ctx);
      // Words only: the encoder's cost per message does not depend on how long the session is.
      const engine = createSimulatedEngine({ encoder: false });
      const say = (i: number) => ({ content: SAYS[i % SAYS.length] as string });
      const build = async (messages: number) => {
        const session = await createSession(ctx, { agentId: general.id }, engine);
        for (let i = 0; i < messages; i += 1) await sendMessage(ctx, session.id, say(i), engine);
        return session.id;
      };
      // Wall time is what the person waits; CPU time is the same work with other processes' load taken out.
      const timed = async (sessionId: string, i: number): Promise<Timing> => {
        const start = performance.now();
        const cpu = process.cpuUsage();
        await sendMessage(ctx, sessionId, say(i), engine);
        const used = process.cpuUsage(cpu);
        return { wall: performance.now() - start, cpu: (used.user + used.system) / 1000 };
      };

      const middle = await build(MESSAGES / 2 - SAMPLE);
      const longest = await build(MESSAGES - SAMPLE);
      const points = [
        { label: '10th message', times: [] as Timing[] },
        { label: `messages ${MESSAGES / 2 - SAMPLE + 1}–${MESSAGES / 2}`, times: [] as Timing[] },
        { label: `messages ${MESSAGES - SAMPLE + 1}–${MESSAGES}`, times: [] as Timing[] },
      ] as const;
      // The three take turns, so a change in machine load touches them alike.
      for (let k = 0; k < SAMPLE; k += 1) {
        points[0].times.push(await timed(await build(9), 9));
        points[1].times.push(await timed(middle, k));
        points[2].times.push(await timed(longest, k));
      }
      const load = os.loadavg().map((value) => value.toFixed(2)).join(' ');
      console.log(`each LLM sees at most ${CONTEXT_MAX_MESSAGES} messages; ${SAMPLE} messages at each point, taking turns (load average ${load}):`);
      for (const key of ['wall', 'cpu'] as const) {
        const [first = 0, , last = 0] = points.map((point) => median(point.times.map((time) => time[key])));
        const said = points.map((point) => `${point.label} ${ms(median(point.times.map((time) => time[key])))}`).join(', ');
        console.log(`  median ${key === 'wall' ? 'latency' : 'CPU time'}: ${said}; 10th → 1,000th ×${(last / first).toFixed(2)}`);
      }

      const newest = await getSession(ctx, longest, { limit: TRANSCRIPT_PAGE_SIZE });
      const largest = await getSession(ctx, longest);
      console.log(
        `transcript of ${MESSAGES} messages: ${newest.page.total} events; the transcript page's newest ${TRANSCRIPT_PAGE_SIZE} ` +
          `are ${kilobytes(newest)} of JSON, the largest API page (${SESSION_EVENTS_MAX_PAGE}) ${kilobytes(largest)}`,
      );
    } finally {
      await ctx.close();
    }
  },
};
