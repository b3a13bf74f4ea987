/**
 * The writes the fault scripts submit, one plug-in per endpoint. Each event carries a client id; the
 * endpoint answers with the ids it holds; `count` reads how many rows the database has per id afterwards
 * (1: kept once, 0: lost, 2 or more: doubled). The students' answers and reviews are in study-ops.ts.
 */
import { count, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { classes } from '@/db/schema';
import type { SeededUser } from './seed';

export interface WriteEvent {
  id: string;
  [field: string]: unknown;
}

export interface WriteOp {
  name: string;
  role: 'teacher' | 'student';
  path: string;
  /** Environment the server needs for this endpoint (the test-only probe is off without it). */
  serverEnv?: Record<string, string>;
  prepare?: (db: Db, users: SeededUser[]) => Promise<void>;
  /** The user's next event, or null when they have nothing left to send. */
  event: (user: SeededUser, seq: number) => WriteEvent | null;
  body: (events: WriteEvent[]) => unknown;
  heldIds: (json: unknown) => string[];
  count: (db: Db, ids: string[]) => Promise<Map<string, number>>;
}

/** Runs a `select id, n` query and returns the counts by id. */
export async function countBy(rows: Promise<{ id: string; n: number }[]>): Promise<Map<string, number>> {
  return new Map((await rows).map((r) => [r.id, Number(r.n)]));
}

const heldIds = (json: unknown) => {
  const ids = (json as { held?: unknown } | null)?.held;
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
};

/** "Create class" with a one-time key, through the test-only route (CITED_FAULT_PROBE=1). */
export const createClass: WriteOp = {
  name: 'create-class',
  role: 'teacher',
  path: '/api/test/classes',
  serverEnv: { CITED_FAULT_PROBE: '1' },
  event: (_user, seq) => {
    const id = crypto.randomUUID();
    return { id, name: `fault ${id}`, seq };
  },
  body: (events) => ({ events: events.map(({ id, name }) => ({ id, name })) }),
  heldIds,
  // The class name carries the event id, so a doubled submission shows up as two classes with one name.
  count: async (db, ids) => {
    const counts = new Map<string, number>();
    for (let i = 0; i < ids.length; i += 5_000) {
      const names = ids.slice(i, i + 5_000).map((id) => `fault ${id}`);
      const rows = await db.select({ name: classes.name, n: count() }).from(classes).where(inArray(classes.name, names)).groupBy(classes.name);
      for (const row of rows) counts.set(row.name.slice('fault '.length), Number(row.n));
    }
    return counts;
  },
};
