import { NotFoundNotice } from '@/components/not-found-notice';

/** A page's notFound(), inside this group's layout and so under its header (app/not-found.tsx renders outside it). */
export default function NotFound() {
  return <NotFoundNotice />;
}
