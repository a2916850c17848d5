import type { DecideInput, EngineMessage, EngineTool } from '../../types';

/** A handoff tool the way the registry builds one, for an invented domain in tests. */
export function handoffTool(target: string, description: string, targetDescription = ''): EngineTool {
  return {
    definition: {
      type: 'function',
      function: {
        name: `transfer_to_${target.toLowerCase().replace(/\W+/g, '_')}`,
        description,
        parameters: { type: 'object', properties: { reason: { type: 'string' } }, required: ['reason'] },
      },
    },
    hints: { targetName: target, targetDescription },
  };
}

/** An internet provider's front desk, described the way an admin would. */
export const PROVIDER_TOOLS: EngineTool[] = [
  handoffTool(
    'Billing',
    'Transfer to billing when the customer asks about invoices, unexpected charges, refunds or a direct debit.',
    'Explains bills and takes payments.',
  ),
  handoffTool(
    'Tech Support',
    'Transfer to technical support when the internet is slow or down, or the router keeps restarting.',
    'Fixes connection and router problems.',
  ),
  handoffTool(
    'Home Moves',
    'Transfer to home moves when the customer is relocating and needs service at a new address.',
    'Moves service to a new home.',
  ),
  handoffTool(
    'Cancellations',
    'Transfer to cancellations when the customer wants to end or leave their contract.',
    'Handles contract ends.',
  ),
];

export const FRONT_DESK = {
  name: 'Front Desk',
  description: 'Greets customers and answers general questions.',
  instructions: 'Be brief and friendly.',
  greeting: 'Hi, this is Front Desk at Fibrelink. How can I help?',
};

/** One user message said to the front desk, after its greeting. */
export function say(content: string, tools: EngineTool[] = PROVIDER_TOOLS, earlier: EngineMessage[] = []): DecideInput {
  return {
    agent: FRONT_DESK,
    tools,
    messages: [
      { role: 'assistant', content: FRONT_DESK.greeting, agentName: FRONT_DESK.name },
      ...earlier,
      { role: 'user', content },
    ],
  };
}
