import { z } from 'zod';
import { lineText } from './text';

/**
 * Class forms: a name, and the class (and student) each action is about.
 *
 * @example
 * renameClassSchema.safeParse({ classId: '3f1c…', name: 'Period 3' })
 */
export const className = lineText(1, 80, 'Name the class.');
export const createClassSchema = z.object({ name: className });
export const classIdSchema = z.object({ classId: z.uuid('That class does not exist.') });
export const renameClassSchema = z.object({ classId: z.uuid('That class does not exist.'), name: className });
export const archiveClassSchema = z.object({ classId: z.uuid(), archived: z.enum(['true', 'false']).transform((v) => v === 'true') });
export const classStudentSchema = z.object({ classId: z.uuid(), studentId: z.uuid() });
export const joinCodeSchema = z.string().trim().toUpperCase().regex(/^[A-Z0-9-]{4,16}$/);
export const joinFormSchema = z.object({ code: lineText(1, 32, 'Enter the code your teacher gave you.') });
