'use client';

import { useEffect } from 'react';

/**
 * A tap on a marked fact's words opens its panel, as its button does (the button stays the way in for
 * keyboards and screen readers). Selecting text never opens anything.
 */
export function TapToOpen({ containerId }: { containerId: string }) {
  useEffect(() => {
    const container = document.getElementById(containerId);
    if (!container) return;
    const onClick = (event: MouseEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      if (!target || target.closest('a, button') || window.getSelection()?.toString()) return;
      const mark = target.closest<HTMLElement>('[data-opens]');
      const panel = mark?.dataset.opens ? document.getElementById(mark.dataset.opens) : null;
      if (panel && !panel.matches(':popover-open')) panel.showPopover();
    };
    container.addEventListener('click', onClick);
    return () => container.removeEventListener('click', onClick);
  }, [containerId]);
  return null;
}
