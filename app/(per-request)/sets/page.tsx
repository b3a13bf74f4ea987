import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireCaller } from '@/app/_lib/caller';
import { makeArticleSetAction } from '@/app/(per-request)/sets/actions';
import { getDb } from '@/db/client';
import { listArticles } from '@/db/queries/articles';
import { listSets } from '@/db/queries/sets';
import { ActionForm } from '@/components/ui/action-form';
import { ButtonLink } from '@/components/ui/button-link';
import { SubmitButton } from '@/components/ui/submit-button';

export const metadata: Metadata = { title: 'Sets' };

export default async function SetsPage() {
  const caller = await requireCaller();
  const db = await getDb();
  const [sets, articles] = await Promise.all([listSets(db, caller), listArticles(db, caller)]);
  if (!sets) notFound();
  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">Sets</h1>
        <p className="text-stone-700">A set is the questions you picked, in your order. Assign a set to a class as a quiz or as flashcards, or export it.</p>
        <ButtonLink href="/sets/new" variant="primary">
          New set
        </ButtonLink>
      </header>
      <section aria-labelledby="my-sets" className="flex flex-col gap-2">
        <h2 id="my-sets" className="text-lg font-semibold">
          Your sets
        </h2>
        {sets.length === 0 ? <p className="text-stone-600">No sets yet. Make one from questions you picked, or a ready-made one from an article below.</p> : null}
        <ul className="flex flex-col gap-2">
          {sets.map((s) => (
            <li key={s.id} className="rounded-lg border border-stone-200 bg-white p-4">
              <Link href={`/sets/${s.id}`} className="font-semibold underline-offset-2 hover:underline">
                {s.title}
              </Link>
              <p className="text-sm text-stone-600">
                {s.questionCount} question{s.questionCount === 1 ? '' : 's'}
                {s.articleTitle ? ' · ready-made from the article' : ''}
              </p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="ready-made" className="flex flex-col gap-2">
        <h2 id="ready-made" className="text-lg font-semibold">
          Ready-made sets
        </h2>
        <p className="text-sm text-stone-700">One set per article, holding the questions of it that you approved (easiest first). Making it again brings it up to date.</p>
        <ul className="flex flex-col gap-2">
          {articles.map((a) => (
            <li key={a.slug} className="flex flex-col gap-2 rounded-lg border border-stone-200 bg-white p-4">
              <span className="font-medium">{a.title}</span>
              <ActionForm action={makeArticleSetAction} fields={{ articleSlug: a.slug }}>
                <SubmitButton variant="secondary" className="self-start">
                  Make the set<span className="sr-only"> for {a.title}</span>
                </SubmitButton>
              </ActionForm>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
