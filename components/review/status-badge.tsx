import type { ReviewStatus } from '@/lib/validation/review';

const LOOK: Record<ReviewStatus, [string, string]> = {
  new: ['New', 'bg-sky-100 text-sky-900'],
  approved: ['Approved', 'bg-green-100 text-green-900'],
  edited: ['Edited', 'bg-violet-100 text-violet-900'],
  rejected: ['Rejected', 'bg-red-100 text-red-900'],
};

/** Where the teacher stands on a question, in a word. */
export function StatusBadge({ status }: { status: ReviewStatus }) {
  const [label, style] = LOOK[status];
  return <span className={`rounded px-2 py-0.5 text-xs font-semibold ${style}`}>{label}</span>;
}
