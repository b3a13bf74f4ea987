import { getCaller } from '@/app/_lib/caller';
import { download, notFoundResponse } from '@/app/_lib/download';
import { getDb } from '@/db/client';
import { exportMyData } from '@/db/queries/privacy';

/** Everything Cited holds about the signed-in user, as one JSON file. */
export async function GET(): Promise<Response> {
  const caller = await getCaller();
  if (!caller) return notFoundResponse();
  const data = await exportMyData(await getDb(), caller);
  if (!data) return notFoundResponse();
  return download(JSON.stringify(data, null, 2), `cited-my-data-${new Date().toISOString().slice(0, 10)}.json`, 'application/json; charset=utf-8');
}
