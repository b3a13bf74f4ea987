'use client';

import { useEffect, useState } from 'react';
import type { ArticleStandingDto } from '@/db/queries/conflicts';
import { ArticleCard } from '@/components/article-card';
import { StandingBadges } from '@/components/reader/standing-badges';

/** An upload in the reader's library, as GET /api/library/uploads sends it. */
export interface YourUpload {
  slug: string;
  title: string;
  outlet: string | null;
  preview: string;
  copyOf: string | null;
  standing: ArticleStandingDto | null;
}

/**
 * The library's per-reader part: a teacher's own uploads, or a student's teachers' uploads, fetched after the
 * page (rendered once for everyone) has loaded. Shows nothing when there are none.
 */
export function YourUploads() {
  const [found, setFound] = useState<{ role: 'student' | 'teacher'; uploads: YourUpload[] } | null>(null);
  useEffect(() => {
    let live = true;
    fetch('/api/library/uploads', { cache: 'no-store' })
      .then(async (response) => {
        if (!response.ok) return;
        const uploads = (await response.json()) as { role: 'student' | 'teacher'; uploads: YourUpload[] };
        if (live) setFound(uploads);
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, []);
  if (!found || found.uploads.length === 0) return null;
  return (
    <section aria-labelledby="your-uploads" className="flex flex-col gap-3">
      <h2 id="your-uploads" className="text-lg font-bold">
        {found.role === 'teacher' ? 'Your uploads' : 'From your teachers'}
      </h2>
      {found.uploads.map((upload) => (
        <ArticleCard key={upload.slug} slug={upload.slug} title={upload.title} outlet={upload.outlet} preview={upload.preview} copyOf={upload.copyOf} isUpload>
          {upload.standing ? <StandingBadges standing={upload.standing} /> : null}
        </ArticleCard>
      ))}
    </section>
  );
}
