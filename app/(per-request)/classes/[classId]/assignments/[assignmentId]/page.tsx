import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireCaller } from '@/app/_lib/caller';
import { getDb } from '@/db/client';
import { getAssignmentResults } from '@/db/queries/results';
import { CELL_STATUS_LABELS, type CellStatus } from '@/lib/grading/gradebook';
import { formatInZone } from '@/lib/time/zoned';
import { BarChart } from '@/components/charts/bar-chart';
import { ItemAnalysis } from '@/components/results/item-analysis';

export const metadata: Metadata = { title: 'Assignment results' };

type Props = { params: Promise<{ classId: string; assignmentId: string }> };

const STATUS_TONES: Record<CellStatus, 'neutral' | 'good' | 'warn' | 'bad'> = { done: 'good', late: 'warn', missing: 'bad', excused: 'neutral', started: 'neutral', assigned: 'neutral' };
const BANDS = ['0–19%', '20–39%', '40–59%', '60–79%', '80–100%'];

export default async function AssignmentResultsPage({ params }: Props) {
  const caller = await requireCaller();
  const { classId, assignmentId } = await params;
  const results = await getAssignmentResults(await getDb(), caller, assignmentId);
  if (!results || results.classId !== classId) notFound();
  const bands = BANDS.map((label, i) => ({ label, count: results.scores.filter((s) => Math.min(4, Math.floor(s * 5)) === i).length }));
  return (
    <div className="flex flex-col gap-5">
      <header className="flex flex-col gap-1">
        <p className="text-sm">
          <Link href={`/classes/${results.classId}/results`} className="underline">
            {results.className}: results
          </Link>
        </p>
        <h1 className="text-2xl font-bold">{results.title}</h1>
        <p className="text-sm text-stone-700">
          {results.mode === 'quiz' ? 'Quiz' : 'Flashcards'} · {results.dueAt ? `due ${formatInZone(results.dueAt, caller.timeZone)}` : 'no due date'} ·{' '}
          {results.attemptsAllowed ? `${results.attemptsAllowed} attempt${results.attemptsAllowed === 1 ? '' : 's'} allowed` : 'unlimited attempts'}
          {results.questionCount ? ` · ${results.questionCount} questions per attempt` : ''}
        </p>
      </header>
      <BarChart
        title="Where the class stands"
        description="How many students are in each state for this assignment."
        bars={(Object.keys(results.statusCounts) as CellStatus[]).map((status) => ({
          label: CELL_STATUS_LABELS[status],
          value: results.statusCounts[status],
          display: `${results.statusCounts[status]} student${results.statusCounts[status] === 1 ? '' : 's'}`,
          tone: STATUS_TONES[status],
        }))}
      />
      {results.mode === 'quiz' ? (
        <>
          <BarChart
            title="Scores"
            description="How many students’ best scores fall in each band."
            bars={bands.map((b) => ({ label: b.label, value: b.count, display: `${b.count} student${b.count === 1 ? '' : 's'}` }))}
          />
          <ItemAnalysis items={results.items} />
        </>
      ) : null}
    </div>
  );
}
