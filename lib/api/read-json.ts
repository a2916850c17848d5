import { ValidationError } from '@/lib/domain/errors';
import { ILL_FORMED_TEXT_MESSAGE, findIllFormedText } from '@/lib/validation/well-formed-text';
import { HttpError } from './errors';

export const MAX_JSON_BODY_BYTES = 1_000_000;

/**
 * Reads a JSON object body: 413 when too large, 400 when it is not JSON or not an object, 422 when a
 * key or string holds a lone surrogate (`"\ud800"`), which SQLite would store as invalid UTF-8.
 */
export async function readJsonBody(request: Request, maxBytes = MAX_JSON_BODY_BYTES): Promise<Record<string, unknown>> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > maxBytes) throw new HttpError(413, `The request body is larger than ${maxBytes} bytes.`);
  const text = await request.text();
  if (Buffer.byteLength(text) > maxBytes) throw new HttpError(413, `The request body is larger than ${maxBytes} bytes.`);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new HttpError(400, 'The request body is not valid JSON.');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new HttpError(400, 'The request body must be a JSON object.');
  }
  const illFormed = findIllFormedText(body);
  if (illFormed !== null) {
    throw new ValidationError('The request has text that is not valid Unicode.', { [illFormed]: [ILL_FORMED_TEXT_MESSAGE] });
  }
  return body as Record<string, unknown>;
}
