import { describe, expect, it } from 'vitest';
import { guardRequest, isCrossSite, isJsonContentType, type Refusal } from '../request-guard';

const APP = 'http://127.0.0.1:3000';

function guard(method: string, path: string, headers: Record<string, string> = {}) {
  return guardRequest({ method, url: path, headers: new Headers({ host: '127.0.0.1:3000', ...headers }) });
}

function expectRefusal(refusal: Refusal | null, status: number, code: string) {
  expect(refusal?.status).toBe(status);
  expect(refusal?.headers).toMatchObject({ 'Content-Type': 'application/json', 'X-Content-Type-Options': 'nosniff' });
  expect(refusal?.body).toEqual({ error: { message: expect.any(String), code } });
}

const JSON_TYPE = { 'content-type': 'application/json' };

describe('guardRequest', () => {
  it('lets the app’s own requests through: reads, same-origin JSON writes, API clients, server actions', () => {
    expect(guard('GET', '/api/v1/agents')).toBeNull();
    expect(guard('HEAD', '/api/v1/agents/agt_1')).toBeNull();
    expect(guard('OPTIONS', '/api/v1/agents')).toBeNull();
    expect(guard('POST', '/api/v1/agents', { ...JSON_TYPE, origin: APP, 'sec-fetch-site': 'same-origin' })).toBeNull();
    expect(guard('PATCH', '/api/v1/functions/fn_1', { 'content-type': 'application/json; charset=utf-8' })).toBeNull();
    expect(guard('DELETE', '/api/v1/agents/agt_1', { 'sec-fetch-site': 'same-origin' })).toBeNull();
    expect(guard('DELETE', '/api/v1/agents/agt_1', { 'sec-fetch-site': 'none' })).toBeNull();
    expect(guard('POST', '/agents/new', { origin: APP, 'next-action': 'abc', 'content-type': 'multipart/form-data; boundary=x' })).toBeNull();
    expect(guard('GET', '/agents/agt_%C3%A9')).toBeNull();
  });

  it('refuses a state-changing request from another origin with 403, before the content type matters', () => {
    for (const origin of ['http://127.0.0.1:4000', 'https://127.0.0.1:3000', 'http://localhost:3000', 'http://evil.example', 'null']) {
      for (const method of ['POST', 'PATCH', 'PUT', 'DELETE']) {
        const path = method === 'POST' ? '/api/v1/agents' : method === 'PUT' ? '/agents/new' : '/api/v1/agents/agt_1';
        expectRefusal(guard(method, path, { ...JSON_TYPE, origin }), method === 'PUT' ? 405 : 403, method === 'PUT' ? 'method_not_allowed' : 'cross_site');
      }
    }
    // A server action from another origin: a clean 403 rather than Next's own 500.
    expectRefusal(guard('POST', '/agents/new', { origin: 'http://127.0.0.1:4000', 'next-action': 'abc' }), 403, 'cross_site');
    expectRefusal(guard('POST', '/', { origin: 'http://127.0.0.1:4000', 'content-type': 'application/x-www-form-urlencoded' }), 403, 'cross_site');
  });

  it('without Origin, trusts Sec-Fetch-Site: cross-site and same-site are refused', () => {
    expectRefusal(guard('POST', '/api/v1/agents', { ...JSON_TYPE, 'sec-fetch-site': 'cross-site' }), 403, 'cross_site');
    expectRefusal(guard('POST', '/api/v1/agents', { ...JSON_TYPE, 'sec-fetch-site': 'same-site' }), 403, 'cross_site');
    expect(guard('POST', '/api/v1/agents', JSON_TYPE)).toBeNull();
  });

  it('refuses an API write that is not JSON with 415, whatever the body', () => {
    for (const type of [null, 'text/plain', 'text/plain;charset=UTF-8', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonp', 'application/json-seq', '']) {
      const headers: Record<string, string> = type === null ? {} : { 'content-type': type };
      expectRefusal(guard('POST', '/api/v1/workspace/import', headers), 415, 'unsupported_media_type');
      expectRefusal(guard('PATCH', '/api/v1/agents/agt_1', headers), 415, 'unsupported_media_type');
    }
    // A DELETE has no body; one that declares a non-JSON one is refused too.
    expectRefusal(guard('DELETE', '/api/v1/agents/agt_1', { 'content-type': 'text/plain' }), 415, 'unsupported_media_type');
  });

  it('answers a method a route does not serve with 405, Allow and the JSON shape', () => {
    const trace = guard('TRACE', '/api/v1/agents');
    expectRefusal(trace, 405, 'method_not_allowed');
    expect(trace?.headers.Allow).toBe('GET, POST, HEAD, OPTIONS');
    expect(guard('PUT', '/api/v1/agents/agt_1')?.headers.Allow).toBe('GET, PATCH, DELETE, HEAD, OPTIONS');
    expect(guard('GET', '/api/v1/sessions/ses_1/messages')?.headers.Allow).toBe('POST, OPTIONS');
    expectRefusal(guard('PROPFIND', '/review'), 405, 'method_not_allowed');
    expectRefusal(guard('delete', '/agents'), 405, 'method_not_allowed');
  });

  it('answers an unknown API path with a JSON 404 and a malformed percent-encoding with a JSON 400', () => {
    expectRefusal(guard('GET', '/api/v1/nope'), 404, 'not_found');
    expectRefusal(guard('GET', '/api/v1/agents/a/b/c'), 404, 'not_found');
    for (const path of ['/api/v1/agents/%ZZ', '/api/v1/agents/%', '/api/v1/functions/%E0%A4%A', '/api/v1/sessions/%FF', '/agents/%ZZ', '/%', '*']) {
      expectRefusal(guard('GET', path), 400, 'bad_path');
    }
    // An absolute-form target is judged by its path; a doubled slash is not the API.
    expectRefusal(guard('TRACE', 'http://127.0.0.1:3000/api/v1/agents'), 405, 'method_not_allowed');
    expect(guard('POST', '//api/v1/agents', { origin: APP })).toBeNull();
  });
});

describe('isCrossSite', () => {
  const crossSite = (headers: Record<string, string>) => isCrossSite(new Headers(headers));
  it('compares scheme, host and port with the Host header', () => {
    expect(crossSite({ host: '127.0.0.1:3000', origin: 'http://127.0.0.1:3000' })).toBe(false);
    expect(crossSite({ host: 'LOCALHOST:3000', origin: 'http://localhost:3000' })).toBe(false);
    expect(crossSite({ host: 'app.example', origin: 'https://app.example', 'x-forwarded-proto': 'https' })).toBe(false);
    expect(crossSite({ host: 'app.example', origin: 'https://app.example' })).toBe(true);
    expect(crossSite({ host: 'app.example', origin: 'https://app.example:8443', 'x-forwarded-proto': 'https' })).toBe(true);
    expect(crossSite({ origin: 'http://127.0.0.1:3000' })).toBe(true);
    expect(crossSite({ host: '127.0.0.1:3000', origin: 'not a url' })).toBe(true);
  });
});

describe('isJsonContentType', () => {
  it('accepts application/json with parameters, in any case, and nothing else', () => {
    expect(['application/json', 'Application/JSON; charset=utf-8', ' application/json ;x=y'].every(isJsonContentType)).toBe(true);
    expect([null, '', 'text/json', 'application/jsonx', 'text/plain; application/json'].some(isJsonContentType)).toBe(false);
  });
});
