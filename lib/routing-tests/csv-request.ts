import { z } from 'zod';

/** The most bytes a CSV import request may take: 500 rows of long messages, with room to spare. */
export const CSV_IMPORT_MAX_BYTES = 4 * 1024 * 1024;
export const CSV_IMPORT_SIZE_LABEL = '4 MB';

/** POST /api/v1/agents/{id}/tests/csv: the file's text, and whether to import the good rows only. */
export const CsvImportRequestSchema = z.strictObject({
  csv: z.string({ error: 'Send the file’s text as csv.' }),
  skipBadRows: z.boolean({ error: 'skipBadRows must be true or false.' }).default(false),
});
