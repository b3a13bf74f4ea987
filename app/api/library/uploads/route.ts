import { json, sessionEnded } from '@/app/api/_lib/json-route';
import { getCaller } from '@/app/_lib/caller';
import { sharedLibraryList } from '@/app/_lib/shared-library';
import { getDb } from '@/db/client';
import type { YourUpload } from '@/components/uploads/your-uploads';

/**
 * The uploads in the caller's library (their own, or their teachers'), with how each stands: the part of the
 * library page that differs between readers, so the page itself can be rendered once for everyone.
 */
export async function GET(): Promise<Response> {
  const caller = await getCaller();
  if (!caller) return sessionEnded();
  const { articles, standings } = await sharedLibraryList(await getDb(), caller);
  const uploads: YourUpload[] = articles
    .filter((article) => article.origin === 'upload')
    .map(({ id, slug, title, outlet, preview, copyOf }) => ({ slug, title, outlet, preview, copyOf, standing: standings.get(id) ?? null }));
  return json({ role: caller.role, uploads });
}
