import { z } from 'zod';

export { CSV_IMPORT_MAX_BYTES, CSV_IMPORT_SIZE_LABEL } from './limits';

/** POST /api/v1/agents/{id}/tests/csv: the file's text, and whether to import the good rows only. */
export const CsvImportRequestSchema = z.strictObject({
  csv: z.string({ error: 'Send the file’s text as csv.' }),
  skipBadRows: z.boolean({ error: 'skipBadRows must be true or false.' }).default(false),
});
