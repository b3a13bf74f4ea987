/** "Not found", with the way back. A plain link: a Next <Link> here would add a chunk to every page's first load. */
export function NotFoundNotice() {
  return (
    <div className="flex flex-col gap-3 py-8">
      <h1 className="text-2xl font-bold">Not found</h1>
      <p className="text-stone-700">This page does not exist, or it is not yours to see.</p>
      {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full load from a 404 is fine; see above */}
      <a href="/library" className="underline">
        Back to the library
      </a>
    </div>
  );
}
