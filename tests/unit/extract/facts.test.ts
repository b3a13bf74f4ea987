import { describe, expect, it } from 'vitest';
import { libraryFacts, one } from './helpers';

const lib = libraryFacts();
const art = (prefix: string) => lib.articles.find((a) => a.id.startsWith(prefix))!;

describe('meetings', () => {
  it('orders the week of talks: Geneva, then the council in Brussels, then the OSCE in Vienna', () => {
    const m = art('000').meetings;
    const geneva = m.find((x) => x.place === 'Geneva');
    const brussels = m.find((x) => x.place === 'Brussels');
    const vienna = m.find((x) => x.place === 'Vienna');
    expect(geneva?.when).toBe('Monday');
    expect([geneva?.order, brussels?.order, vienna?.order]).toEqual([1, 2, 3]);
    expect(brussels?.what).toMatch(/NATO Council/);
    expect(brussels?.when).toBe('Wednesday');
    expect(vienna?.what).toMatch(/OSCE|Security and Co/);
  });

  it('resolves dates from the anchor “Monday, January 10” and orders the second account too', () => {
    const m = art('001').meetings;
    const geneva = m.find((x) => x.place === 'Geneva');
    expect(geneva?.when).toBe('Monday, January 10');
    expect(geneva?.date).toBe('2022-01-10');
    const council = m.find((x) => /NATO-Russia Council/.test(x.what));
    expect(council?.date).toBe('2022-01-12');
    const vienna = m.find((x) => x.place === 'Vienna');
    expect(vienna?.date).toBe('2022-01-13');
    expect([geneva?.order, council?.order, vienna?.order]).toEqual([1, 2, 3]);
  });

  it('finds the Paris talks and the Berlin round in two weeks, in both AFP versions', () => {
    for (const id of ['003', '004']) {
      const m = art(id).meetings;
      expect(m.some((x) => x.place === 'Paris')).toBe(true);
      const berlin = m.find((x) => x.place === 'Berlin');
      expect(berlin?.when).toBe('in two weeks');
    }
  });
});

describe('figures', () => {
  const figs = lib.articles.flatMap((a) => a.figures.map((f) => ({ ...f, article: a.id.slice(0, 3) })));
  const find = (article: string, value: number, unit: string) => figs.find((f) => f.article === article && f.value === value && f.unit === unit);

  it('reads values, units, qualifiers and relative figures', () => {
    expect(find('000', 100000, 'troops')?.claimant).toBe('Antony Blinken');
    expect(find('000', 200000, 'troops')?.raw).toBe('double that number');
    expect(find('001', 40000, 'men')?.raw).toBe('40 000');
    expect(find('001', 30, 'allies')?.raw).toBe('thirty');
    expect(find('003', 13000, 'people')?.qualifier).toBe('more than');
    expect(find('003', 13000, 'people')?.about).toMatch(/since 2014/);
    expect(find('003', 8, 'hours')?.raw).toBe('eight');
    expect(find('002', 100000, 'troops')?.qualifier).toBe('estimated');
  });

  it('tells “on standby” from “deployed” and reports the conflict', () => {
    expect(find('003', 8500, 'troops')?.status).toBe('on standby');
    expect(find('004', 8500, 'troops')?.status).toBe('deployed');
    const c = lib.conflicts.find((x) => x.kind === 'status');
    expect(c?.claims.map((x) => x.article.slice(0, 3)).sort()).toEqual(['003', '004']);
  });

  it('marks a figure two sources give as supported by both', () => {
    expect(find('003', 13000, 'people')?.supportedBy.length).toBe(2);
  });

  it('ignores years, days of the month and “Nord Stream 2”', () => {
    const { article } = one('On March 12, 2021 the Nord Stream 2 talks in 2019 drew 3,000 protesters.');
    expect(article.figures.map((f) => f.value)).toEqual([3000]);
  });
});

describe('conflicts between the two versions of the AFP story (003 and 004)', () => {
  it('the “reciprocal” offer: Blinken in 003, Putin in 004', () => {
    const c = lib.conflicts.find((x) => x.kind === 'speaker' && /reciprocal/.test(x.about));
    expect(c?.claims.map((x) => `${x.article.slice(0, 3)}:${x.says}`).sort()).toEqual(['003:Antony Blinken', '004:Vladimir Putin']);
  });

  it('the same quotation worded differently', () => {
    expect(lib.conflicts.some((x) => x.kind === 'wording' && x.claims.some((y) => /can’t be more clear|no idea whether/.test(y.says)))).toBe(true);
  });

  it('the “Vice President Joe Biden” title', () => {
    const c = lib.conflicts.find((x) => x.kind === 'title');
    expect(c?.about).toMatch(/Joe Biden/);
    expect(c?.claims[0]?.says).toMatch(/Vice President/);
  });

  it('name variants: Blinker, Sergei/Sergey, Pskov, Belinsky', () => {
    const names = lib.conflicts.filter((x) => x.kind === 'name').flatMap((x) => x.claims.map((y) => y.says));
    for (const n of ['Blinker', 'Sergei Lavrov', 'Dmitry Pskov', 'Volodymyr Belinsky']) expect(names).toContain(n);
  });

  it('one canonical person with aliases across the library', () => {
    const blinken = lib.people.find((p) => p.name === 'Antony Blinken');
    expect(blinken?.aliases).toEqual(expect.arrayContaining(['Tony Blinken', 'Blinken']));
    expect(blinken?.role).toMatch(/Secretary of State/);
    expect(lib.people.find((p) => p.name === 'Dmitry Kozak')?.role).toMatch(/deputy chief of staff/);
    expect(lib.people.filter((p) => /Lavrov/.test(p.name))).toHaveLength(1);
  });
});
