import Link from 'next/link';
import type { ReaderMeetingDto } from '@/db/queries/facts';
import { formatDate } from '@/lib/reader/dates';
import { FactPanel } from './fact-panel';
import { Participants } from './participants';
import { Disputes, Echoes } from './report-links';

/** What a meeting was, where and when, who took part, and where it sits on the timeline. */
export function MeetingPanel({ meeting, panelId, from }: { meeting: ReaderMeetingDto; panelId: string; from: string }) {
  return (
    <FactPanel id={panelId} title={`Meeting: ${meeting.what}`}>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="font-semibold">Where</dt>
        <dd>{meeting.place === 'virtual' ? 'Online' : (meeting.place ?? 'Place not given')}</dd>
        <dt className="font-semibold">When</dt>
        <dd>
          {meeting.date ? formatDate(meeting.date) : 'Date not given'}
          {meeting.whenText ? <span className="text-stone-600"> (the article says “{meeting.whenText}”)</span> : null}
        </dd>
        {meeting.participants.length ? (
          <>
            <dt className="font-semibold">Who</dt>
            <dd>
              <Participants participants={meeting.participants} />
            </dd>
          </>
        ) : null}
      </dl>
      <Link prefetch={false} href={`/timeline#${meeting.id}`} className="inline-flex min-h-11 items-center text-sm font-medium underline underline-offset-2">
        See it on the timeline
      </Link>
      <Echoes echoes={meeting.echoes} from={from} />
      <Disputes disputes={meeting.disputes} from={from} />
    </FactPanel>
  );
}
