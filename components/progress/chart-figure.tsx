import type { ReactNode } from 'react';

type Props = { title: string; summary: string; table: { head: string[]; rows: (string | number)[][] }; children: ReactNode };

/** A chart with its text alternative: a one-sentence summary, and the numbers as a table on request. */
export function ChartFigure({ title, summary, table, children }: Props) {
  return (
    <figure className="flex flex-col gap-2 rounded-2xl border border-accent-100 bg-white p-4">
      <figcaption>
        <h2 className="text-lg font-bold">{title}</h2>
        <p className="text-sm text-stone-700">{summary}</p>
      </figcaption>
      {children}
      <details className="text-sm">
        <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold text-accent-700">Show as a table</summary>
        <div className="overflow-x-auto">
          <table className="w-full text-left">
            <thead>
              <tr>
                {table.head.map((h) => (
                  <th key={h} scope="col" className="py-1 pr-3 font-semibold">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={String(row[0])} className="border-t border-stone-100">
                  {row.map((cell, i) => (i === 0 ? <th key={i} scope="row" className="py-1 pr-3 font-normal">{cell}</th> : <td key={i} className="py-1 pr-3">{cell}</td>))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
