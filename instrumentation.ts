/**
 * Runs once when the server starts: migrations, the article library and demo accounts are ready
 * before the first request, on whichever database the environment selects.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  (await import('@/app/_lib/security-services')).startSecurityServices();
  const { ensureDatabaseReady } = await import('@/db/bootstrap');
  await ensureDatabaseReady();
}
