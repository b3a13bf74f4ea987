/**
 * Runs `task` after the page's `load` event, once the main thread is idle (or after `timeoutMs` at the
 * latest), so work that nothing on screen waits for (the offline machinery, the time-zone check, a chart
 * below the fold) does not lengthen the tasks that boot and hydrate the page on a slow phone. Returns a
 * function that cancels the task if it has not run yet.
 */
export function whenIdle(task: () => void, timeoutMs = 3000): () => void {
  let cancelled = false;
  let idleId: number | null = null;
  let timerId: ReturnType<typeof setTimeout> | null = null;
  const run = () => {
    if (!cancelled) task();
  };
  const schedule = () => {
    if (cancelled) return;
    if (typeof window.requestIdleCallback === 'function') idleId = window.requestIdleCallback(run, { timeout: timeoutMs });
    else timerId = setTimeout(run, 1);
  };
  if (document.readyState === 'complete') schedule();
  else window.addEventListener('load', schedule, { once: true });
  return () => {
    cancelled = true;
    window.removeEventListener('load', schedule);
    if (idleId !== null) window.cancelIdleCallback(idleId);
    if (timerId !== null) clearTimeout(timerId);
  };
}
