import { describe, expect, it } from 'vitest';
import { decided } from './decided';

describe('pass any-verb: any verb the tagger reads after a closing quotation', () => {
  it('takes a verb no list holds, subject first or verb first', () => {
    expect(decided('“We will not back down,” Maria Lopez snapped.', 'back down')).toMatchObject({ speaker: 'Maria Lopez', pass: 'any-verb' });
    expect(decided('“Is that all?” snapped Maria Lopez.', 'that all')).toMatchObject({ speaker: 'Maria Lopez', pass: 'any-verb' });
    expect(decided('Maria Lopez left early.\n\n“It is over,” she sighed.', 'is over')).toMatchObject({ speaker: 'Maria Lopez', pass: 'any-verb' });
  });

  it('leaves a closing quotation that ends its sentence to the next sentence, which is not its attribution', () => {
    expect(decided('“It is over.” Maria Lopez left the room.', 'is over')?.speaker).toBeNull();
  });
});
