/** The form-level error, announced politely (Next's route announcer already owns role="alert"). */
export function FormError({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <p data-testid="form-error" aria-live="polite" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
      {message}
    </p>
  );
}
