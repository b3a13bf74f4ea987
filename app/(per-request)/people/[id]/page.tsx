import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { requireCaller } from '@/app/_lib/caller';
import { getDb } from '@/db/client';
import { getPerson } from '@/db/queries/people';
import { ExploreLinks } from '@/components/reader/explore-links';
import { PersonQuotes } from '@/components/reader/person-quotes';
import { QuestionsAbout } from '@/components/reader/practice-links';
import { citeHref } from '@/lib/reader/cite';
import { formatDate } from '@/lib/reader/dates';

type Props = { params: Promise<{ id: string }> };

const loadPerson = cache(async (id: string) => getPerson(await getDb(), await requireCaller(), id));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await loadPerson((await params).id))?.name ?? 'Not found' };
}

/** One person: who they are, the names the articles use, everything they said, the meetings they were at, and the questions about them. */
export default async function PersonPage({ params }: Props) {
  const { id } = await params;
  const person = await loadPerson(id);
  if (!person) notFound();
  const here = `/people/${person.id}`;
  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-1">
        <ExploreLinks />
        <h1 className="text-2xl font-bold">{person.name}</h1>
        <p className="text-stone-700">{[person.role ?? 'Role not given', person.affiliation].filter(Boolean).join(' · ')}</p>
      </header>

      <section aria-labelledby="names" className="flex flex-col gap-2">
        <h2 id="names" className="text-xl font-semibold">
          Names the articles use
        </h2>
        <ul className="flex flex-col gap-1 text-sm">
          {person.names.map((n) => (
            <li key={n.name}>
              <details>
                <summary className="min-h-11 cursor-pointer content-center">
                  <span className="font-semibold">{n.name}</span> · in {n.places.length} {n.places.length === 1 ? 'report' : 'reports'}
                  {n.disputedBy ? <span className="text-red-800"> · not the spelling in Cited’s list of people</span> : null}
                </summary>
                <ul className="flex flex-col pl-4">
                  {n.places.map((p) => (
                    <li key={p.slug}>
                      <Link prefetch={false} href={citeHref(p.slug, p.range, here)} className="inline-flex min-h-11 items-center underline underline-offset-2">
                        {p.label}
                      </Link>
                    </li>
                  ))}
                  {n.disputedBy ? (
                    <li>
                      <Link prefetch={false} href={`/conflicts/${n.disputedBy}`} className="inline-flex min-h-11 items-center text-red-800 underline underline-offset-2">
                        Compare the spellings
                      </Link>
                    </li>
                  ) : null}
                </ul>
              </details>
            </li>
          ))}
        </ul>
        {person.disputes.length ? (
          <ul className="text-sm">
            {person.disputes.map((d) => (
              <li key={d.id}>
                <Link prefetch={false} href={`/conflicts/${d.id}`} className="inline-flex min-h-11 items-center text-red-800 underline underline-offset-2">
                  Reports disagree: {d.about}
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      <section aria-labelledby="quotations" className="flex flex-col gap-2">
        <h2 id="quotations" className="text-xl font-semibold">
          Quotations ({person.quotes.length})
        </h2>
        {person.quotes.length ? <PersonQuotes quotes={person.quotes} from={here} /> : <p className="text-stone-600">No report quotes {person.name}.</p>}
      </section>

      {person.meetings.length ? (
        <section aria-labelledby="meetings" className="flex flex-col gap-2">
          <h2 id="meetings" className="text-xl font-semibold">
            Meetings
          </h2>
          <ul className="flex flex-col gap-1 text-sm">
            {person.meetings.map((m) => (
              <li key={m.id}>
                <Link prefetch={false} href={`/timeline#${m.id}`} className="inline-flex min-h-11 items-center underline underline-offset-2">
                  {m.what}
                  {m.place ? `, ${m.place === 'virtual' ? 'online' : m.place}` : ''} · {m.date ? formatDate(m.date) : 'date not given'}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="questions" className="flex flex-col gap-2">
        <h2 id="questions" className="text-xl font-semibold">
          Questions about {person.name}
        </h2>
        <QuestionsAbout questions={person.questions} subject={person.name} personId={person.id} />
      </section>
    </div>
  );
}
