import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, guardCell, parseCsv, toCsv, unguardCell } from '../csv';

const fields = (text: string) => parseCsv(text).map((record) => record.fields);

describe('parseCsv (RFC 4180)', () => {
  it('reads plain fields, LF or CRLF records, and skips blank lines', () => {
    expect(fields('message,expected\nhello,Billing\r\n\r\nbye,\n')).toEqual([['message', 'expected'], ['hello', 'Billing'], ['bye', '']]);
    expect(fields('a,b')).toEqual([['a', 'b']]);
    expect(fields('')).toEqual([]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks, and numbers records by their first line', () => {
    const text = 'message,expected\r\n"Hi, I was charged ""twice""",Billing\r\n"line one\r\nline two\nline three",none\r\nlast,x\r\n';
    expect(parseCsv(text)).toEqual([
      { line: 1, fields: ['message', 'expected'] },
      { line: 2, fields: ['Hi, I was charged "twice"', 'Billing'] },
      { line: 3, fields: ['line one\r\nline two\nline three', 'none'] },
      { line: 6, fields: ['last', 'x'] },
    ]);
    expect(fields('"",""\n"a""b",')).toEqual([['', ''], ['a"b', '']]);
  });

  it('drops a leading byte order mark', () => {
    expect(fields('\uFEFFmessage,expected\nhi,Billing')).toEqual([['message', 'expected'], ['hi', 'Billing']]);
  });

  it('keeps a quote inside an unquoted field as text', () => {
    expect(fields('say "hi" now,x')).toEqual([['say "hi" now', 'x']]);
  });

  it('names an unclosed quote and text after a closing quote on the record, reading on', () => {
    const [first, second] = parseCsv('"broken" field,x\nok,"never closed\nstill inside');
    expect(first).toEqual({ line: 1, fields: ['broken field', 'x'], problem: expect.stringMatching(/^Text follows a closing quote/) });
    expect(second).toEqual({ line: 2, fields: ['ok', 'never closed\nstill inside'], problem: 'The quoted field opened on line 2 is never closed: a quote (") is missing.' });
  });
});

describe('writing CSV', () => {
  it('quotes only what needs it, with CRLF and a byte order mark', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField(' padded')).toBe('" padded"');
    expect(toCsv([['message', 'expected'], ['one\ntwo', 'Billing']])).toBe('\uFEFFmessage,expected\r\n"one\ntwo",Billing\r\n');
  });

  it('reads back exactly what it wrote, for any text', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', ' ', ',', '"', '\n', '\r', '=', "'", 'é', '😀', 'x') });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
        // A record of one empty field is a blank line, which readers skip by design.
        const kept = rows.filter((row) => !(row.length === 1 && row[0] === ''));
        expect(fields(toCsv(kept))).toEqual(kept);
      }),
    );
  });

  it('keeps cells a spreadsheet would run as formulas as text, and takes the guard off on import', () => {
    expect(['=SUM(A1)', '+1 555', '-5 off', '@cmd', "'quoted", 'plain'].map(guardCell)).toEqual(["'=SUM(A1)", "'+1 555", "'-5 off", "'@cmd", "''quoted", 'plain']);
    fc.assert(fc.property(fc.string(), (text) => unguardCell(guardCell(text)) === text));
    expect(unguardCell("'hello")).toBe("'hello");
  });
});
