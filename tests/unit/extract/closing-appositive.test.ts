/*
 * "Following a discussion with Ehud Olmert, the Israeli Prime Minister, George Bush said …" (Wikinews, fresh27):
 * the appositive closes the name before it; the explanation of blind-42 called Bush "(Israeli Prime Minister)".
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';

function roles(body: string): Record<string, string | null | undefined> {
  const lib = extractLibrary([{ id: 'a', title: 'Talks', body, bodyStart: 0, date: '2019-03-04' }]);
  return Object.fromEntries(lib.people.map((p) => [p.name, p.role]));
}

describe('an appositive between two names', () => {
  it('belongs to the name it follows', () => {
    const r = roles('After a meeting with Ingrid Solberg, the Norwegian Foreign Minister, Tomas Ortega said the talks would go on.');
    expect(r['Ingrid Solberg']).toMatch(/Norwegian Foreign Minister/);
    expect(r['Tomas Ortega'] ?? null).toBeNull();
  });

  it('still opens a name when nothing before claims it', () => {
    const r = roles('After the talks, the Norwegian Foreign Minister, Ingrid Solberg, said the two sides would meet again.');
    expect(r['Ingrid Solberg']).toMatch(/Norwegian Foreign Minister/);
  });
});
