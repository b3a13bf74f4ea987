import { CloudUpload } from 'lucide-react';

/** The end of a quiz answered (partly) offline: the score waits for the server's check. */
export function QuizWaiting({ count }: { count: number }) {
  return (
    <section className="flex flex-col items-center gap-3 rounded-3xl bg-white p-6 text-center" data-testid="quiz-waiting" aria-live="polite">
      <CloudUpload aria-hidden className="size-10 text-accent-600" />
      <h2 className="text-2xl font-extrabold">All answered</h2>
      <p className="text-stone-700">
        {count === 1 ? '1 answer is' : `${count} answers are`} saved on this device. We’ll check {count === 1 ? 'it' : 'them'} when you’re back online, and your score shows here.
      </p>
    </section>
  );
}
