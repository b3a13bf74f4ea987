import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getCaller } from '@/app/_lib/caller';
import { SignUpForm } from '@/components/sign-up-form';

export const metadata: Metadata = { title: 'Create account' };

export default async function SignUpPage() {
  if (await getCaller()) redirect('/library');
  return (
    <div className="mx-auto flex max-w-sm flex-col gap-6">
      <h1 className="text-2xl font-bold">Create your account</h1>
      <SignUpForm />
      <p className="text-sm text-stone-600">
        Already have one?{' '}
        <Link href="/signin" className="underline">
          Sign in
        </Link>
      </p>
    </div>
  );
}
