import { getDb } from '@/db/client';
import { setMyTimeZone } from '@/db/queries/time-zone';
import { json, readSignedInJson } from '../_lib/json-route';

/** `POST /api/time-zone` with `{ timeZone: "Europe/Paris" }`: the browser's zone, for "today" and streaks. */
export async function POST(request: Request): Promise<Response> {
  const read = await readSignedInJson(request);
  if (!read.ok) return read.response;
  const timeZone = (read.body as { timeZone?: unknown } | null)?.timeZone;
  const saved = await setMyTimeZone(getDb(), read.caller, timeZone);
  return saved ? json({ timeZone }) : json({ error: 'Unknown time zone.' }, 400);
}
