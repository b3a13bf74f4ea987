/**
 * The @vercel/postgres driver (POSTGRES_URL): its own module, loaded by db/client.ts only where POSTGRES_URL
 * is set. It brings Neon's WebSocket client, over half of the database code a server would otherwise
 * evaluate at start (several times: instrumentation and each route have their own copy).
 */
import { sql } from '@vercel/postgres';
import { drizzle } from 'drizzle-orm/vercel-postgres';
import { migrate } from 'drizzle-orm/vercel-postgres/migrator';

export { drizzle, migrate, sql };
