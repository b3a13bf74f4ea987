import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireCaller } from '@/app/_lib/caller';
import { getDb } from '@/db/client';
import { getImportJob } from '@/db/queries/uploads';
import { ButtonLink } from '@/components/ui/button-link';
import { JobRefresher } from '@/components/uploads/job-refresher';

export const metadata: Metadata = { title: 'Adding article' };

type Props = { params: Promise<{ jobId: string }> };

/** The progress of one upload: its step in words, a progress bar, and where to go when it is done. */
export default async function UploadJobPage({ params }: Props) {
  const caller = await requireCaller();
  const job = await getImportJob(await getDb(), caller, (await params).jobId);
  if (!job) notFound();
  const isRunning = job.status === 'queued' || job.status === 'running';
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{job.article?.title ?? 'Your article'}</h1>
      {job.article?.copyOfTitle ? (
        <p className="rounded-md border border-orange-300 bg-orange-50 px-3 py-2 text-sm text-stone-900">
          This looks like a copy of “{job.article.copyOfTitle}”, already in the library. The library keeps that one as the original; questions from this copy are checked against it.
        </p>
      ) : null}
      <div className="flex flex-col gap-2" aria-live="polite">
        <label htmlFor="job-progress" className="text-sm font-medium">
          {job.status === 'failed' ? 'Stopped' : (job.step ?? 'Waiting to start')}
        </label>
        <progress id="job-progress" max={100} value={job.progress} className="h-3 w-full">
          {job.progress}%
        </progress>
        {job.status === 'done' ? (
          <p data-testid="job-done">
            {job.questionCount ? `${job.questionCount} questions are waiting for your review.` : 'No questions could be made from this text: it may have no quotations, meetings or figures.'}
          </p>
        ) : null}
        {job.error ? <p className="text-red-800">{job.error}</p> : null}
      </div>
      <div className="flex flex-wrap gap-2">
        {job.status === 'done' && job.article && job.questionCount ? (
          <ButtonLink href={`/review?article=${job.article.slug}&status=new`} variant="primary">
            Review the questions
          </ButtonLink>
        ) : null}
        {job.article ? <ButtonLink href={`/articles/${job.article.slug}`}>Read the article</ButtonLink> : null}
      </div>
      <p className="text-sm">
        <Link href="/articles/new" className="underline">
          Add another article
        </Link>
      </p>
      <JobRefresher isRunning={isRunning} />
    </div>
  );
}
