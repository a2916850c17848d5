import { describe, expect, it } from 'vitest';
import { readCsvCases, type CsvCaseContext } from '../csv-cases';
import { routingTestsToCsv } from '../csv-export';
import type { RoutingTestView } from '../view';

const general = { id: 'agt_g', name: 'General Support', slug: 'general-support' };
const billing = { id: 'agt_b', name: 'Billing', slug: 'billing' };
const tech = { id: 'agt_t', name: 'Technical Support', slug: 'technical-support' };
const context = (over: Partial<CsvCaseContext> = {}): CsvCaseContext => ({ start: general, agents: [general, billing, tech], existing: [], room: 500, ...over });
const read = (text: string, over?: Partial<CsvCaseContext>) => readCsvCases(text, context(over));

describe('readCsvCases', () => {
  it('reads message,expected rows, finding the agent by name or slug in any case, and no handoff', () => {
    const csv = ['message,expected', 'I was charged twice,Billing', '"My app crashes, help",technical-support', 'refund please,BILLING', 'the wifi is down,Technical support', 'hello,', 'thanks,None', 'bye,No handoff'].join('\n');
    const { rows, errors } = read(csv);
    expect(errors).toEqual([]);
    expect(rows.map((row) => [row.line, row.messages, row.expect.agentName])).toEqual([
      [2, ['I was charged twice'], 'Billing'],
      [3, ['My app crashes, help'], 'Technical Support'],
      [4, ['refund please'], 'Billing'],
      [5, ['the wifi is down'], 'Technical Support'],
      [6, ['hello'], null],
      [7, ['thanks'], null],
      [8, ['bye'], null],
    ]);
    expect(rows[1]?.expect).toEqual({ handoffTo: 'agt_t', agentName: 'Technical Support' });
    expect(rows[4]?.expect).toEqual({ handoffTo: null, agentName: null });
  });

  it('names every bad row by its line, before anything is written, and keeps the good ones', () => {
    const csv = [
      '\uFEFFmessage,expected',
      'ok,Billing',
      'unknown,Bilking',
      '   ,Billing',
      'itself,General Support',
      `${'x'.repeat(2001)},Billing`,
      'one,two,three',
      '"fine, multi',
      'line",Billing',
      '"not closed,Billing',
      'never read',
    ].join('\r\n');
    const { rows, errors } = read(csv);
    expect(rows.map((row) => row.line)).toEqual([2, 8]);
    expect(rows[1]?.messages).toEqual(['fine, multi\r\nline']);
    expect(errors).toEqual([
      { line: 3, message: 'No agent “Bilking” in this workspace: write an agent\'s name or slug, or leave expected empty (or "none") for no handoff.' },
      { line: 4, message: 'The message is empty.' },
      { line: 5, message: 'These tests start with General Support, so it cannot be the agent they hand off to: leave expected empty for no handoff.' },
      { line: 6, message: 'A message can be at most 2,000 characters.' },
      { line: 7, message: 'This row has 3 fields but the header names 2 columns: put a message that holds a comma in double quotes.' },
      { line: 10, message: 'The quoted field opened on line 10 is never closed: a quote (") is missing.' },
    ]);
  });

  it('refuses a message already saved for the agent, or repeated in the file', () => {
    const { rows, errors } = read('message,expected\nsaved one,Billing\nnew one,Billing\n new one ,\n', { existing: [['saved one']] });
    expect(rows.map((row) => row.line)).toEqual([3]);
    expect(errors).toEqual([
      { line: 2, message: 'General Support already has a test with this message.' },
      { line: 4, message: 'The same message as line 3.' },
    ]);
  });

  it('refuses rows past the room the agent has left, and a file of more rows than an agent holds', () => {
    const { rows, errors } = read('message,expected\na,\nb,\nc,\n', { room: 2 });
    expect(rows.map((row) => row.line)).toEqual([2, 3]);
    expect(errors).toEqual([{ line: 4, message: expect.stringMatching(/^No room: General Support or the workspace/) }]);
    const huge = ['message,expected', ...Array.from({ length: 501 }, (_, i) => `m${i},`)].join('\n');
    expect(read(huge)).toEqual({ rows: [], errors: [{ line: 1, message: 'The file has 501 rows: an agent holds at most 500 tests, so import at most that many at once.' }] });
  });

  it('needs a header naming message and expected; name and more message columns are optional', () => {
    expect(read('').errors[0]?.message).toMatch(/^The file is empty\./);
    expect(read('hello,Billing\n').errors).toEqual([{ line: 1, message: expect.stringMatching(/^Column 1 is “hello”: not a column this file can have\./) }]);
    expect(read('message\nhi\n').errors).toEqual([{ line: 1, message: expect.stringMatching(/^The header names no expected column\./) }]);
    const { rows, errors } = read('Name, Message ,message,Expected\nTwo steps,hi,"I need a refund",billing\n,only one,,\n');
    expect(errors).toEqual([]);
    expect(rows.map((row) => [row.name, row.messages, row.expect.handoffTo])).toEqual([
      ['Two steps', ['hi', 'I need a refund'], 'agt_b'],
      [null, ['only one'], null],
    ]);
  });

  it('reads back what export writes: names, several messages, formula-like text, no handoff', () => {
    const view = (over: Partial<RoutingTestView>): RoutingTestView => ({ id: 'rt', agentId: general.id, name: null, messages: ['x'], expect: { handoffTo: null }, version: 1, createdAt: '', updatedAt: '', ...over });
    const tests = [
      view({ name: 'Double charge', messages: ['Hi, "again"', '=charged twice\nreally'], expect: { handoffTo: billing.id } }),
      view({ messages: ['-5 off?'], expect: { handoffTo: null } }),
      view({ name: "'quoted'", messages: ['@tech it crashes'], expect: { handoffTo: tech.id } }),
    ];
    const csv = routingTestsToCsv(tests, [general, billing, tech]);
    expect(csv.split('\r\n')[0]).toBe('\uFEFFname,message,message,expected');
    expect(csv).toContain("'=charged twice");
    const { rows, errors } = read(csv);
    expect(errors).toEqual([]);
    expect(rows.map((row) => ({ name: row.name, messages: row.messages, expect: { handoffTo: row.expect.handoffTo } }))).toEqual(
      tests.map(({ name, messages, expect }) => ({ name, messages, expect })),
    );
    expect(routingTestsToCsv([view({ messages: ['hi'] })], [general])).toBe('\uFEFFmessage,expected\r\nhi,no handoff\r\n');
  });
});
