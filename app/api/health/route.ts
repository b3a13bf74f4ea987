import { sql } from 'drizzle-orm';
import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { databaseUnavailableResponse } from '@/app/_lib/route-errors';

export const dynamic = 'force-dynamic';

/** 200 when the server can query its database, 503 when it cannot (for load balancers, the fault scripts and people). */
export async function GET() {
  try {
    await getDb().execute(sql`select 1`);
  } catch (error) {
    return databaseUnavailableResponse(error);
  }
  return NextResponse.json({ database: 'ok' }, { headers: { 'Cache-Control': 'no-store' } });
}
