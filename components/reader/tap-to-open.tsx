'use client';

import { useEffect } from 'react';
import { factPanel } from './fact-panel-on-demand';

/** The panel rises from the bottom; it must not hide what was tapped. */
function keepInSight(panel: HTMLElement, pointY: number) {
  panel.removeAttribute('data-place');
  requestAnimationFrame(() => {
    const covered = () => pointY + 12 - panel.getBoundingClientRect().top;
    const overlap = covered();
    if (overlap <= 0) return;
    const before = window.scrollY;
    window.scrollBy({ top: overlap + 12, behavior: 'instant' });
    pointY -= window.scrollY - before;
    // Too near the end of the page to scroll it clear: the panel takes the top of the screen instead.
    if (covered() > 0) panel.setAttribute('data-place', 'top');
  });
}

/**
 * A tap on a marked fact's words opens its panel, as its button does (the button stays the way in for
 * keyboards and screen readers); selecting text never opens anything. Either way, the page moves so
 * that the panel does not cover what was tapped. A panel not built yet is built here, before the button's
 * own action (which runs after this listener) looks for it.
 */
export function TapToOpen({ containerId }: { containerId: string }) {
  useEffect(() => {
    const container = document.getElementById(containerId);
    if (!container) return;
    const onClick = (event: MouseEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      if (!target || target.closest('a') || window.getSelection()?.toString()) return;
      const chip = target.closest<HTMLElement>('button[popovertarget]');
      const mark = chip ? null : target.closest<HTMLElement>('[data-opens]');
      const panelId = chip?.getAttribute('popovertarget') ?? mark?.dataset.opens;
      const panel = panelId ? factPanel(panelId) : null;
      if (!panel) return;
      if (mark && !panel.matches(':popover-open')) panel.showPopover();
      // A click from the keyboard has no position: use the button's.
      const y = event.detail === 0 && chip ? chip.getBoundingClientRect().bottom : event.clientY;
      requestAnimationFrame(() => panel.matches(':popover-open') && keepInSight(panel, y));
    };
    container.addEventListener('click', onClick);
    return () => container.removeEventListener('click', onClick);
  }, [containerId]);
  return null;
}
