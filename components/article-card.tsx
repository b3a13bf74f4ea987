import Link from 'next/link';

export type ArticleCardProps = {
  slug: string;
  title: string;
  outlet: string | null;
  preview: string;
};

export function ArticleCard({ slug, title, outlet, preview }: ArticleCardProps) {
  return (
    <article className="rounded-2xl border border-accent-100 bg-white p-4 shadow-sm transition-colors hover:border-accent-300">
      <p className="text-xs font-semibold tracking-wide text-accent-700 uppercase">{outlet ?? 'Outlet not stated'}</p>
      <h2 className="mt-1 text-lg leading-snug font-bold">
        <Link href={`/articles/${slug}`} className="hover:underline">
          {title}
        </Link>
      </h2>
      <p className="mt-2 line-clamp-3 text-sm text-stone-700">{preview}</p>
    </article>
  );
}
