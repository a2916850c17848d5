import { describe, expect, it } from 'vitest';
import { HttpError } from '@/lib/api/errors';
import { readImportBody } from '../read-import-body';

const post = (body: string) => new Request('http://localhost/api/v1/workspace/import', { method: 'POST', body });

describe('readImportBody', () => {
  it('refuses a file over 5 MB with 413 and a non-JSON one with 400', async () => {
    const big = `{"pad":"${'x'.repeat(5 * 1024 * 1024)}"}`;
    await expect(readImportBody(post(big))).rejects.toMatchObject({ status: 413, message: 'The file is larger than 5 MB. Nothing was imported.' });
    await expect(readImportBody(post('{ nope'))).rejects.toBeInstanceOf(HttpError);
    await expect(readImportBody(post('{ nope'))).rejects.toMatchObject({ status: 400 });
  });

  it('reads a JSON object of up to 5 MB', async () => {
    const padded = `{"pad":"${'x'.repeat(4 * 1024 * 1024)}"}`;
    expect(Object.keys(await readImportBody(post(padded)))).toEqual(['pad']);
  });
});
