import type { EngineTool } from '@/lib/conversation/engines/types';
import { seededRandom } from './stats';

// What support teams handle, across domains, written the way admins describe them. Benchmark data
// only: the simulated model itself has no such lists.
const AREAS: { team: string; topics: string[] }[] = [
  { team: 'Cards', topics: ['lost or stolen cards', 'PIN resets', 'card activation', 'contactless limits'] },
  { team: 'Disputes', topics: ['unrecognised payments', 'double charges', 'money back from a merchant'] },
  { team: 'Lending', topics: ['mortgage applications', 'personal loans', 'overdraft limits', 'interest rates'] },
  { team: 'Savings', topics: ['savings accounts', 'ISA transfers', 'fixed-term deposits'] },
  { team: 'Fraud', topics: ['phishing messages', 'suspicious logins', 'scam calls'] },
  { team: 'Tech Support', topics: ['slow broadband', 'router lights', 'wifi dropping', 'no dial tone'] },
  { team: 'Billing', topics: ['invoices', 'direct debit dates', 'unexpected charges', 'payment methods'] },
  { team: 'Sales', topics: ['plan upgrades', 'TV packages', 'mobile add-ons', 'faster speeds'] },
  { team: 'Moves', topics: ['moving home', 'new address set-up', 'engineer visits'] },
  { team: 'Retention', topics: ['contract cancellations', 'leaving for another provider', 'price rises'] },
  { team: 'Orders', topics: ['order tracking', 'late deliveries', 'missing parcels', 'courier problems'] },
  { team: 'Returns', topics: ['returns', 'exchanges for another size', 'refunds of items'] },
  { team: 'Product Advice', topics: ['materials and dimensions', 'stock levels', 'which product to choose'] },
  { team: 'Account Help', topics: ['login problems', 'password resets', 'changing the email address'] },
  { team: 'Technical', topics: ['app crashes', 'error messages', 'pages not loading', 'integrations not syncing'] },
  { team: 'Security', topics: ['locked accounts', 'two-factor authentication', 'unknown sign-ins'] },
  { team: 'Onboarding', topics: ['setting up projects', 'importing data', 'inviting teammates'] },
  { team: 'Claims', topics: ['car accidents', 'burst pipes and water damage', 'theft claims'] },
  { team: 'Meter Readings', topics: ['meter readings', 'estimated bills', 'smart meter faults'] },
  { team: 'Outages', topics: ['power cuts', 'gas leaks', 'street lights out'] },
];
const OPENERS = ['asks about', 'has a problem with', 'wants help with', 'reports', 'needs'];

/** `count` handoff tools with varied descriptions, the same for the same count on every run. */
export function syntheticTools(count: number, seed = 7): EngineTool[] {
  const random = seededRandom(seed + count);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  return Array.from({ length: count }, (_, i) => {
    const area = pick(AREAS);
    const topics = [...area.topics].sort(() => random() - 0.5).slice(0, 2 + Math.floor(random() * 2));
    const last = topics.pop() ?? '';
    const listed = topics.length > 0 ? `${topics.join(', ')} or ${last}` : last;
    const targetName = `${area.team} ${i + 1}`;
    return {
      definition: {
        type: 'function',
        function: {
          name: `transfer_to_${area.team.toLowerCase().replace(/\W+/g, '_')}_${i + 1}`,
          description: `Transfer to ${area.team.toLowerCase()} when the customer ${pick(OPENERS)} ${listed}.`,
          parameters: { type: 'object', properties: { reason: { type: 'string' } }, required: ['reason'] },
        },
      },
      hints: { targetName, targetDescription: `Handles ${area.topics.slice(0, 2).join(' and ')}.` },
    };
  });
}
