import { describe, expect, it } from 'vitest';
import { clientAddressOf } from '../client-address';

const request = (headers: Record<string, string | string[]>, remoteAddress?: string) => ({ headers, socket: { remoteAddress } });

describe('clientAddressOf', () => {
  it('is the socket’s peer unless a proxy is trusted: X-Forwarded-For is then the client’s own words', () => {
    expect(clientAddressOf(request({ 'x-forwarded-for': '198.51.100.1' }, '192.0.2.4'), false)).toBe('192.0.2.4');
  });

  it('behind a trusted proxy, is the first address X-Forwarded-For names', () => {
    expect(clientAddressOf(request({ 'x-forwarded-for': ' 203.0.113.7 , 10.0.0.2' }, '10.0.0.1'), true)).toBe('203.0.113.7');
    expect(clientAddressOf(request({ 'x-forwarded-for': ['203.0.113.8', '10.0.0.2'] }, '10.0.0.1'), true)).toBe('203.0.113.8');
  });

  it('falls back to the socket behind a trusted proxy that sent no header, and says so when there is no socket address', () => {
    expect(clientAddressOf(request({}, '10.0.0.1'), true)).toBe('10.0.0.1');
    expect(clientAddressOf(request({ 'x-forwarded-for': '' }, undefined), true)).toBe('unknown');
  });
});
