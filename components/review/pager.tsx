import Link from 'next/link';

/** Previous / next page links that keep the filters. */
export function Pager({ path, query, page, pageCount }: { path: string; query: Record<string, string>; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  const href = (p: number) => `${path}?${new URLSearchParams({ ...query, page: String(p) }).toString()}`;
  const link = 'inline-flex min-h-11 items-center rounded-md border border-stone-400 bg-white px-4 py-2 text-sm font-medium hover:bg-stone-100';
  return (
    <nav aria-label="Pages" className="flex items-center justify-between gap-2">
      {page > 1 ? <Link href={href(page - 1)} className={link}>Previous</Link> : <span />}
      <span className="text-sm text-stone-700">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? <Link href={href(page + 1)} className={link}>Next</Link> : <span />}
    </nav>
  );
}
