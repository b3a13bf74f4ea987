import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from '@/bench/options';

describe('npm run bench flags', () => {
  it('measures everything, both databases, at 50 and 200 connections, 3 runs of 10 s by default', () => {
    expect(parseBenchArgs([])).toMatchObject({ parts: ['extract', 'generate', 'http', 'js', 'lighthouse'], databases: ['pg', 'pglite'], connections: [50, 200], runs: 3, durationSeconds: 10, scenariosExplicit: false });
  });

  it('lets later flags narrow or override --quick', () => {
    const options = parseBenchArgs(['--quick', '--only=http', '--db=pglite', '--runs=2', '--scenarios=answer']);
    expect(options).toMatchObject({ parts: ['http'], databases: ['pglite'], runs: 2, scenarios: ['answer'], scenariosExplicit: true });
    expect(options.durationSeconds).toBeLessThan(10);
  });

  it('measures every Lighthouse page unless --pages names some', () => {
    expect(parseBenchArgs([]).lighthousePages).toEqual(['home', 'quiz', 'flashcards', 'progress', 'library', 'article', 'class']);
    expect(parseBenchArgs(['--only=lighthouse', '--pages=article,class']).lighthousePages).toEqual(['article', 'class']);
    expect(() => parseBenchArgs(['--pages=settings'])).toThrow(/--pages: "settings"/);
  });

  it('refuses unknown flags and values with the usage', () => {
    expect(() => parseBenchArgs(['--db=mysql'])).toThrow(/--db: "mysql"[\s\S]*npm run bench/);
    expect(() => parseBenchArgs(['--fast'])).toThrow(/unknown flag --fast/);
    expect(() => parseBenchArgs(['--runs=0'])).toThrow(/positive/);
  });
});
