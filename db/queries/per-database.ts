import type { Db } from '@/db/client';

/**
 * `build(db)` made once per database and kept: for prepared statements on a hot path (every answer, review
 * or request runs one), whose SQL is then built once instead of on every call.
 */
export function perDatabase<T>(build: (db: Db) => T): (db: Db) => T {
  const made = new WeakMap<Db, T>();
  return (db) => {
    let value = made.get(db);
    if (value === undefined) made.set(db, (value = build(db)));
    return value;
  };
}
