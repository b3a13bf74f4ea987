import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDb, type TestDb } from '@/db/client';
import { actionReceipts, classes } from '@/db/schema';
import { createClass } from '@/db/queries/classes';
import { runOnce, unsafePruneReceipts } from '@/db/queries/receipts';
import type { Caller } from '@/db/queries/users';
import { makeCaller } from './helpers';

let t: TestDb;
let teacher: Caller, other: Caller;
beforeAll(async () => {
  t = await createTestDb();
  [teacher, other] = await Promise.all([makeCaller(t.db, 'teacher', 'Keyes'), makeCaller(t.db, 'teacher', 'Otto')]);
});
afterAll(async () => {
  await t?.close();
});

const create = (caller: Caller, name: string) => async (db: typeof t.db) => {
  const created = await createClass(db, caller, { name });
  return created ? ({ ok: true, data: created } as const) : ({ ok: false, error: 'no' } as const);
};
const classesNamed = (name: string) => t.db.$count(classes, eq(classes.name, name));

describe('one-time keys for state-changing forms', () => {
  it('a resubmitted "create class" (its response lost) returns the first class instead of making a second', async () => {
    const key = crypto.randomUUID();
    const first = await runOnce(t.db, teacher, key, 'create-class', create(teacher, 'Period 1'));
    const again = await runOnce(t.db, teacher, key, 'create-class', create(teacher, 'Period 1'));
    expect(first.replayed).toBe(false);
    expect(again.replayed).toBe(true);
    expect(again.result).toEqual(first.result);
    expect(await classesNamed('Period 1')).toBe(1);
  });

  it('two submissions racing with one key make one class, and both get it', async () => {
    const key = crypto.randomUUID();
    const results = await Promise.all(Array.from({ length: 4 }, () => runOnce(t.db, teacher, key, 'create-class', create(teacher, 'Period 2'))));
    expect(await classesNamed('Period 2')).toBe(1);
    const ids = new Set(results.map((r) => (r.result?.ok ? r.result.data.id : null)));
    expect(ids.size).toBe(1);
    expect([...ids][0]).toBeTruthy();
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
  });

  it('a failed submission leaves no receipt and no writes, so the same key works once the form is fixed', async () => {
    const key = crypto.randomUUID();
    const failed = await runOnce(t.db, teacher, key, 'create-class', async (db) => {
      await createClass(db, teacher, { name: 'Half done' });
      return { ok: false, error: 'Something the person must fix.' } as const;
    });
    expect(failed.result).toMatchObject({ ok: false });
    expect(await classesNamed('Half done')).toBe(0);
    expect(await t.db.$count(actionReceipts, eq(actionReceipts.key, key))).toBe(0);
    const fixed = await runOnce(t.db, teacher, key, 'create-class', create(teacher, 'Period 3'));
    expect(fixed.result?.ok).toBe(true);
    expect(await classesNamed('Period 3')).toBe(1);
  });

  it('another user’s key is refused, without revealing or repeating their result', async () => {
    const key = crypto.randomUUID();
    await runOnce(t.db, teacher, key, 'create-class', create(teacher, 'Mine'));
    const stolen = await runOnce(t.db, other, key, 'create-class', create(other, 'Theirs'));
    expect(stolen).toEqual({ result: null, replayed: false, foreign: true });
    expect(await classesNamed('Theirs')).toBe(0);
  });

  it('without a key (or with a malformed one) the action runs every time, as before', async () => {
    await runOnce(t.db, teacher, null, 'create-class', create(teacher, 'Unkeyed'));
    await runOnce(t.db, teacher, 'not-a-uuid', 'create-class', create(teacher, 'Unkeyed'));
    expect(await classesNamed('Unkeyed')).toBe(2);
  });

  it('old receipts are pruned', async () => {
    const key = crypto.randomUUID();
    await runOnce(t.db, teacher, key, 'create-class', create(teacher, 'Old'));
    const later = new Date(Date.now() + 8 * 24 * 60 * 60 * 1000);
    expect(await unsafePruneReceipts(t.db, later)).toBeGreaterThan(0);
    expect(await t.db.$count(actionReceipts)).toBe(0);
  });
});
