import type { NextRequest } from 'next/server';
import { handlers } from '@/auth';
import { isSameOriginRequest } from '@/lib/http/same-origin';

export const { GET } = handlers;

/** Auth.js has its own CSRF token; refusing cross-origin and Origin-less POSTs is the project-wide rule for route handlers. */
export async function POST(request: NextRequest) {
  const headers = request.headers;
  if (!isSameOriginRequest({ origin: headers.get('origin'), host: headers.get('x-forwarded-host') ?? headers.get('host') })) {
    return Response.json({ error: 'Cross-origin request refused.' }, { status: 403 });
  }
  return handlers.POST(request);
}
