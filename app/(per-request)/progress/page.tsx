import type { Metadata } from 'next';
import Link from 'next/link';
import { Flame } from 'lucide-react';
import { requireCaller } from '@/app/_lib/caller';
import { getDb } from '@/db/client';
import { getProgress } from '@/db/queries/progress';
import { getStudySettings } from '@/db/queries/study-settings';
import { MIN_REVIEWS_TO_FIT } from '@/lib/srs/training';
import { formatDayLabel } from '@/lib/time/format';
import { ChartFigure } from '@/components/progress/chart-figure';
import { MasteryList } from '@/components/progress/mastery-list';
import { SchedulerSettingsForm } from '@/components/progress/scheduler-settings-form';
import { SvgChart } from '@/components/progress/svg-chart';

export const metadata: Metadata = { title: 'Progress' };

const ACCENT = '#6a35f5';
const HIGHLIGHT = '#a86a00';

/** A student's own progress: streak, study over time, the week ahead, mastery, and their scheduler. */
export default async function ProgressPage() {
  const caller = await requireCaller();
  if (caller.role !== 'student') {
    return <p className="text-stone-700">Progress is for students. Your classes’ results are under Classes.</p>;
  }
  const db = getDb();
  const [progress, settings] = await Promise.all([getProgress(db, caller), getStudySettings(db, caller)]);
  if (!progress) return null;
  const studiedDays = progress.days.filter((d) => d.studied > 0);
  const studiedTotal = progress.days.reduce((n, d) => n + d.studied, 0);
  const right = progress.days.reduce((n, d) => n + (d.accuracy ?? 0) * d.studied, 0);
  const dueWeek = progress.forecast.reduce((n, d) => n + d.count, 0);
  const labels = progress.days.map((d) => formatDayLabel(d.day));
  const reviewsLeft = Math.max(0, MIN_REVIEWS_TO_FIT - progress.totalReviews);
  return (
    <div className="flex flex-col gap-5">
      <h1 className="text-2xl font-extrabold tracking-tight">Progress</h1>
      <div className="grid grid-cols-2 gap-3">
        <p className="flex flex-col rounded-2xl bg-cite-soft p-4" data-testid="streak">
          <span className="flex items-center gap-1 text-3xl font-extrabold">
            <Flame aria-hidden className="size-7 text-orange-600" /> {progress.streak.current}
          </span>
          <span className="text-sm font-medium">{progress.streak.current === 1 ? 'day in a row' : 'days in a row'}</span>
        </p>
        <p className="flex flex-col rounded-2xl bg-accent-100 p-4">
          <span className="text-3xl font-extrabold">{progress.forecast[0]?.count ?? 0}</span>
          <span className="text-sm font-medium">cards due today</span>
        </p>
      </div>
      <p className="text-sm text-stone-600">
        Days are counted in your time zone ({progress.timeZone.replace(/_/g, ' ')}). Longest streak: {progress.streak.longest} {progress.streak.longest === 1 ? 'day' : 'days'}.
      </p>

      <ChartFigure
        title="Studied, last 30 days"
        summary={
          studiedTotal
            ? `${studiedTotal} ${studiedTotal === 1 ? 'question' : 'questions'} studied (flashcards and quizzes) on ${studiedDays.length} of the last 30 days, ${Math.round((right / studiedTotal) * 100)}% right. Bars: questions studied; line: share right.`
            : 'Nothing studied in the last 30 days yet. Take a quiz or review some flashcards.'
        }
        table={{ head: ['Day', 'Studied', 'Right'], rows: studiedDays.map((d) => [formatDayLabel(d.day), d.studied, d.accuracy === null ? '–' : `${Math.round(d.accuracy * 100)}%`]) }}
      >
        <SvgChart
          labels={labels}
          series={[
            { label: 'Studied', values: progress.days.map((d) => d.studied), kind: 'bars', color: ACCENT },
            { label: 'Right', values: progress.days.map((d) => (d.accuracy === null ? null : Math.round(d.accuracy * 100))), kind: 'line', color: HIGHLIGHT, isPercent: true },
          ]}
        />
      </ChartFigure>

      <ChartFigure
        title="Cards due, next 7 days"
        summary={dueWeek ? `${dueWeek} reviews due this week, ${progress.forecast[0]?.count ?? 0} of them today.` : 'No reviews due this week.'}
        table={{ head: ['Day', 'Cards due'], rows: progress.forecast.map((d) => [formatDayLabel(d.day), d.count]) }}
      >
        <SvgChart labels={progress.forecast.map((d) => formatDayLabel(d.day))} series={[{ label: 'Cards due', values: progress.forecast.map((d) => d.count), kind: 'bars', color: ACCENT }]} height={160} />
      </ChartFigure>

      <MasteryList title="Mastery by topic" rows={progress.topics} empty="Answer a few questions to see which topics you have mastered." />
      <MasteryList title="Mastery by article" rows={progress.articles} empty="Quiz yourself on an article to see how well you know it." />

      <section aria-labelledby="scheduler-heading" className="flex flex-col gap-3 rounded-2xl border border-accent-100 bg-white p-4">
        <h2 id="scheduler-heading" className="text-lg font-bold">
          Your flashcard scheduler
        </h2>
        <p className="text-sm text-stone-700" data-testid="scheduler-status">
          {settings.weightsFittedAt && settings.weightsReviewCount
            ? `Tuned to your memory from your ${settings.weightsReviewCount} reviews. It keeps learning as you review.`
            : `Using the standard settings. After ${reviewsLeft} more ${reviewsLeft === 1 ? 'review' : 'reviews'} it tunes itself to how you remember.`}{' '}
          Desired retention: {Math.round(settings.desiredRetention * 100)}%.
        </p>
        <SchedulerSettingsForm desiredRetention={settings.desiredRetention} newCardsPerDay={settings.newCardsPerDay} />
      </section>
      <Link href="/flashcards" className="inline-flex min-h-12 items-center justify-center rounded-full bg-accent-600 px-5 font-semibold text-white hover:bg-accent-700">
        Study flashcards
      </Link>
    </div>
  );
}
