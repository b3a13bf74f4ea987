import type { Metadata } from 'next';
import Link from 'next/link';
import { requireCaller } from '@/app/_lib/caller';
import { DeleteAccountForm } from '@/components/delete-account-form';
import { ButtonLink } from '@/components/ui/button-link';

export const metadata: Metadata = { title: 'Your data' };

export default async function MyDataPage() {
  await requireCaller();
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">Your data</h1>
      <section aria-labelledby="download" className="flex flex-col gap-2">
        <h2 id="download" className="text-lg font-semibold">
          Download everything
        </h2>
        <p className="text-stone-700">One file (JSON) with your account, classes, quiz answers, flashcards and reviews, settings and sign-in records.</p>
        <ButtonLink href="/account/data/export" download>
          Download my data
        </ButtonLink>
      </section>
      <section aria-labelledby="delete" className="flex flex-col gap-2">
        <h2 id="delete" className="text-lg font-semibold">
          Delete your account
        </h2>
        <p className="text-stone-700">
          Your account and everything in it are deleted at once: answers, flashcards, reviews, class memberships, settings and sign-in records. Your teachers no longer see your results. This
          cannot be undone.
        </p>
        <DeleteAccountForm />
      </section>
      <p className="text-sm">
        <Link href="/privacy" className="underline">
          What Cited stores and why
        </Link>
      </p>
    </div>
  );
}
