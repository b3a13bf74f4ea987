/**
 * Runs once when the server starts, before it serves anything: the database is opened (on PGlite, locked
 * for this process), migrated and imported only if something changed, or the server exits with the reason.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  (await import('@/app/_lib/security-services')).startSecurityServices();
  const { prepareServer } = await import('@/db/start-server');
  await prepareServer();
}
