/**
 * A turn that opens by calling someone in the room by their first name ("Jake, let me reiterate what the --
 * I mean, I think you heard the President …") answers that person's question: without it the words point at
 * nothing a student can see (round 16, a press secretary's turn in a summit briefing).
 */
import { isGivenName } from '@/lib/extract/given-name-gender';

/**
 * Whether the quoted words open with a lone given name and a comma.
 *
 * @example
 * opensByAddressing('Jake, let me reiterate what the President said.'); // → true
 * opensByAddressing('Russia, as you know, has not withdrawn.'); // → false
 */
export function opensByAddressing(text: string): boolean {
  const first = /^[\s“"‘']*(?:(?:Well|Look|Yes|No|So|Now|Oh),\s+)?(\p{Lu}\p{Ll}+),\s/u.exec(text);
  return !!first && isGivenName(first[1] ?? '');
}
