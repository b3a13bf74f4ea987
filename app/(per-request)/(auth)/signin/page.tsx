import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getCaller } from '@/app/_lib/caller';
import { SignInForm } from '@/components/sign-in-form';
import { safeRedirectPath } from '@/lib/http/redirect';

export const metadata: Metadata = { title: 'Sign in' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  // The proxy sends signed-out visitors here with the page they asked for; only a path on this site is kept.
  const callbackUrl = safeRedirectPath(one(params.callbackUrl)) ?? undefined;
  if (await getCaller()) redirect(callbackUrl ?? '/library');
  const isCheckEmail = one(params.notice) === 'check-email';
  return (
    <div className="mx-auto flex max-w-sm flex-col gap-6">
      <h1 className="text-2xl font-bold">Sign in</h1>
      {isCheckEmail ? (
        <p className="rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-900" data-testid="check-email" aria-live="polite">
          Thanks. We have sent a message to that email address. If it was new to Cited, your account is ready: sign in with the address and the password you chose.
        </p>
      ) : null}
      <SignInForm callbackUrl={callbackUrl} />
      <p className="text-sm text-stone-700">
        New here?{' '}
        <Link href="/signup" className="underline">
          Create an account
        </Link>
      </p>
    </div>
  );
}
