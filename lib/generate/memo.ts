/**
 * Per-library memos: the builders ask for the same index of a GenerateContext (or of a fact list, a person)
 * many times, and a WeakMap keyed by that object keeps the answer exactly as long as the object lives.
 */

/**
 * `fn` computed once per object.
 *
 * @example
 * const keyFigures = memoByObject((ctx: GenerateContext) => new Set(ctx.figures.map((f) => f.id)));
 * keyFigures(ctx) === keyFigures(ctx); // → true
 */
export function memoByObject<O extends object, V>(fn: (o: O) => V): (o: O) => V {
  const cache = new WeakMap<O, V>();
  return (o) => {
    if (cache.has(o)) return cache.get(o) as V;
    const value = fn(o);
    cache.set(o, value);
    return value;
  };
}

/**
 * `fn(o, arg)` computed once per object and per key of `arg` (the argument itself unless `keyOf` names it,
 * such as a quotation's id).
 *
 * @example
 * const sourcesOf = memoByObjectAndKey((ctx: GenerateContext, q: Quote) => findSources(ctx, q), (q) => q.id);
 */
export function memoByObjectAndKey<O extends object, A, V>(fn: (o: O, arg: A) => V, keyOf: (arg: A) => unknown = (arg) => arg): (o: O, arg: A) => V {
  const perObject = memoByObject<O, Map<unknown, V>>(() => new Map());
  return (o, arg) => {
    const memo = perObject(o);
    const key = keyOf(arg);
    if (memo.has(key)) return memo.get(key) as V;
    const value = fn(o, arg);
    memo.set(key, value);
    return value;
  };
}

/**
 * `fn(text)` computed once per distinct string: for pure functions of text that the builders ask of the same words
 * again and again (one quotation judged by several gates, each candidate's words by every question). The answer
 * depends on the text alone, never on call order or on which library asked; the memo starts over when it holds
 * `limit` strings, so it stays bounded.
 *
 * @example
 * const stemsOf = memoByText((text: string) => text.split(' ').map((w) => w.slice(0, 4)));
 * stemsOf('Russia warned') === stemsOf('Russia warned'); // → true
 */
export function memoByText<V>(fn: (text: string) => V, limit = 20_000): (text: string) => V {
  const cache = new Map<string, V>();
  return (text) => {
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit as V;
    if (cache.size >= limit) cache.clear();
    const value = fn(text);
    cache.set(text, value);
    return value;
  };
}
