import { isIP } from 'node:net';

/**
 * The address of the browser talking to us, for throttling. The chain is every `X-Forwarded-For` entry
 * followed by the socket's peer; each trusted proxy appends the address it saw, so the client is the
 * entry `trustedHops` places left of the socket. Entries further left were written by the client itself
 * and are never believed: a new value per request must not buy a new throttle bucket.
 *
 * - `trustedHops = 0`: clients connect straight to `next start`; the socket is the client.
 * - `trustedHops = 1`: one reverse proxy (nginx, Caddy, Vercel's edge) in front, which appends or
 *   overwrites `X-Forwarded-For`.
 *
 * @example
 * resolveClientAddress({ socketAddress: '::ffff:10.0.0.5', forwardedFor: '1.2.3.4', trustedHops: 0 }) // '10.0.0.5'
 * resolveClientAddress({ socketAddress: '10.0.0.5', forwardedFor: '6.6.6.6, 203.0.113.7', trustedHops: 1 }) // '203.0.113.7'
 */
export function resolveClientAddress(args: { socketAddress: string | undefined; forwardedFor: string | string[] | undefined | null; trustedHops: number }): string {
  const forwarded = (Array.isArray(args.forwardedFor) ? args.forwardedFor.join(',') : (args.forwardedFor ?? ''))
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chain = args.socketAddress ? [...forwarded, args.socketAddress] : forwarded;
  const hops = Math.max(0, Math.floor(args.trustedHops));
  // Fewer entries than hops: the request skipped a proxy we trust (or there is none yet); use the leftmost
  // entry a trusted party wrote, never one beyond the chain.
  const index = Math.max(0, chain.length - 1 - hops);
  return normalizeAddress(chain[index]);
}

/**
 * One spelling per address, so that `::ffff:10.0.0.5`, `10.0.0.5:51234` and `[::1]:80` each throttle as one
 * client. Anything that is not an IP address becomes `unknown`: all such requests share one bucket.
 *
 * @example
 * normalizeAddress('::ffff:127.0.0.1') // '127.0.0.1'
 * normalizeAddress('[2001:db8::1]:443') // '2001:db8::1'
 * normalizeAddress('evil<script>') // 'unknown'
 */
export function normalizeAddress(raw: string | undefined): string {
  if (!raw) return 'unknown';
  let value = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1] as string;
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(':'));
  value = value.toLowerCase();
  if (value.startsWith('::ffff:') && isIP(value.slice(7)) === 4) value = value.slice(7);
  return isIP(value) ? value : 'unknown';
}

/**
 * The number of trusted proxy hops from the setting's text: a whole number from 0 to 5, else the default.
 *
 * @example
 * parseTrustedHops('1', 0) // 1
 * parseTrustedHops('lots', 0) // 0
 */
export function parseTrustedHops(value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 && n <= 5 ? n : fallback;
}
