import { IntentLink } from '@/components/nav/intent-link';
import { ArrowRight, BookOpen, CalendarClock, Flame, Layers, RotateCcw, Users } from 'lucide-react';
import type { HomeAssignmentDto, StudentHomeDto } from '@/db/queries/student-home';
import { formatDue } from '@/lib/time/format';
import { StartQuizButton } from '@/components/quiz/start-quiz-button';

type Props = { name: string; home: StudentHomeDto; timeZone: string; now: Date };

function percent(score: number): string {
  return `${Math.round(score * 100)}%`;
}

function AssignmentRow({ a, timeZone, now }: { a: HomeAssignmentDto; timeZone: string; now: Date }) {
  const overdue = a.dueAt !== null && a.dueAt < now;
  const attemptsLeft = a.attemptsAllowed === null ? null : Math.max(0, a.attemptsAllowed - a.attemptsUsed);
  return (
    <li className="flex flex-col gap-3 rounded-2xl border border-accent-100 bg-white p-4" data-testid="assignment">
      <div className="flex items-start gap-3">
        {a.mode === 'quiz' ? <CalendarClock aria-hidden className="mt-0.5 size-5 shrink-0 text-accent-600" /> : <Layers aria-hidden className="mt-0.5 size-5 shrink-0 text-accent-600" />}
        <div className="min-w-0">
          <h3 className="font-bold leading-snug">{a.title}</h3>
          <p className="text-sm text-stone-600">
            {a.className} · {a.mode === 'quiz' ? `Quiz, ${a.questionCount} questions` : `Flashcards, ${a.questionCount} cards`}
          </p>
          {a.dueAt ? (
            <p className={`text-sm font-medium ${overdue ? 'text-incorrect' : 'text-stone-800'}`}>
              {overdue ? 'Was due' : 'Due'} {formatDue(a.dueAt, now, timeZone)}
            </p>
          ) : null}
          {a.mode === 'quiz' && a.bestScore !== null ? <p className="text-sm font-medium text-correct">Best score {percent(a.bestScore)}</p> : null}
          {a.mode === 'flashcards' ? (
            <p className="text-sm text-stone-600">
              {a.cardsStarted} of {a.questionCount} cards studied
            </p>
          ) : null}
        </div>
      </div>
      {a.mode === 'quiz' ? (
        a.inProgressAttemptId ? (
          <IntentLink href={`/quiz/${a.inProgressAttemptId}`} className="inline-flex min-h-12 items-center justify-center gap-2 rounded-full bg-accent-600 px-5 font-semibold text-white hover:bg-accent-700">
            Resume quiz <ArrowRight aria-hidden className="size-4" />
          </IntentLink>
        ) : attemptsLeft === 0 ? (
          <p className="text-sm text-stone-600">No attempts left.</p>
        ) : (
          <StartQuizButton
            label={a.attemptsUsed ? `Try again${attemptsLeft !== null ? ` (${attemptsLeft} left)` : ''}` : 'Start quiz'}
            target={{ source: 'assignment', assignmentId: a.id }}
            variant={a.attemptsUsed ? 'secondary' : 'primary'}
          />
        )
      ) : (
        <IntentLink href="/flashcards" className="inline-flex min-h-12 items-center justify-center gap-2 rounded-full border border-accent-200 px-5 font-semibold text-accent-800 hover:bg-accent-50">
          Study flashcards <ArrowRight aria-hidden className="size-4" />
        </IntentLink>
      )}
    </li>
  );
}

/** A student's day in one glance: cards due, a quiz to resume, assignments by due date, and a next step. */
export function StudentHome({ name, home, timeZone, now }: Props) {
  const cardsToday = home.dueCards + home.newCards;
  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-extrabold tracking-tight">Hi, {name}</h1>
        <p className="inline-flex items-center gap-1.5 rounded-full bg-cite-soft px-3 py-1.5 text-sm font-semibold" data-testid="streak">
          <Flame aria-hidden className="size-4 text-orange-600" />
          {home.streak.current === 0 ? 'Start a streak today' : `${home.streak.current}-day streak`}
        </p>
      </header>

      <section aria-labelledby="today-heading" className="rounded-3xl bg-accent-600 p-5 text-white shadow-lg shadow-accent-200">
        <h2 id="today-heading" className="text-sm font-semibold tracking-wide uppercase opacity-90">
          Today
        </h2>
        {cardsToday > 0 ? (
          <>
            <p className="mt-1 text-2xl font-bold" data-testid="cards-due">
              {cardsToday} {cardsToday === 1 ? 'card' : 'cards'} to study
            </p>
            <p className="text-sm opacity-90">
              {home.dueCards} due · {home.newCards} new
            </p>
            <IntentLink href="/flashcards" className="mt-4 inline-flex min-h-12 items-center gap-2 rounded-full bg-white px-5 font-semibold text-accent-800 hover:bg-accent-50">
              <Layers aria-hidden className="size-5" /> Study flashcards
            </IntentLink>
          </>
        ) : (
          <p className="mt-1 text-lg font-semibold" data-testid="cards-due">
            No flashcards due. Add an article to your flashcards from the library, or take a quiz.
          </p>
        )}
      </section>

      {home.resume ? (
        <section aria-labelledby="resume-heading" className="flex flex-col gap-3 rounded-2xl border-2 border-cite bg-cite-soft/60 p-4">
          <h2 id="resume-heading" className="flex items-center gap-2 font-bold">
            <RotateCcw aria-hidden className="size-5" /> Pick up where you left off
          </h2>
          <p>
            {home.resume.title} · {home.resume.answered} of {home.resume.total} answered
          </p>
          <IntentLink href={`/quiz/${home.resume.attemptId}`} className="inline-flex min-h-12 items-center justify-center gap-2 self-start rounded-full bg-ink px-5 font-semibold text-white">
            Resume quiz <ArrowRight aria-hidden className="size-4" />
          </IntentLink>
        </section>
      ) : null}

      <section aria-labelledby="assignments-heading" className="flex flex-col gap-3">
        <h2 id="assignments-heading" className="text-xl font-bold">
          Assignments
        </h2>
        {home.assignments.length ? (
          <ul className="flex flex-col gap-3">
            {home.assignments.map((a) => (
              <AssignmentRow key={a.id} a={a} timeZone={timeZone} now={now} />
            ))}
          </ul>
        ) : home.classCount ? (
          <p className="text-stone-700">Nothing assigned right now. Your teacher’s assignments will show up here.</p>
        ) : (
          <p className="text-stone-700">
            <Users aria-hidden className="mr-1 inline size-4" />
            You are not in a class yet.{' '}
            <IntentLink href="/classes" className="font-semibold text-accent-700 underline">
              Join one with your class code
            </IntentLink>{' '}
            to see assignments.
          </p>
        )}
      </section>

      <section aria-labelledby="next-heading" className="rounded-2xl border border-accent-100 bg-white p-4">
        <h2 id="next-heading" className="font-bold">
          Up next
        </h2>
        <p className="text-stone-700">Pick an article, read it, and quiz yourself on who said what.</p>
        <IntentLink href="/library" className="mt-3 inline-flex min-h-12 items-center gap-2 rounded-full border border-accent-200 px-5 font-semibold text-accent-800 hover:bg-accent-50">
          <BookOpen aria-hidden className="size-5" /> Browse the library
        </IntentLink>
      </section>
    </div>
  );
}
