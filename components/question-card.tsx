import Link from 'next/link';
import type { ReviewQuestionDto } from '@/db/queries/questions';

const KIND_LABELS: Record<ReviewQuestionDto['kind'], string> = {
  'who-said': 'Who said it?',
  'what-said': 'What did they say?',
  where: 'Where?',
  when: 'When?',
  order: 'Which came first?',
  'figure-choice': 'Figure',
  'figure-numeric': 'Figure (typed)',
  cloze: 'Flashcard',
  'source-check': 'Source check',
};

type Props = { question: ReviewQuestionDto; slugByArticleId: Record<string, string> };

/** A generated question as a teacher reviews it: the answer marked, and a link to each cited sentence. */
export function QuestionCard({ question, slugByArticleId }: Props) {
  return (
    <article className="flex flex-col gap-2 rounded-lg border border-stone-200 bg-white p-4" data-testid="question">
      <p className="text-xs font-medium tracking-wide text-stone-500 uppercase">
        {KIND_LABELS[question.kind]} · difficulty {Math.round(question.difficulty * 100)}%{question.status === 'retired' ? ' · retired' : ''}
      </p>
      <p className="font-medium">{question.prompt}</p>
      {question.choices.length > 0 ? (
        <ul className="flex flex-col gap-1 text-sm">
          {question.choices.map((choice) => (
            <li key={choice} className={choice === question.answer ? 'font-semibold text-green-800' : 'text-stone-700'}>
              {choice === question.answer ? '✓ ' : '· '}
              {choice}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm">
          Answer: <strong>{question.answer}</strong>
          {question.numeric ? ` (accepted within ±${question.numeric.tolerance.toLocaleString('en-US')} ${question.numeric.unit})` : null}
        </p>
      )}
      <p className="text-sm text-stone-600">{question.explanation}</p>
      <p className="flex flex-wrap gap-3 text-sm">
        {question.sources.map((source) => {
          const slug = slugByArticleId[source.article];
          return slug ? (
            <Link key={`${source.article}:${source.start}`} href={`/articles/${slug}?cite=${source.start}-${source.end}#cited`} className="underline">
              Source: {source.article.slice(0, 3)}, characters {source.start}–{source.end}
            </Link>
          ) : null;
        })}
      </p>
    </article>
  );
}
