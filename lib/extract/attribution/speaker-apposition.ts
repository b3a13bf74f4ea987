/**
 * "“…,” said Tech. Sgt. Michial Smith, a 386th Expeditionary Aircraft Maintenance Squadron aerospace ground
 * equipment technician. “It was a three-minute morale call …”": the noun phrase after the speaker's name,
 * up to the end of the attribution sentence, describes the speaker. The capitalised unit it names is not
 * someone else who could be speaking next.
 */

/**
 * ", a … technician." with no quotation mark inside, ending its sentence: one sentence only, so a period
 * inside is an abbreviation's ("U.S.", "Lt. Col.") — followed by no space, or after one capital or a title's abbreviation.
 */
const APPOSITION = /^,\s+(?:a|an|the|who|whose)\s(?:[^“”"«».!?]|\.(?=\S)|(?<=\b(?:\p{Lu}|Lt|Col|Gen|Sgt|Capt|Maj|Adm|Rep|Sen|Gov|St|Jr|Sr|Dr|Mr|Mrs|Ms|No|Co|Inc|Corp))\.)*[.!?]\s*$/u;

/**
 * Where the words that might name someone else start, between a speaker's name (ending at `nameEnd`)
 * and the next quotation (opening at `next`): past the speaker's apposition when that is all there is.
 *
 * @example
 * const body = '“Yes,” said Ana Ruiz, a 386th Squadron technician. “No.”';
 * afterApposition(body, 20, body.indexOf('“No')) // the offset of the second quotation mark
 */
export function afterApposition(body: string, nameEnd: number, next: number): number {
  return nameEnd < next && APPOSITION.test(body.slice(nameEnd, next)) ? next : nameEnd;
}
