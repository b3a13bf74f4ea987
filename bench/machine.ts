/** What the figures were measured on: commit, Node, cores and how busy the machine was. */
import { execFileSync } from 'node:child_process';
import os from 'node:os';

export interface MachineInfo {
  commit: string;
  /** Uncommitted changes in the working tree when the bench ran. */
  dirty: boolean;
  node: string;
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
}

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

export function machineInfo(): MachineInfo {
  const cpus = os.cpus();
  return {
    commit: git(['rev-parse', '--short', 'HEAD']) || 'unknown',
    dirty: git(['status', '--porcelain', '--untracked-files=no']) !== '',
    node: process.version,
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  };
}

/** The 1, 5 and 15 minute load averages (a 2-core machine is full at 2). */
export function loadAverage(): number[] {
  return os.loadavg();
}
