import { z } from 'zod';

/** `?cite=120-245`: the character range of a cited sentence in an article body. */
export const citedRangeSchema = z
  .string()
  .regex(/^\d{1,7}-\d{1,7}$/)
  .transform((value) => {
    const [start, end] = value.split('-').map(Number) as [number, number];
    return { start, end };
  })
  .refine((range) => range.end > range.start, 'A citation ends after it starts.');

export type CitedRange = z.infer<typeof citedRangeSchema>;

/**
 * `?from=/timeline#m-1`: the page a reader came from, to offer a way back. Only a path on this site
 * (no scheme, no `//host`, no backslash), so the link can never lead elsewhere.
 */
export const returnPathSchema = z
  .string()
  .max(300)
  .regex(/^\/(?![/\\])[A-Za-z0-9\-._~/?=&#%]*$/);

/** `?q=blinken` on Who's who: trimmed, no control characters, at most 80 characters. */
export const peopleSearchSchema = z
  .string()
  .max(80)
  .transform((value) => value.replace(/[\p{Cc}\p{Cf}]/gu, '').trim());

/** A person id in a URL: the slug of their name, as the extraction makes it. */
export const personIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,120}$/);

/** A disagreement id in a URL, as the extraction makes it ("conflict-57a1518194f38206"). */
export const conflictIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,120}$/);
