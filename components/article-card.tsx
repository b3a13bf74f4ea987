import Link from 'next/link';

export type ArticleCardProps = {
  slug: string;
  title: string;
  outlet: string | null;
  preview: string;
  /** The title of the article this one is a reworded copy of (the library keeps both, and says which came first). */
  copyOf?: string | null;
  isUpload?: boolean;
  /** Notes under the preview (how the report stands against the others). */
  children?: React.ReactNode;
};

export function ArticleCard({ slug, title, outlet, preview, copyOf, isUpload, children }: ArticleCardProps) {
  return (
    <article className="rounded-2xl border border-accent-100 bg-white p-4 shadow-sm transition-colors hover:border-accent-300">
      <p className="text-xs font-semibold tracking-wide text-accent-700 uppercase">{outlet ?? 'Outlet not stated'}</p>
      <h2 className="mt-1 text-lg leading-snug font-bold">
        <Link prefetch={false} href={`/articles/${slug}`} className="hover:underline">
          {title}
        </Link>
      </h2>
      {isUpload ? <p className="mt-1 text-xs text-stone-600">Added by a teacher</p> : null}
      {copyOf ? (
        <p className="mt-1 text-sm text-orange-900" data-testid="copy-note">
          A reworded copy of “{copyOf}”, which is the original. Where they differ, trust the original.
        </p>
      ) : null}
      <p className="mt-2 line-clamp-3 text-sm text-stone-700">{preview}</p>
      {children}
    </article>
  );
}
