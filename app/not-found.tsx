import { NotFoundNotice } from '@/components/not-found-notice';

/** An unknown address: outside both route groups, so without their header. A page's notFound() uses its group's. */
export default function NotFound() {
  return (
    <main id="content" className="mx-auto w-full max-w-3xl px-4 py-6">
      <NotFoundNotice />
    </main>
  );
}
