import { describe, expect, it } from 'vitest';
import { ConflictError, NotFoundError, ValidationError } from '@/lib/domain/errors';
import { HttpError, toErrorResponse } from '../errors';
import { readJsonBody } from '../read-json';

const post = (body: string, headers: Record<string, string> = {}) =>
  new Request('http://localhost/api', { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });

describe('readJsonBody', () => {
  it('returns a JSON object', async () => {
    await expect(readJsonBody(post('{"name":"Billing"}'))).resolves.toEqual({ name: 'Billing' });
  });

  it('answers 400 for malformed JSON and for JSON that is not an object', async () => {
    await expect(readJsonBody(post('{"name":'))).rejects.toMatchObject({ status: 400, message: 'The request body is not valid JSON.' });
    await expect(readJsonBody(post('[1,2]'))).rejects.toMatchObject({ status: 400, message: 'The request body must be a JSON object.' });
  });

  it('refuses a lone surrogate in a key or a value with 422 on its field path; a paired one is text', async () => {
    for (const [body, field] of [
      ['{"name":"Bill\\ud800ing"}', 'name'],
      ['{"config":{"description":"\\udfff"}}', 'config.description'],
      ['{"config":{"k\\ud83d":1}}', 'config.k\uFFFD'],
      ['{"__proto__":"\\ud800"}', '__proto__'],
    ] as const) {
      const error = await readJsonBody(post(body)).catch((caught: unknown) => caught);
      expect(error, body).toBeInstanceOf(ValidationError);
      const response = toErrorResponse(error);
      expect(response.status).toBe(422);
      expect(Object.keys((await response.json()).error.fieldErrors)).toEqual([field]);
    }
    await expect(readJsonBody(post('{"name":"\\ud83d\\ude00"}'))).resolves.toEqual({ name: '😀' });
  });

  it('answers 413 for a body over the limit, declared or not', async () => {
    await expect(readJsonBody(post(JSON.stringify({ a: 'x'.repeat(100) }), {}), 50)).rejects.toMatchObject({ status: 413 });
    await expect(readJsonBody(post('{}', { 'content-length': '999999999' }))).rejects.toBeInstanceOf(HttpError);
  });
});

describe('toErrorResponse', () => {
  it('maps each domain error to its status and the one JSON shape', async () => {
    const cases: [unknown, number][] = [
      [new ValidationError('bad', { name: ['Name is required.'] }), 422],
      [new NotFoundError('Agent', 'agt_1'), 404],
      [new ConflictError('taken', {}, 'stale_version'), 409],
      [new HttpError(413, 'too big'), 413],
    ];
    for (const [error, status] of cases) {
      const response = toErrorResponse(error);
      expect(response.status).toBe(status);
      expect(await response.json()).toEqual({ error: expect.objectContaining({ message: expect.any(String) }) });
    }
    const validation = await toErrorResponse(new ValidationError('bad', { name: ['Name is required.'] })).json();
    expect(validation.error.fieldErrors).toEqual({ name: ['Name is required.'] });
  });
});
