import Link from 'next/link';
import type { QuestionsAboutDto } from '@/db/queries/questions-about';
import { KIND_LABELS } from '@/lib/review/kinds';

// Students start a quiz, or add an article's flashcards, from the article's page (its study buttons).
const practiseHref = (slug: string) => `/articles/${slug}`;

const PROMPTS_SHOWN = 8;

type Props = {
  questions: QuestionsAboutDto;
  subject: string;
  /** Narrows the teacher's review tool to this person ("person:" tag). */
  personId?: string;
};

/**
 * The questions about something. Students get where to practise them (never a prompt or an answer);
 * teachers get the prompts, each opening in their review tool, where the answers are.
 */
export function QuestionsAbout({ questions, subject, personId }: Props) {
  if (questions.count === 0) return <p className="text-sm text-stone-600">No questions about {subject} yet.</p>;
  if (questions.prompts) {
    const reviewHref = (slug: string) => `/review?${new URLSearchParams({ article: slug, ...(personId ? { person: personId } : {}) }).toString()}`;
    return (
      <div className="flex flex-col gap-2 text-sm">
        <ul className="flex flex-col gap-1">
          {questions.prompts.slice(0, PROMPTS_SHOWN).map((q) => (
            <li key={q.id} className="rounded-md border border-stone-200 bg-white p-2">
              <span className="text-xs font-medium tracking-wide text-stone-600 uppercase">
                {KIND_LABELS[q.kind]}
                {q.review ? ` · ${q.review === 'approved' ? 'Approved' : 'Rejected'}` : ''}
              </span>
              <Link prefetch={false} href={`/review/${q.id}`} className="block min-h-11 content-center underline-offset-2 hover:underline">
                {q.prompt}
              </Link>
            </li>
          ))}
        </ul>
        {questions.count > PROMPTS_SHOWN ? <p className="text-stone-600">and {questions.count - PROMPTS_SHOWN} more.</p> : null}
        <ul className="flex flex-col">
          {questions.byArticle.map((a) => (
            <li key={a.slug}>
              <Link prefetch={false} href={reviewHref(a.slug)} className="inline-flex min-h-11 items-center underline underline-offset-2">
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
          <Link prefetch={false} href={practiseHref(a.slug)} className="inline-flex min-h-11 items-center font-medium underline underline-offset-2">
            Quiz and flashcards
          </Link>
        </li>
      ))}
    </ul>
  );
}
