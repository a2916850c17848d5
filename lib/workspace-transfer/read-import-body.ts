import { HttpError } from '@/lib/api/errors';
import { readJsonBody } from '@/lib/api/read-json';
import { MAX_IMPORT_BYTES, MAX_IMPORT_SIZE_LABEL } from './limits';

/** The import's body: a JSON object no larger than a full workspace's export (413 beyond, 400 when it is not JSON). */
export async function readImportBody(request: Request): Promise<Record<string, unknown>> {
  try {
    return await readJsonBody(request, MAX_IMPORT_BYTES);
  } catch (error) {
    if (error instanceof HttpError && error.status === 413) {
      throw new HttpError(413, `The file is larger than ${MAX_IMPORT_SIZE_LABEL}. Nothing was imported.`);
    }
    if (error instanceof HttpError && error.status === 400) {
      throw new HttpError(400, `The file is not a JSON workspace document (${error.message}) Nothing was imported.`);
    }
    throw error;
  }
}
