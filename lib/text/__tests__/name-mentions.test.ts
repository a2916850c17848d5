import { describe, expect, it } from 'vitest';
import { findNameMentions } from '../name-mentions';

const NAMES = [
  { key: 'billing', forms: ['Billing', 'billing'] },
  { key: 'tech', forms: ['Technical Support', 'technical-support'] },
  { key: 'support', forms: ['Support', 'support'] },
  { key: 'sales-marketing', forms: ['Sales & Marketing', 'sales-marketing'] },
  { key: 'it', forms: ['IT', 'it'] },
  { key: 'concierge', forms: ['Concierge', 'concierge'] },
];
const mentions = (text: string) => findNameMentions(text, NAMES).map(({ key, role, negated }) => [key, role, negated]);

describe('findNameMentions', () => {
  it('tells a handoff’s destination from a name that merely comes up', () => {
    expect(mentions('Hand it over to the Billing team when Technical Support cannot help.')).toEqual([
      ['billing', 'destination', false],
      ['tech', 'named', false],
    ]);
    expect(mentions('Transfer the caller to billing.')).toEqual([['billing', 'destination', false]]);
    expect(mentions('Back to billing for anything about invoices.')).toEqual([['billing', 'destination', false]]);
    expect(mentions('Use transfer_to_billing for invoices.')).toEqual([['billing', 'destination', false]]);
  });

  it('takes the longest name, so a word of one name is not another name too', () => {
    expect(mentions('Hand off to technical support when the app crashes.')).toEqual([['tech', 'destination', false]]);
    expect(mentions('Hand off to support when the app crashes.')).toEqual([['support', 'destination', false]]);
  });

  it('matches a name across its “&” written as “and”, and by stem', () => {
    expect(mentions('Send them to sales and marketing.')).toEqual([['sales-marketing', 'destination', false]]);
    expect(mentions('Escalate to the billings desk.')).toEqual([['billing', 'destination', false]]);
  });

  it('does not take an everyday word for a name', () => {
    expect(mentions('When the customer needs support or asks about billing, hand off.')).toEqual([]);
    expect(mentions('Hand off when they want to support more seats.')).toEqual([]);
    expect(mentions('Hand off when it breaks.')).toEqual([]);
    // A capital that only opens a sentence says nothing; capitals inside a name or a word do.
    expect(mentions('Billing questions go here. Support questions too.')).toEqual([]);
    expect(mentions('It is for IT problems, and for questions Billing cannot answer.')).toEqual([
      ['it', 'named', false],
      ['billing', 'named', false],
    ]);
    expect(mentions('Concierge handles restaurant bookings.')).toEqual([['concierge', 'named', false]]);
  });

  it('marks names the text rules out', () => {
    expect(mentions('Do not hand off to billing.')).toEqual([['billing', 'destination', true]]);
    expect(mentions('Hand off for anything other than Billing questions.')).toEqual([['billing', 'named', true]]);
    expect(mentions('Hand off to Support, not to Billing.')).toEqual([
      ['support', 'destination', false],
      ['billing', 'named', true],
    ]);
  });
});
