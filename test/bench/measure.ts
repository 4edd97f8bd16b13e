/**
 * Runs a Node program as a child process and measures its wall time and peak RSS: with
 * `/usr/bin/time -f %M` when it exists, else with an `--import` preload that reports
 * `process.resourceUsage().maxRSS` on exit (test/bench/rss-preload.mjs). A crash (a signal, or an
 * exit status the caller does not accept) throws; slow figures never do.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The environment of every timed process. NODE_EXTRA_CA_CERTS makes node parse a CA bundle at start-up
 * (~40 ms here), which would halve a ratio against `node -e 0` and hide start-up costs of our own.
 */
export function timingEnv(base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const env = { ...base };
  delete env.NODE_EXTRA_CA_CERTS;
  return env;
}

const TIME = '/usr/bin/time';
const PRELOAD = join(__dirname, 'rss-preload.mjs');

export interface Measured {
  readonly ms: number;
  /** Peak resident set size in MiB, when it could be measured. */
  readonly rssMiB: number | undefined;
  /** CPU time (user + system) in ms, when it could be measured: robust to a loaded machine. */
  readonly cpuMs: number | undefined;
  readonly status: number;
  readonly stdout: string;
}

export function rssMethod(): string {
  return existsSync(TIME) ? '/usr/bin/time -f %M' : 'process.resourceUsage().maxRSS (preload)';
}

export function runNode(
  node: string,
  args: readonly string[],
  options: { cwd?: string; okStatus?: readonly number[]; timeoutMs?: number } = {},
): Measured {
  const tmp = mkdtempSync(join(tmpdir(), 'leakproof-bench-rss-'));
  const rssFile = join(tmp, 'rss');
  const useTime = existsSync(TIME);
  const [command, commandArgs] = useTime
    ? [TIME, ['-o', rssFile, '-f', '%M %U %S', node, ...args]]
    : [node, ['--import', pathToFileURL(PRELOAD).href, ...args]];
  try {
    const started = process.hrtime.bigint();
    const result = spawnSync(command, commandArgs, {
      cwd: options.cwd,
      env: { ...timingEnv(), LEAKPROOF_BENCH_RSS_FILE: rssFile },
      encoding: 'utf8',
      maxBuffer: 1024 * 1024 * 1024,
      timeout: options.timeoutMs ?? 15 * 60_000,
    });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const status = result.status ?? -1;
    if (result.error || !(options.okStatus ?? [0]).includes(status)) {
      throw new Error(
        `${node} ${args.join(' ')} failed (status ${status}, signal ${result.signal ?? 'none'}${result.error ? `, ${result.error.message}` : ''}): ${(result.stderr ?? '').slice(0, 800)}`,
      );
    }
    return { ms, ...readUsage(rssFile), status, stdout: result.stdout };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** `runNode` without blocking, so that several processes can be measured running side by side. */
export function runNodeAsync(node: string, args: readonly string[], options: { okStatus?: readonly number[] } = {}): Promise<Measured> {
  const tmp = mkdtempSync(join(tmpdir(), 'leakproof-bench-rss-'));
  const rssFile = join(tmp, 'rss');
  const useTime = existsSync(TIME);
  const [command, commandArgs] = useTime
    ? [TIME, ['-o', rssFile, '-f', '%M %U %S', node, ...args]]
    : [node, ['--import', pathToFileURL(PRELOAD).href, ...args]];
  return new Promise((resolvePromise, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, commandArgs, {
      env: { ...timingEnv(), LEAKPROOF_BENCH_RSS_FILE: rssFile },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const status = code ?? -1;
      try {
        if (!(options.okStatus ?? [0]).includes(status)) {
          reject(
            new Error(
              `${node} ${args.join(' ')} failed (status ${status}, signal ${signal ?? 'none'}): ${Buffer.concat(err).toString().slice(0, 800)}`,
            ),
          );
          return;
        }
        resolvePromise({ ms, ...readUsage(rssFile), status, stdout: Buffer.concat(out).toString() });
      } finally {
        rmSync(tmp, { recursive: true, force: true });
      }
    });
  });
}

function readUsage(file: string): { rssMiB: number | undefined; cpuMs: number | undefined } {
  let rssMiB: number | undefined;
  let cpuMs: number | undefined;
  try {
    // "<max RSS KiB> <user s> <system s>" from either method.
    const [kib, user, system] = readFileSync(file, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
    if (kib !== undefined && Number.isFinite(kib) && kib > 0) rssMiB = kib / 1024;
    if (user !== undefined && system !== undefined && Number.isFinite(user + system)) cpuMs = (user + system) * 1000;
  } catch {
    /* not measured */
  }
  return { rssMiB, cpuMs };
}

/** The best (fastest) of several measurements; its RSS is the highest seen (peak over the runs). */
export function best<T extends Measured>(all: readonly T[]): T {
  const fastest = all.reduce((a, b) => (a.ms <= b.ms ? a : b));
  const rss = all.map((m) => m.rssMiB).filter((r): r is number => r !== undefined);
  return { ...fastest, rssMiB: rss.length ? Math.max(...rss) : undefined };
}
