import { describe, expect, it } from 'vitest';
import { median, ratio, rotation, summarize, type RunSample } from '@/bench/stats';

const run = (rps: number, p99Ms: number, extra: Partial<RunSample> = {}): RunSample => ({ rps, p50Ms: p99Ms / 4, p99Ms, ok: rps * 10, non2xx: 0, errors: 0, cpuMsPerRequest: 1000 / rps, dbCpuMsPerRequest: Number.NaN, generatorCpuShare: 0.2, startedAtMs: 0, endedAtMs: 10_000, drainedAtMs: 10_500, ...extra });

describe('bench statistics', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('summarises runs by their medians, keeps the spread and counts every failed response', () => {
    const summary = summarize([run(100, 900), run(300, 200, { non2xx: 2 }), run(120, 400, { errors: 1 })]);
    expect(summary).toMatchObject({ runs: 3, rps: 120, p99Ms: 400, rpsMin: 100, rpsMax: 300, non2xx: 2, errors: 1 });
  });

  it('takes the median CPU per request over the runs that measured it', () => {
    expect(summarize([run(100, 1, { cpuMsPerRequest: 4 }), run(100, 1, { cpuMsPerRequest: Number.NaN }), run(100, 1, { cpuMsPerRequest: 6 })]).cpuMsPerRequest).toBe(5);
  });

  it('leaves a ratio blank when a side is missing or zero, never Infinity', () => {
    expect(ratio(90, 1800)).toBeCloseTo(0.05);
    expect(ratio(90, 0)).toBeNaN();
    expect(ratio(undefined, 100)).toBeNaN();
    expect(ratio(Number.NaN, 100)).toBeNaN();
  });

  it('rotates the order of the targets each round, so none always runs first', () => {
    const targets = ['app', 'next', 'floor'];
    const firsts = [0, 1, 2].map((round) => rotation(targets, round)[0]);
    expect(new Set(firsts)).toEqual(new Set(targets));
    expect(rotation(targets, 3)).toEqual(targets);
  });
});
