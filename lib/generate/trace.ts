/**
 * Why a fact is not asked: the generator's gates report each fact they turn away to a sink, when one is
 * attached to the context (`npm run --silent review:sample -- --why FILE…`). Without a sink a gate pays one
 * WeakMap look-up, and only on the path that drops a fact.
 */
import type { GenerateContext } from './context';

/** Receives a fact's id and the gate that dropped one of its questions ("who-said:few-options"). */
export type TraceSink = (factId: string, gate: string) => void;

const sinks = new WeakMap<GenerateContext, TraceSink>();

/** Attaches a sink to a context: every gate that drops a fact from then on reports to it. */
export function traceInto(ctx: GenerateContext, sink: TraceSink): void {
  sinks.set(ctx, sink);
}

/**
 * Reports a dropped fact to the context's sink, if any, and returns `value`, so that a gate reads
 * `return dropped(ctx, q.id, 'quote:fragment', null)`.
 *
 * @example
 * if (picks.length < 3) return dropped(ctx, v.m.id, 'where:few-options', null);
 */
export function dropped<T>(ctx: GenerateContext, factId: string, gate: string, value: T): T {
  sinks.get(ctx)?.(factId, gate);
  return value;
}
