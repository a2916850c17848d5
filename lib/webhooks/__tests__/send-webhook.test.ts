import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isPrivateAddress } from '../address-guard';
import { sendWebhook, WEBHOOK_MAX_RESPONSE_BYTES } from '../send-webhook';
import { json, startReceiver } from './receiver';

let receiver: Awaited<ReturnType<typeof startReceiver>>;
const SECRET = 'whsec_test';
const call = (overrides: Partial<Parameters<typeof sendWebhook>[0]> = {}) =>
  sendWebhook({ url: `${receiver.url}/hook`, headers: [{ name: 'Authorization', value: 'Bearer s3cret' }], body: { hello: 'world' }, timeoutMs: 2000, secret: SECRET, ...overrides });

beforeEach(async () => {
  process.env.WEBHOOK_ALLOW_PRIVATE = '1';
  receiver = await startReceiver();
});
afterEach(async () => {
  delete process.env.WEBHOOK_ALLOW_PRIVATE;
  await receiver.close();
});

describe('sendWebhook against a real receiver on 127.0.0.1', () => {
  it('POSTs the JSON body with the configured headers and an HMAC-SHA256 signature of the raw body', async () => {
    receiver.answerWith((_request, response) => json(response, 200, { orderStatus: 'shipped' }));
    const outcome = await call();
    expect(outcome).toMatchObject({ ok: true, status: 200, result: { orderStatus: 'shipped' } });
    const [request] = receiver.received;
    expect(request?.method).toBe('POST');
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.headers.authorization).toBe('Bearer s3cret');
    expect(request?.body).toEqual({ hello: 'world' });
    const expected = `sha256=${createHmac('sha256', SECRET).update(request?.raw ?? '').digest('hex')}`;
    expect(request?.headers['x-switchboard-signature']).toBe(expected);
    // Another secret would not verify: the header really is tied to this workspace's secret.
    expect(request?.headers['x-switchboard-signature']).not.toBe(`sha256=${createHmac('sha256', 'other').update(request?.raw ?? '').digest('hex')}`);
  });

  it('turns a non-2xx answer into an error with its status', async () => {
    receiver.answerWith((_request, response) => json(response, 503, { error: 'maintenance' }));
    const outcome = await call();
    expect(outcome).toMatchObject({ ok: false, status: 503 });
    expect(!outcome.ok && outcome.error).toMatch(/answered 503/);
  });

  it('refuses a body that is not JSON', async () => {
    receiver.answerWith((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end('<html>hello</html>');
    });
    expect(await call()).toMatchObject({ ok: false, status: 200, error: 'The webhook answered, but its body is not valid JSON.' });
  });

  it('stops reading a body over 64 KB', async () => {
    receiver.answerWith((_request, response) => json(response, 200, { blob: 'x'.repeat(WEBHOOK_MAX_RESPONSE_BYTES + 10) }));
    expect(await call()).toMatchObject({ ok: false, status: 200, error: 'The response was larger than 64 KB.' });
  });

  it('gives up on a receiver that never answers, after timeoutMs', async () => {
    receiver.answerWith(() => undefined);
    const outcome = await call({ timeoutMs: 150 });
    expect(outcome).toMatchObject({ ok: false, status: null, error: 'The webhook did not answer within 150 ms.' });
  });

  it('does not follow a redirect', async () => {
    receiver.answerWith((request, response) => {
      if (request.url === '/hook') {
        response.writeHead(302, { location: `${receiver.url}/elsewhere` });
        response.end();
      } else json(response, 200, { followed: true });
    });
    const outcome = await call();
    expect(outcome).toMatchObject({ ok: false, status: 302 });
    expect(!outcome.ok && outcome.error).toMatch(/redirects are not followed/);
    expect(receiver.received.map((request) => request.url)).toEqual(['/hook']);
  });

  it('reports a refused connection', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const outcome = await call({ url: `http://127.0.0.1:${port}/hook` });
    expect(outcome).toMatchObject({ ok: false, status: null, error: 'The webhook refused the connection (nothing listens there).' });
  });

  it('refuses private, loopback and link-local addresses unless WEBHOOK_ALLOW_PRIVATE=1, and sends nothing', async () => {
    delete process.env.WEBHOOK_ALLOW_PRIVATE;
    for (const url of [`${receiver.url}/hook`, 'http://localhost:9/x', 'http://[::1]:9/x', 'http://169.254.169.254/latest/meta-data', 'http://10.0.0.8/x']) {
      const outcome = await call({ url });
      expect(outcome.ok).toBe(false);
      expect(!outcome.ok && outcome.error).toMatch(/^Refused: .* resolves to .*private, loopback or link-local/);
    }
    expect(receiver.received).toHaveLength(0);
  });

  it('knows the private ranges, in both families, and IPv4-mapped IPv6', () => {
    for (const address of ['127.0.0.1', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', 'fc00::1', 'fd12::1', 'fe80::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1']) {
      expect(isPrivateAddress(address), address).toBe(true);
    }
    for (const address of ['8.8.8.8', '172.32.0.1', '100.128.0.1', '1.1.1.1', '2606:4700:4700::1111', '::ffff:8.8.8.8']) {
      expect(isPrivateAddress(address), address).toBe(false);
    }
  });

  it('refuses a URL that is not http or https without calling anything', async () => {
    expect(await call({ url: 'ftp://example.com/x' })).toMatchObject({ ok: false, error: 'The webhook URL must start with http:// or https://.' });
  });
});
