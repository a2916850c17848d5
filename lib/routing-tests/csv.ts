/**
 * RFC 4180 CSV, read and written by hand: quoted fields with embedded commas, doubled quotes and line
 * breaks, CRLF or LF records, a leading byte order mark. Reading is lenient where RFC 4180 is silent
 * (a quote inside an unquoted field is text) and names a record's problem rather than failing the file.
 */

export interface CsvRecord {
  /** The file line the record starts on (1-based), so a message can name it. */
  line: number;
  fields: string[];
  /** Why the record cannot be read as written (a quote never closed, text after a closing quote). */
  problem?: string;
}

const BOM = '\uFEFF';

/** Every record of `text`; blank lines are skipped. */
export function parseCsv(text: string): CsvRecord[] {
  const input = text.startsWith(BOM) ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let at = 0;
  let line = 1;
  const endOfField = () => at >= input.length || input[at] === ',' || input[at] === '\n' || input[at] === '\r';
  while (at < input.length) {
    const record: CsvRecord = { line, fields: [] };
    for (;;) {
      let field = '';
      if (input[at] === '"') {
        const opened = line;
        let closed = false;
        for (at += 1; at < input.length; at += 1) {
          const char = input[at] as string;
          if (char === '"') {
            if (input[at + 1] !== '"') {
              closed = true;
              at += 1;
              break;
            }
            at += 1;
          } else if (char === '\n' || (char === '\r' && input[at + 1] !== '\n')) {
            line += 1;
          }
          field += char;
        }
        if (!closed) record.problem ??= `The quoted field opened on line ${opened} is never closed: a quote (") is missing.`;
        const after = at;
        while (!endOfField()) at += 1;
        if (at > after) {
          record.problem ??= 'Text follows a closing quote: put the whole field in quotes and double every quote inside it ("").';
          field += input.slice(after, at);
        }
      } else {
        const start = at;
        while (!endOfField()) at += 1;
        field = input.slice(start, at);
      }
      record.fields.push(field);
      if (input[at] === ',') {
        at += 1;
        continue;
      }
      if (input[at] === '\r') at += 1;
      if (input[at] === '\n') at += 1;
      line += 1;
      break;
    }
    const blank = record.fields.length === 1 && record.fields[0] === '' && !record.problem;
    if (!blank) records.push(record);
  }
  return records;
}

/** One field as RFC 4180 writes it: quoted when it holds a comma, a quote, a line break or edge spaces. */
export function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Rows as CSV text with CRLF line ends, led by a byte order mark so spreadsheets read it as UTF-8. */
export function toCsv(rows: string[][]): string {
  return BOM + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or CR) as a formula; export prefixes
 * such cells, and cells starting with the prefix itself, with a ' so they stay text (OWASP "CSV
 * injection"). Import takes that one ' off again, so text round-trips exactly.
 */
const FORMULA_START = /^[=+\-@\t\r']/;
const GUARDED = /^'[=+\-@\t\r']/;

export function guardCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function unguardCell(value: string): string {
  return GUARDED.test(value) ? value.slice(1) : value;
}
