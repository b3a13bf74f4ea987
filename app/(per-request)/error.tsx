'use client';

import { ErrorNotice } from '@/components/error-notice';

export default function ErrorPage({ error }: { error: Error & { digest?: string } }) {
  return <ErrorNotice digest={error.digest} />;
}
