import { guardCell, toCsv } from './csv';
import type { CsvAgent } from './csv-cases';
import type { RoutingTestView } from './view';

/**
 * Cases as the CSV import reads them: `message,expected` when every case is one unnamed message; else
 * a `name` column first and as many `message` columns as the longest case has (read left to right).
 * Expected is the agent's name; "no handoff" (empty, if an agent is called that) when the case must
 * stay; a deleted agent's id, which import then names as unknown.
 */
export function routingTestsToCsv(tests: RoutingTestView[], agents: CsvAgent[]): string {
  const named = tests.some((test) => test.name !== null);
  const width = Math.max(1, ...tests.map((test) => test.messages.length));
  const header = [...(named ? ['name'] : []), ...Array<string>(width).fill('message'), 'expected'];
  const nameById = new Map(agents.map((agent) => [agent.id, agent.name]));
  const noHandoffIsAnAgent = agents.some((agent) => agent.name.toLowerCase() === 'no handoff' || agent.slug === 'no-handoff');
  const rows = tests.map((test) => {
    const messages = Array.from({ length: width }, (_, i) => test.messages[i] ?? '');
    const target = test.expect.handoffTo;
    const expected = target === null ? (noHandoffIsAnAgent ? '' : 'no handoff') : (nameById.get(target) ?? target);
    return [...(named ? [test.name ?? ''] : []), ...messages, expected].map(guardCell);
  });
  return toCsv([header, ...rows]);
}
