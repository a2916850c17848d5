import { contentTerms } from './terms';

/**
 * How handoff descriptions are worded whatever the domain ("Transfer to X when the customer asks
 * about…"). Treated as one more document when weighing words, so template words count as common
 * rather than as a sign of any one handoff.
 */
export const HANDOFF_WORDING =
  'Transfer, hand off, hand over, route, pass, send, escalate, forward, connect or redirect the ' +
  'conversation, chat, customer, user, caller or client to the agent, team, specialist, department or ' +
  'support desk when they ask, want, need or request help with a question, issue, problem, query, enquiry or inquiry.';

let wordingStems: ReadonlySet<string> | undefined;

/** True for the stem of a template word ("transfer", "customer", "ask"): common to all handoffs. */
export function isHandoffWordingStem(stem: string): boolean {
  wordingStems ??= new Set(contentTerms(HANDOFF_WORDING));
  return wordingStems.has(stem);
}
