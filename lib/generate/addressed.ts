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

/** Offices a speaker addresses by title alone: "Mr. President", "Madam Chancellor", "Mr. Prime Minister". */
const ADDRESSED_OFFICE = /\b(?:Mr\.?|Mister|Madam|Madame|Mrs\.?)\s+(President|Prime\s+Minister|Chancellor|Secretary(?:[\s-]General)?|Minister|Foreign\s+Minister|Ambassador|Speaker|Chairman)\s*[,.!;:—–-]/gu;

/**
 * The offices the words address their listener by ("Mr. President, it is with great pleasure …"): the one so
 * addressed is not the one speaking.
 *
 * @example
 * addressedOffices('Mr. President, it is with great pleasure to be here.'); // → ['president']
 */
export function addressedOffices(text: string): string[] {
  return [...text.matchAll(ADDRESSED_OFFICE)].map((m) => (m[1] ?? '').toLowerCase().replace(/[\s-]+/g, ' '));
}

/**
 * Whether an office (a role or a title form: "US President", "President") is the addressed one: "Mr. President" is
 * not said to a vice president, "Mr. Minister" not to a prime minister.
 *
 * @example
 * holdsAddressedOffice('US President', ['president']); // → true
 * holdsAddressedOffice('Vice President', ['president']); // → false
 */
export function holdsAddressedOffice(office: string | null, addressed: readonly string[]): boolean {
  const role = (office ?? '').toLowerCase().replace(/[\s-]+/g, ' ');
  return addressed.some((a) => {
    if (!new RegExp(String.raw`\b${a}\b`).test(role)) return false;
    if (a === 'president' && /\b(?:vice|deputy)\s+president\b/.test(role)) return false;
    return !(a === 'minister' && /\bprime minister\b/.test(role));
  });
}
