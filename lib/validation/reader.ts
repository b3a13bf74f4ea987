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
