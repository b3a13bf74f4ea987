import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireCaller } from '@/app/_lib/caller';
import { getDb } from '@/db/client';
import { listOutbox } from '@/db/queries/outbox';

export const metadata: Metadata = { title: 'Outbox' };

export default async function OutboxPage() {
  const caller = await requireCaller();
  const messages = await listOutbox(await getDb(), caller);
  if (!messages) notFound();
  const format = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: caller.timeZone });
  return (
    <div className="flex flex-col gap-5">
      <p className="text-sm">
        <Link href="/admin" className="underline">
          Administration
        </Link>
      </p>
      <h1 className="text-2xl font-bold">Outbox</h1>
      <p className="text-sm text-stone-700">
        Messages Cited would have emailed, newest first. No mail server is configured, so nothing here was sent; messages are deleted after 30 days.
      </p>
      {messages.length === 0 ? (
        <p className="text-sm text-stone-700">No messages yet. Sign-ups with an email address leave one here.</p>
      ) : (
        <ul className="flex flex-col gap-3" data-testid="outbox">
          {messages.map((message) => (
            <li key={message.id} className="flex flex-col gap-1 rounded-lg border border-stone-200 bg-white p-3">
              <p className="break-words font-medium">{message.subject}</p>
              <p className="break-words text-sm text-stone-700">
                To {message.toAddress} · {format.format(message.createdAt)}
              </p>
              <p className="whitespace-pre-line break-words text-sm">{message.body}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
