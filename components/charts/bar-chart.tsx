/**
 * A bar chart drawn with plain HTML on the server: no chart JavaScript reaches the browser. Each bar sits
 * under its label and value written out, so the list itself is the chart's text alternative; the bars are
 * decoration for sighted readers.
 */

export interface Bar {
  label: string;
  value: number;
  /** How the value reads ("3 students", "67%"). */
  display: string;
  tone?: 'neutral' | 'good' | 'warn' | 'bad';
}

const TONES = { neutral: 'bg-stone-700', good: 'bg-green-700', warn: 'bg-orange-700', bad: 'bg-red-800' } as const;

type Props = { title: string; description: string; bars: Bar[]; max?: number };

export function BarChart({ title, description, bars, max }: Props) {
  const top = Math.max(max ?? 0, ...bars.map((b) => b.value), 1);
  return (
    <figure className="flex flex-col gap-2 rounded-lg border border-stone-200 bg-white p-4">
      <figcaption className="font-semibold">{title}</figcaption>
      <p className="text-xs text-stone-600">{description}</p>
      <ul className="flex flex-col gap-2">
        {bars.map((bar) => (
          <li key={bar.label} className="flex flex-col gap-1 text-sm">
            <span className="flex justify-between gap-3">
              <span className="text-stone-800">{bar.label}</span>
              <span className="text-stone-700 tabular-nums">{bar.display}</span>
            </span>
            <span aria-hidden="true" className="block h-3 w-full rounded bg-stone-100">
              <span className={`block h-3 rounded ${TONES[bar.tone ?? 'neutral']}`} style={{ width: `${Math.max(bar.value > 0 ? 2 : 0, (100 * bar.value) / top)}%` }} />
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
