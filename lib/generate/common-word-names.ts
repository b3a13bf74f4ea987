/**
 * "Ballet Dancers", "Power Machines", "Film Festival", "Common Market": runs of capitalised English words the people
 * index took for names, from a Kremlin transcript's list of cultural events and firms (offered beside Mauricio Macri
 * as who-said choices once its turns were read, round 22). Over every fixture folder about 250 such "people" speak
 * nowhere and hold no role.
 */
import { isListedGivenName } from '@/lib/extract/given-name-gender';
import { isEnglishWord } from '@/lib/extract/pos';
import { isPluralRoleHead } from '@/lib/extract/name-words';
import type { Person } from '@/lib/extract/types';
import { memoByObject } from './memo';

/**
 * Whether a person of the index is named only by common English words, none a given name, and has no role: no
 * one a teacher would offer as a speaker. "Rose Gottemoeller" (a surname no dictionary holds) and "Mark Field"
 * (a given name first) are people; a role ("Shin Won-sik, South Korea's defence minister") makes one too.
 *
 * @example
 * isCommonWordsName({ id: 'ballet-dancers', name: 'Ballet Dancers', aliases: [], role: null, affiliation: null }); // → true
 * isCommonWordsName({ id: 'presidents', name: 'Presidents', aliases: [], role: null, affiliation: null }); // → true
 */
export const isCommonWordsName = memoByObject(function commonWordsName(p: Person): boolean {
  if (p.role) return false;
  const words = p.name.toLowerCase().split(/\s+/).filter(Boolean);
  // "Presidents", from "Good afternoon, Messrs Presidents": a title in the plural names no one.
  if (words.length === 1) return isPluralRoleHead(words[0] ?? '');
  return words.every((w) => !isListedGivenName(w) && isEnglishWord(w));
});
