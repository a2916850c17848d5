import { seededRandom } from './stats';

const TEAMS = ['Billing', 'Refunds', 'Returns', 'Shipping', 'Accounts', 'Security', 'Sales', 'Retention', 'Technical', 'Hardware'];
const TOPICS = ['invoices', 'late payments', 'parcel tracking', 'password resets', 'broken screens', 'upgrades', 'cancellations', 'fraud alerts', 'warranty claims', 'installation'];
const REGIONS = ['North', 'South', 'East', 'West', 'Central', 'Coastal'];

/**
 * A large workspace as the import API takes it (format version 1): `agents` agents named by team and
 * region, each handing off to `handoffsPerAgent` others with its own description, so every page and
 * listing has real text to render. Seeded: every run builds the same workspace.
 */
export function scaleWorkspaceDocument(agents: number, handoffsPerAgent: number) {
  const random = seededRandom(300);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  const list = Array.from({ length: agents }, (_, i) => {
    const team = TEAMS[i % TEAMS.length] as string;
    const name = `${team} ${REGIONS[Math.floor(i / TEAMS.length) % REGIONS.length]} ${Math.floor(i / (TEAMS.length * REGIONS.length)) + 1}`;
    return {
      slug: name.toLowerCase().replaceAll(' ', '-'),
      name,
      description: `Handles ${pick(TOPICS)} and ${pick(TOPICS)} for the ${team.toLowerCase()} team.`,
      instructions: `You are ${name}. Answer briefly and hand off what another team serves.`,
      greeting: `Hi, ${name} here.`,
    };
  });
  const functions = list.flatMap((agent, i) =>
    Array.from({ length: handoffsPerAgent }, (_, k) => {
      const target = list[(i + 1 + k * 7) % list.length] as (typeof list)[number];
      return {
        agent: agent.slug,
        phase: 'during_session',
        type: 'agent_handoff',
        enabled: random() > 0.05,
        target: target.slug,
        config: { description: `Hand off to ${target.name} when the customer asks about ${pick(TOPICS)} or ${pick(TOPICS)}.` },
      };
    }),
  );
  return { format: 'switchboard.workspace', version: 1, exportedAt: new Date(0).toISOString(), agents: list, functions };
}
