import { describe, expect, it } from 'vitest';
import { HttpError } from '@/lib/api/errors';
import { MAX_JSON_BODY_BYTES } from '@/lib/api/read-json';
import { MAX_IMPORT_BYTES } from '../limits';
import { readImportBody } from '../read-import-body';

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request('http://localhost/api/v1/workspace/import', { method: 'POST', body, headers });
const TOO_LARGE = { status: 413, message: 'The file is larger than 298 MB. Nothing was imported.' };

describe('readImportBody', () => {
  it('refuses a file over the limit with 413, whether its length is declared or only counted', async () => {
    await expect(readImportBody(post('{}', { 'content-length': String(MAX_IMPORT_BYTES + 1) }))).rejects.toMatchObject(TOO_LARGE);
    const over = Buffer.alloc(MAX_IMPORT_BYTES + 1, ' ');
    over.write('{}');
    await expect(readImportBody(post(over))).rejects.toMatchObject(TOO_LARGE);
  }, 60_000);

  it('refuses a body that is not JSON with 400', async () => {
    await expect(readImportBody(post('{ nope'))).rejects.toBeInstanceOf(HttpError);
    await expect(readImportBody(post('{ nope'))).rejects.toMatchObject({ status: 400 });
  });

  it('reads a file far past the 1 MB other routes take', async () => {
    const padded = `{"pad":"${'x'.repeat(4 * MAX_JSON_BODY_BYTES)}"}`;
    expect(Object.keys(await readImportBody(post(padded)))).toEqual(['pad']);
  });
});
