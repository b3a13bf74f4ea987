'use client';

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="flex flex-col gap-3 py-8">
      <h1 className="text-2xl font-bold">Something went wrong</h1>
      <p className="text-stone-700">The error has been logged on the server. Try again in a moment.</p>
      <button type="button" onClick={reset} className="self-start rounded-md border border-stone-300 px-3 py-1.5">
        Try again
      </button>
    </div>
  );
}
