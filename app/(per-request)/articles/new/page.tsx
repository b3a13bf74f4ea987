import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireCaller } from '@/app/_lib/caller';
import { getDb } from '@/db/client';
import { listMyUploads } from '@/db/queries/uploads';
import { AddArticleForm } from '@/components/uploads/add-article-form';

export const metadata: Metadata = { title: 'Add article' };

const STATUS = { queued: 'Waiting', running: 'Working', done: 'Ready for review', failed: 'Failed' } as const;

export default async function AddArticlePage() {
  const caller = await requireCaller();
  if (caller.role !== 'teacher') notFound();
  const uploads = await listMyUploads(await getDb(), caller);
  return (
    <div className="flex flex-col gap-5">
      <header className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold">Add article</h1>
        <p className="text-stone-700">
          Add a news article of your own. Cited finds its quotations, meetings and figures and writes questions for you to review. Only you and the students in your classes see it.
        </p>
      </header>
      <AddArticleForm />
      {uploads.length ? (
        <section aria-labelledby="uploads" className="flex flex-col gap-2">
          <h2 id="uploads" className="text-lg font-semibold">
            Your articles
          </h2>
          <ul className="flex flex-col gap-2">
            {uploads.map((u) => (
              <li key={u.jobId} className="rounded-lg border border-stone-200 bg-white p-3">
                <Link href={`/articles/uploads/${u.jobId}`} className="font-medium underline underline-offset-2">
                  {u.title}
                </Link>
                <p className="text-sm text-stone-600">
                  {STATUS[u.status]}
                  {u.status === 'done' && u.questionCount !== null ? ` · ${u.questionCount} questions` : ''}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
