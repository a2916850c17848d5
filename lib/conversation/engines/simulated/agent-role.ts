import type { EngineAgent } from '../types';
import { LruCache } from './lru-cache';

/**
 * What the current agent is there for, read from its own description and instructions: only to
 * route ("First contact… routes to specialists", "welcomes and directs"), or to answer a subject of
 * its own ("answers questions about the shop"). A routing-only agent keeps nothing but small talk, so
 * it hands off on weaker evidence; an agent with a subject keeps what reads like its own subject.
 */
export interface AgentRole {
  routesOnly: boolean;
}

// Role vocabulary, never a domain's: how an admin says "sends people on" …
const ROUTING = new RegExp(
  String.raw`\b(?:route[sd]?|routing|directs?|directing|redirects?|transfers?|transferring|forwards?|refers?|referring|` +
    String.raw`triages?|dispatch(?:es)?|signposts?|connects? (?:them|customers?|callers?|people|users?|guests?|clients?)|` +
    String.raw`hands? (?:off|over|them|it)|pass(?:es)? (?:them|it|customers?|callers?) (?:on|to)|` +
    String.raw`sends? (?:them|customers?|callers?|people|users?|guests?) (?:on|to)|puts? (?:them |callers? )?through)\b`,
  'i',
);
// … and "deals with something itself".
const ANSWERING = /\b(?:answers?|answering|explains?|explaining|advises?|advising|informs?|resolves?|solves?|handles?|helps? (?:\w+ )?(?:with|to)|assists? (?:\w+ )?with)\b/i;
// "Do not answer questions yourself": a negated answering verb is routing advice, not a subject.
const NEGATION = /\b(?:not|never|don't|dont|do not|no|without|nor)\b(?:\s+\w+){0,3}\s*$/i;
// "…to the team that handles it": a relative clause says what someone else does.
const SOMEONE_ELSE = /\b(?:that|who|which)\s+(?:\w+\s+)?$/i;

function answersItself(text: string): boolean {
  const pattern = new RegExp(ANSWERING.source, 'gi');
  for (const found of text.matchAll(pattern)) {
    const before = text.slice(Math.max(0, found.index - 40), found.index);
    if (!NEGATION.test(before) && !SOMEONE_ELSE.test(before)) return true;
  }
  return false;
}

const roles = new LruCache<string, AgentRole>(500);

export function agentRole(agent: Pick<EngineAgent, 'description' | 'instructions'>): AgentRole {
  const text = `${agent.description}\n${agent.instructions}`;
  return roles.getOrCreate(text, () => ({ routesOnly: ROUTING.test(text) && !answersItself(text) }));
}
