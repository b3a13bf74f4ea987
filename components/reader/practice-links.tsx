import Link from 'next/link';
import type { QuestionsAboutDto } from '@/db/queries/questions-about';

// Students start a quiz, or add an article's flashcards, from the article's page (its study buttons).
const practiseHref = (slug: string) => `/articles/${slug}`;

const PROMPTS_SHOWN = 8;

/**
 * The questions about something. Students get where to practise them (never a prompt or an answer);
 * teachers get the prompts, each with the way into their review tool, where the answers are.
 */
export function QuestionsAbout({ questions, subject }: { questions: QuestionsAboutDto; subject: string }) {
  if (questions.count === 0) return <p className="text-sm text-stone-600">No questions about {subject} yet.</p>;
  if (questions.prompts) {
    return (
      <div className="flex flex-col gap-2 text-sm">
        <ul className="flex flex-col gap-1">
          {questions.prompts.slice(0, PROMPTS_SHOWN).map((q) => (
            <li key={q.id} className="rounded-md border border-stone-200 bg-white p-2">
              {q.review ? <span className="text-xs font-medium tracking-wide text-stone-600 uppercase">{q.review === 'approved' ? 'Approved' : 'Rejected'}</span> : null}
              <p>{q.prompt}</p>
            </li>
          ))}
        </ul>
        {questions.count > PROMPTS_SHOWN ? <p className="text-stone-600">and {questions.count - PROMPTS_SHOWN} more.</p> : null}
        <ul className="flex flex-col">
          {questions.byArticle.map((a) => (
            <li key={a.slug}>
              <Link href={`/articles/${a.slug}/questions`} className="inline-flex min-h-11 items-center underline underline-offset-2">
                Review the {a.count} from {a.label}
              </Link>
            </li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <ul className="flex flex-col gap-1 text-sm">
      {questions.byArticle.map((a) => (
        <li key={a.slug} className="flex flex-wrap items-center gap-x-3">
          <span>
            {a.count} {a.count === 1 ? 'question' : 'questions'} in {a.label}:
          </span>
          <Link href={practiseHref(a.slug)} className="inline-flex min-h-11 items-center font-medium underline underline-offset-2">
            Quiz and flashcards
          </Link>
        </li>
      ))}
    </ul>
  );
}
