import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getCaller } from '@/app/_lib/caller';
import { getDb } from '@/db/client';
import { isOpenTeacherSignUp } from '@/db/queries/settings';
import { SignUpForm } from '@/components/sign-up-form';

export const metadata: Metadata = { title: 'Create account' };

export default async function SignUpPage() {
  if (await getCaller()) redirect('/library');
  const canChooseTeacher = await isOpenTeacherSignUp(await getDb());
  return (
    <div className="mx-auto flex max-w-sm flex-col gap-6">
      <h1 className="text-2xl font-bold">Create your account</h1>
      <SignUpForm canChooseTeacher={canChooseTeacher} />
      {canChooseTeacher ? null : (
        <p className="text-sm text-stone-700">Teachers: ask your school’s Cited administrator for an invitation link.</p>
      )}
      <p className="text-sm text-stone-700">
        Already have one?{' '}
        <Link href="/signin" className="underline">
          Sign in
        </Link>
      </p>
    </div>
  );
}
