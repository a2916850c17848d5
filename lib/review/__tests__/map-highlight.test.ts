import { describe, expect, it } from 'vitest';
import { describeAgentRoutes, highlightOf } from '../map-highlight';

const edges = [
  { id: 'gs-billing', from: 'gs', to: 'billing' },
  { id: 'gs-tech', from: 'gs', to: 'tech' },
  { id: 'billing-gs', from: 'billing', to: 'gs' },
  { id: 'sales-billing', from: 'sales', to: 'billing' },
];

describe('map highlight', () => {
  it('lights up an agent’s routes in and out and the agents at their other ends', () => {
    const lit = highlightOf(edges, { kind: 'agent', id: 'billing' });
    expect([...(lit?.routes ?? [])].sort()).toEqual(['billing-gs', 'gs-billing', 'sales-billing']);
    expect([...(lit?.agents ?? [])].sort()).toEqual(['billing', 'gs', 'sales']);
  });

  it('lights up an agent with no routes on its own', () => {
    expect(highlightOf(edges, { kind: 'agent', id: 'returns' })).toEqual({ routes: new Set(), agents: new Set(['returns']) });
  });

  it('lights up a route and its two agents', () => {
    expect(highlightOf(edges, { kind: 'route', id: 'gs-tech' })).toEqual({ routes: new Set(['gs-tech']), agents: new Set(['gs', 'tech']) });
  });

  it('lights up nothing when nothing (or something gone) is in focus', () => {
    expect(highlightOf(edges, null)).toBeNull();
    expect(highlightOf(edges, { kind: 'route', id: 'deleted' })).toBeNull();
  });

  it('describes an agent’s routes in words', () => {
    expect(describeAgentRoutes({ id: 'billing', name: 'Billing' }, edges)).toBe('Billing: 2 routes in, 1 route out. Select it to open its functions.');
    expect(describeAgentRoutes({ id: 'returns', name: 'Returns' }, edges)).toBe('Returns: no routes in, no routes out. Select it to open its functions.');
  });
});
