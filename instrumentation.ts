/**
 * Runs once when the server starts, before it serves anything: the database is opened (on PGlite, locked
 * for this process), migrated and imported only if something changed, or the server exits with the reason.
 * Once it is ready, the proxy learns which articles are rendered once for everyone (app/_lib/shared-article-slugs.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  (await import('@/app/_lib/security-services')).startSecurityServices();
  const { prepareServer } = await import('@/db/start-server');
  // Without the list every article is still served, drawn per request: a failure here is no reason to stop.
  // The module (article rendering and queries) is loaded in the callback, once the database is ready: on a
  // start with nothing to migrate that is after the first response, so it adds nothing before it.
  await prepareServer(async (db) => {
    try {
      await (await import('@/app/_lib/shared-library')).refreshSharedArticleSlugs(db);
    } catch (error) {
      console.warn(`[cited] articles will be drawn per request: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
}
