/**
 * Alliances and multinational bodies that have no troops of their own: a force of theirs is made of the
 * troops their members assign to it. "Nato has put 8,500 troops on standby" therefore says whose force
 * the troops stand by for, not whose troops they are or which government gave the order (blind-29 to -34:
 * the 8,500 were US troops the Pentagon put on alert for NATO's response force).
 */
import { normalise } from './text';

/** Names as news copy writes them, lower-cased through `normalise`. */
const ALLIANCES = {
  source:
    'Multinational bodies whose forces are national contingents their members assign (NATO Response Force; UN Standby Arrangements System; African Standby Force; EU Battlegroups; CSTO Collective Rapid Reaction Force; ECOWAS Standby Force)',
  names: [
    'NATO', 'the North Atlantic Treaty Organization', 'the United Nations', 'the UN',
    'the African Union', 'the AU', 'the European Union', 'the EU', 'the CSTO', 'the Collective Security Treaty Organization', 'ECOWAS',
    'the Economic Community of West African States', 'the Arab League', 'SADC', 'the Southern African Development Community',
  ],
};

const KNOWN = new Set(ALLIANCES.names.map((n) => normalise(n.replace(/^the\s+/i, ''))));

/**
 * Whether a subject names an alliance or multinational body whose forces are its members' troops.
 *
 * @example
 * isAlliance('Nato'); // → true
 * isAlliance('the Pentagon'); // → false
 */
export function isAlliance(name: string): boolean {
  return KNOWN.has(normalise(name.replace(/^the\s+/i, '')));
}
