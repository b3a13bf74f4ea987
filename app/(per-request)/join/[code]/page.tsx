import type { Metadata } from 'next';
import Link from 'next/link';
import { requireCaller } from '@/app/_lib/caller';
import { joinByLinkAction } from '@/app/(per-request)/classes/actions';
import { getDb } from '@/db/client';
import { previewJoin } from '@/db/queries/enrollments';
import { ActionForm } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/submit-button';

export const metadata: Metadata = { title: 'Join a class' };

type Props = { params: Promise<{ code: string }> };

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return '';
  }
}

/** A class's join link: a signed-out visitor is sent to sign in first and comes back here. */
export default async function JoinPage({ params }: Props) {
  const caller = await requireCaller();
  const code = safeDecode((await params).code);
  const preview = await previewJoin(await getDb(), caller, code);
  if (!preview) {
    return (
      <div className="flex flex-col gap-3">
        <h1 className="text-2xl font-bold">This link does not work</h1>
        <p className="text-stone-700">The class may have a new code, or be archived. Ask your teacher for the current code and enter it under <Link href="/classes" className="underline">Classes</Link>.</p>
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">Join {preview.name}</h1>
      <p className="text-stone-700">Teacher: {preview.teacherName}</p>
      {caller.role === 'teacher' ? (
        <p className="text-stone-700">This is a join link for students. Share it with your class; students who open it join this class.</p>
      ) : preview.isMember ? (
        <p className="text-stone-700">
          You are already in this class. <Link href="/classes" className="underline">See your classes</Link>.
        </p>
      ) : (
        <ActionForm action={joinByLinkAction} fields={{ code }}>
          <SubmitButton className="self-start">Join class</SubmitButton>
        </ActionForm>
      )}
    </div>
  );
}
