import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="flex flex-col gap-3 py-8">
      <h1 className="text-2xl font-bold">Not found</h1>
      <p className="text-stone-700">This page does not exist, or it is not yours to see.</p>
      <Link href="/library" className="underline">
        Back to the library
      </Link>
    </div>
  );
}
