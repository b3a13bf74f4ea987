import { resolveClientAddress } from '@/lib/http/client-address';
import { trustedProxyHops } from './request-guard';

/**
 * The client address of a request, for throttling. request-guard.ts has already reduced
 * X-Forwarded-For to the one address it believes; should a request reach here unnormalised (the server
 * was still starting), the configured hops are counted from the right of the list, the last entry being
 * the nearest proxy's view.
 */
export function requestClientAddress(headers: Headers): string {
  return resolveClientAddress({ socketAddress: undefined, forwardedFor: headers.get('x-forwarded-for'), trustedHops: Math.max(0, trustedProxyHops() - 1) });
}
