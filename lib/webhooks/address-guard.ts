import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/**
 * Addresses a webhook may not reach unless WEBHOOK_ALLOW_PRIVATE=1: loopback, link-local, private,
 * carrier-grade NAT, "this network", multicast and reserved ranges, in both families.
 */
const PRIVATE = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  PRIVATE.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  PRIVATE.addSubnet(network, prefix, 'ipv6');
}

/** True for an address in a range a webhook may not reach (an IPv4-mapped IPv6 address is read as IPv4). */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return PRIVATE.check(mapped[1], 'ipv4');
  const family = isIP(address);
  if (family === 0) return true;
  return PRIVATE.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** Read at every call, not cached at start-up, so a test can reach its own receiver on 127.0.0.1. */
export function privateAddressesAllowed(): boolean {
  return process.env.WEBHOOK_ALLOW_PRIVATE === '1';
}

export interface ResolvedHost {
  address: string;
  family: 4 | 6;
}

/** Why a host may not be called, in words an admin can act on. */
export class AddressRefusedError extends Error {}

/**
 * Resolves the URL's host once and checks every address it has: one private address among them is a
 * refusal, so a name cannot smuggle one in. The call then connects to the address returned here, never
 * resolving again (no DNS rebinding between the check and the connection).
 */
export async function resolveWebhookHost(hostname: string, allowPrivate = privateAddressesAllowed()): Promise<ResolvedHost> {
  const bare = hostname.replace(/^\[(.*)\]$/, '$1');
  let addresses: Array<{ address: string; family: number }>;
  try {
    addresses = await lookup(bare, { all: true, verbatim: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'lookup failed';
    throw new AddressRefusedError(`Could not resolve ${bare} (${code}).`);
  }
  const first = addresses[0];
  if (!first) throw new AddressRefusedError(`Could not resolve ${bare}.`);
  if (!allowPrivate) {
    const refused = addresses.find((entry) => isPrivateAddress(entry.address));
    if (refused) {
      throw new AddressRefusedError(
        `Refused: ${bare} resolves to ${refused.address}, a private, loopback or link-local address. Webhooks may only call public addresses (WEBHOOK_ALLOW_PRIVATE=1 lifts this).`,
      );
    }
  }
  return { address: first.address, family: first.family === 6 ? 6 : 4 };
}
