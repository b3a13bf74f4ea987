import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireCaller } from '@/app/_lib/caller';
import { getDb } from '@/db/client';
import { getMe } from '@/db/queries/users';
import { ChangePasswordForm } from '@/components/change-password-form';

export const metadata: Metadata = { title: 'Account' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AccountPage({ searchParams }: Props) {
  const caller = await requireCaller();
  const me = await getMe(await getDb(), caller);
  if (!me) notFound();
  const isChanged = (await searchParams).changed === '1';
  return (
    <div className="flex flex-col gap-5">
      <h1 className="text-2xl font-bold">Account</h1>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-stone-500">Name</dt>
        <dd>{me.displayName}</dd>
        <dt className="text-stone-500">Signs in with</dt>
        <dd className="break-all">{me.email ?? me.username}</dd>
        <dt className="text-stone-500">Role</dt>
        <dd>{me.role === 'teacher' ? (me.isAdmin ? 'Teacher and administrator' : 'Teacher') : 'Student'}</dd>
      </dl>
      {me.isAdmin ? (
        <p>
          <Link href="/admin" className="inline-flex min-h-11 items-center font-medium underline">
            Administration: invite teachers, sign-up settings, outbox
          </Link>
        </p>
      ) : null}
      {isChanged ? (
        <p className="rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-900" aria-live="polite">
          Password changed. Your other devices have been signed out.
        </p>
      ) : null}
      <p className="text-sm">
        <Link href="/account/data" className="underline">
          Your data: download it, or delete your account
        </Link>
      </p>
      <section className="flex flex-col gap-2">
        <h2 className="text-lg font-semibold">Change password</h2>
        <ChangePasswordForm />
      </section>
    </div>
  );
}
