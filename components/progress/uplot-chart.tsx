'use client';

import { useEffect, useRef } from 'react';
import 'uplot/dist/uPlot.min.css';
import { whenIdle } from '@/components/ui/when-idle';

export interface ChartSeries {
  label: string;
  values: (number | null)[];
  kind: 'bars' | 'line';
  color: string;
  /** Series on the right-hand 0–100% scale (accuracy) instead of counts. */
  isPercent?: boolean;
}

type Props = { labels: string[]; series: ChartSeries[]; height?: number };
type UPlot = typeof import('uplot');

/**
 * A small uPlot chart (canvas, hidden from screen readers: every chart on the page has a text alternative
 * beside it). uPlot is loaded after the page, so the chart costs nothing on first load.
 */
export function UPlotChart({ labels, series, height = 200 }: Props) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    let plot: { destroy: () => void; setSize: (s: { width: number; height: number }) => void } | null = null;
    let observer: ResizeObserver | null = null;
    let cancelled = false;
    let stopIdle = () => {};
    // Drawn when it comes near the screen, each chart in a task of its own once the page is idle: the two
    // charts used to be drawn in one long task while the page loaded.
    const near = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        near.disconnect();
        void import('uplot').then(({ default: uPlot }) => {
          if (!cancelled) stopIdle = whenIdle(() => !cancelled && draw(uPlot), 1000);
        });
      },
      { rootMargin: '200px' },
    );
    near.observe(element);
    function draw(uPlot: UPlot) {
      if (!element) return;
      const hasPercent = series.some((s) => s.isPercent);
      const bars = uPlot.paths.bars?.({ size: [0.7, 28], radius: 0.25 });
      plot = new uPlot(
        {
          width: element.clientWidth || 320,
          height,
          legend: { show: false },
          cursor: { show: false },
          scales: { x: { time: false }, y: { range: (_u, _min, max) => [0, Math.max(4, Math.ceil(max * 1.15))] }, pct: { range: [0, 100] } },
          axes: [
            { values: (_u, splits) => splits.map((i) => labels[i] ?? ''), gap: 4, size: 32, grid: { show: false } },
            { size: 36, grid: { stroke: '#ebe5ff' } },
            ...(hasPercent ? [{ scale: 'pct', side: 1 as const, size: 48, grid: { show: false }, values: (_u: unknown, splits: number[]) => splits.map((v) => `${v}%`) }] : []),
          ],
          series: [
            {},
            ...series.map((s) => ({
              label: s.label,
              scale: s.isPercent ? 'pct' : 'y',
              stroke: s.color,
              width: s.kind === 'line' ? 2.5 : 0,
              fill: s.kind === 'bars' ? s.color : undefined,
              paths: s.kind === 'bars' ? bars : undefined,
              points: { show: s.kind === 'line', size: 5 },
              spanGaps: false,
            })),
          ],
        },
        [labels.map((_, i) => i), ...series.map((s) => s.values)] as unknown as uPlot.AlignedData,
        element,
      );
      observer = new ResizeObserver(() => plot?.setSize({ width: element.clientWidth, height }));
      observer.observe(element);
    }
    return () => {
      cancelled = true;
      near.disconnect();
      stopIdle();
      observer?.disconnect();
      plot?.destroy();
    };
  }, [labels, series, height]);
  return <div ref={box} aria-hidden className="w-full overflow-hidden" style={{ minHeight: height }} />;
}
