import { NextResponse } from 'next/server';
import { z } from 'zod';
import { getCaller } from '@/app/_lib/caller';
import { databaseUnavailableResponse } from '@/app/_lib/route-errors';
import { getDb } from '@/db/client';
import { createClass } from '@/db/queries/classes';
import { runOnce } from '@/db/queries/receipts';
import { isSameOriginRequest } from '@/lib/http/same-origin';

export const dynamic = 'force-dynamic';

/**
 * TEST ONLY, off unless CITED_FAULT_PROBE=1 (never set it on a real deployment): the fault scripts' write
 * through the real HTTP path, shaped like the answer and review endpoints (a batch of events, each with
 * a client id; the reply's `held` lists the ids the server holds). Each event creates a class once per id, through
 * the same one-time receipts as the "Create class" form.
 */
const bodySchema = z.object({
  events: z
    .array(z.object({ id: z.uuid(), name: z.string().min(1).max(80).regex(/^[^\p{Cc}]*$/u, 'no control characters') }))
    .min(1)
    .max(50),
});

function isEnabled(): boolean {
  return process.env.CITED_FAULT_PROBE === '1' && !process.env.VERCEL && !process.env.POSTGRES_URL;
}

export async function POST(request: Request) {
  if (!isEnabled()) return new NextResponse(null, { status: 404 });
  const headers = request.headers;
  if (!isSameOriginRequest({ origin: headers.get('origin'), host: headers.get('x-forwarded-host') ?? headers.get('host') })) {
    return NextResponse.json({ error: 'cross-origin' }, { status: 403 });
  }
  const parsed = bodySchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return NextResponse.json({ error: 'invalid', issues: z.flattenError(parsed.error).fieldErrors }, { status: 400 });
  const held: string[] = [];
  try {
    const caller = await getCaller();
    if (!caller) return NextResponse.json({ error: 'signed-out' }, { status: 401 });
    const db = getDb();
    for (const event of parsed.data.events) {
      const once = await runOnce(db, caller, event.id, 'fault-probe:create-class', async (tx) => {
        const created = await createClass(tx, caller, { name: event.name });
        return created ? ({ ok: true, data: created } as const) : ({ ok: false, error: 'not a teacher' } as const);
      });
      if (once.result?.ok) held.push(event.id);
    }
  } catch (error) {
    return databaseUnavailableResponse(error);
  }
  return NextResponse.json({ held });
}
