/**
 * Hook and history benchmarks (`npm run bench` runs them last; alone:
 * `node esbuild.mjs && node --import tsx test/bench/hook.ts`). Prints figures and ratios measured in
 * the same run; never fails on times (machines are shared and noisy).
 *
 * 1. A 10-file commit end to end: `node -e 0` (the floor), `leakproof --version` (bundle load),
 *    `scan --staged`, the installed pre-commit hook as git runs it, and `git commit` with and
 *    without the hook. Goal: the hook within 2× `node -e 0` (≈ 100 ms).
 * 2. History: `scan --history --all` on a generated repository of ≥ 2,000 commits (git fast-import)
 *    against `git log -p --all` on the same repository. Goal: ≤ 1.3×.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { logArguments } from '../../server/src/cli/history.js';
import { cleanEnv, git, initRepo } from '../hooks/gitBase.js';
import { generateHistory } from '../hooks/historyRepo.js';
import { timingEnv } from './measure.js';

const ROOT = resolve(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');

export interface Timing {
  readonly best: number;
  readonly median: number;
}

function timeOnce(command: string, args: readonly string[], cwd: string, options: { shell?: boolean } = {}): number {
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, {
    cwd,
    env: timingEnv(cleanEnv()),
    stdio: ['ignore', 'ignore', 'pipe'],
    shell: options.shell ?? false,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr?.toString().slice(0, 500)}`);
  return ms;
}

function measure(runs: number, once: () => number): Timing {
  const times = Array.from({ length: runs }, once).sort((a, b) => a - b);
  return { best: times[0]!, median: times[Math.floor(times.length / 2)]! };
}

const fmt = (t: Timing) => `${t.best.toFixed(0)} ms (median ${t.median.toFixed(0)})`;

/** CPU seconds (user + system, children included) of a shell command, via /usr/bin/time. */
function cpuSeconds(command: string, cwd: string): number | undefined {
  const out = join(mkdtempSync(join(tmpdir(), 'leakproof-bench-time-')), 'time');
  const result = spawnSync('/usr/bin/time', ['-o', out, '-f', '%U %S', 'sh', '-c', command], {
    cwd,
    env: timingEnv(cleanEnv()),
    stdio: 'ignore',
  });
  if (result.error) return undefined;
  const [user, system] = readFileSync(out, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
  rmSync(dirname(out), { recursive: true, force: true });
  return (user ?? 0) + (system ?? 0);
}

function codeFile(i: number): string {
  return (
    Array.from({ length: 120 }, (_, n) => `export function handler${i}_${n}(input: number): number { return input * ${n} + ${i}; }`).join(
      '\n',
    ) + '\n'
  );
}

export interface CommitFigures {
  readonly files: number;
  readonly nodeFloor: Timing;
  readonly version: Timing;
  readonly scanStaged: Timing;
  readonly hook: Timing;
  readonly commitWithHook: Timing;
  readonly commitNoVerify: Timing;
  /** CPU of 9 hook runs and of 9 `node -e 0` runs, interleaved (NaN without /usr/bin/time). */
  readonly hookCpuSeconds: number;
  readonly nodeFloorCpuSeconds: number;
}

export function benchCommit(): CommitFigures {
  const dir = mkdtempSync(join(tmpdir(), 'leakproof-bench-commit-'));
  try {
    initRepo(dir);
    for (let i = 0; i < 300; i++) {
      const path = join(dir, 'src', `pkg${i % 12}`, `module${i}.ts`);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, codeFile(i));
    }
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '--no-verify', '-m', 'initial');
    const install = spawnSync(process.execPath, [CLI, 'install-hook', '--cwd', dir], { env: timingEnv(cleanEnv()), encoding: 'utf8' });
    if (install.status !== 0) throw new Error(install.stderr);
    for (let i = 0; i < 10; i++) {
      const path = join(dir, 'src', `pkg${(i * 7) % 12}`, `module${i * 7}.ts`);
      const lines = readFileSync(path, 'utf8').split('\n');
      lines.splice(
        40,
        1,
        `export const changed${i} = ${i};`,
        `export const added${i} = "value ${i}";`,
        `export const more${i} = ${i * 2};`,
      );
      writeFileSync(path, lines.join('\n'));
    }
    git(dir, 'add', '-A');
    const files = git(dir, 'diff', '--cached', '--name-only').split('\n').length;

    const runs = 15;
    const floor = measure(runs, () => timeOnce(process.execPath, ['-e', '0'], dir));
    const version = measure(runs, () => timeOnce(process.execPath, [CLI, '--version'], dir));
    const scan = measure(runs, () => timeOnce(process.execPath, [CLI, 'scan', '--staged'], dir));
    const hook = measure(runs, () => timeOnce(join(dir, '.git', 'hooks', 'pre-commit'), [], dir));
    const commitWith = measure(8, () => {
      const ms = timeOnce('git', ['commit', '-q', '-m', 'bench'], dir);
      git(dir, 'reset', '-q', '--soft', 'HEAD~1');
      return ms;
    });
    const commitWithout = measure(8, () => {
      const ms = timeOnce('git', ['commit', '-q', '--no-verify', '-m', 'bench'], dir);
      git(dir, 'reset', '-q', '--soft', 'HEAD~1');
      return ms;
    });
    // CPU (user + system, children included: the git processes the hook starts), interleaved pairs,
    // summed: /usr/bin/time counts in 10 ms steps, so one run of `node -e 0` is too coarse alone.
    let hookCpu = 0;
    let floorCpu = 0;
    for (let i = 0; i < 9; i++) {
      floorCpu += cpuSeconds(`'${process.execPath}' -e 0`, dir) ?? Number.NaN;
      hookCpu += cpuSeconds(`'${join(dir, '.git', 'hooks', 'pre-commit')}' > /dev/null 2>&1`, dir) ?? Number.NaN;
    }
    console.log(`hook: ${files}-file commit (300-file repository), best of ${runs}:`);
    console.log(`  node -e 0                       ${fmt(floor)}`);
    console.log(`  leakproof --version             ${fmt(version)}  (bundle load: +${(version.best - floor.best).toFixed(0)} ms)`);
    console.log(
      `  leakproof scan --staged         ${fmt(scan)}  = ${(scan.best / floor.best).toFixed(2)}× node -e 0 (goal ≤ 2×, ≤ 100 ms)`,
    );
    console.log(
      `  .git/hooks/pre-commit (as git)  ${fmt(hook)}  = ${(hook.best / floor.best).toFixed(2)}× node -e 0; CPU ${(hookCpu / floorCpu).toFixed(2)}× (9 interleaved pairs)`,
    );
    console.log(
      `  git commit: ${fmt(commitWith)} with the hook, ${fmt(commitWithout)} with --no-verify (+${(commitWith.best - commitWithout.best).toFixed(0)} ms)`,
    );
    return {
      files,
      nodeFloor: floor,
      version,
      scanStaged: scan,
      hook,
      commitWithHook: commitWith,
      commitNoVerify: commitWithout,
      hookCpuSeconds: hookCpu,
      nodeFloorCpuSeconds: floorCpu,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface HistoryFigures {
  readonly commits: number;
  readonly patchMB: number;
  readonly planted: number;
  readonly found: number;
  readonly gitLog: Timing;
  readonly gitLogLeakproofFlags: Timing;
  readonly scan: Timing;
  readonly gitCpuSeconds: number | undefined;
  readonly scanCpuSeconds: number | undefined;
}

export function benchHistory(commits = Number(process.env.LEAKPROOF_BENCH_COMMITS ?? 2500)): HistoryFigures {
  const dir = mkdtempSync(join(tmpdir(), 'leakproof-bench-history-'));
  try {
    const started = Date.now();
    const generated = generateHistory(dir, { commits, files: 150, fileLines: 250, plantEvery: 100, seed: 'bench' });
    return benchHistoryIn(
      dir,
      `generated ${generated.commits} commits on ${generated.branches.length} branches (fast-import, ${Date.now() - started} ms)`,
      generated.plants.length,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `scan --history --all` against `git log -p --all` in one repository (`planted`: secrets the scan must find). */
export function benchHistoryIn(dir: string, label: string, planted?: number): HistoryFigures {
  const commits = Number(spawnSync('git', ['rev-list', '--all', '--count'], { cwd: dir, encoding: 'utf8' }).stdout.trim());
  const patchBytes = spawnSync('git', ['log', '-p', '--all'], { cwd: dir, env: timingEnv(cleanEnv()), maxBuffer: 2 ** 31 - 1 }).stdout
    .length;
  console.log(`history: ${label}: ${commits} commits, ${(patchBytes / 1048576).toFixed(1)} MB of \`git log -p --all\``);
  const runs = 3;
  const gitLog = measure(runs, () => timeOnce('git log -p --all > /dev/null', [], dir, { shell: true }));
  const ourGit = measure(runs, () =>
    timeOnce(
      `git ${logArguments([], undefined)
        .map((a) => `'${a}'`)
        .join(' ')} > /dev/null`,
      [],
      dir,
      { shell: true },
    ),
  );
  let found = 0;
  const scan = measure(runs, () => {
    const t0 = process.hrtime.bigint();
    const result = spawnSync(process.execPath, [CLI, 'scan', '--history', '--all', '--format', 'json'], {
      cwd: dir,
      env: timingEnv(cleanEnv()),
      maxBuffer: 256 * 1024 * 1024,
    });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (result.status !== 0 && result.status !== 1)
      throw new Error(`scan --history exited ${result.status}: ${result.stderr.toString().slice(0, 300)}`);
    found = (JSON.parse(result.stdout.toString()) as { findings: unknown[] }).findings.length;
    return ms;
  });
  const gitCpu = cpuSeconds('git log -p --all > /dev/null', dir);
  const scanCpu = cpuSeconds(`'${process.execPath}' '${CLI}' scan --history --all --format json --output /dev/null 2>/dev/null`, dir);
  const cpu = (seconds: number | undefined) => (seconds === undefined ? '' : `, CPU ${seconds.toFixed(2)} s`);
  const cpuRatio = gitCpu && scanCpu ? `, CPU ${(scanCpu / gitCpu).toFixed(2)}×` : '';
  console.log(`  git log -p --all > /dev/null              ${fmt(gitLog)}${cpu(gitCpu)}`);
  console.log(`  the same walk with leakproof's git flags  ${fmt(ourGit)}  (-a -M --topo-order --reverse --diff-merges=first-parent)`);
  console.log(
    `  leakproof scan --history --all            ${fmt(scan)}${cpu(scanCpu)}  = ${(scan.best / gitLog.best).toFixed(2)}× git log -p wall${cpuRatio}; ${found} findings${planted === undefined ? '' : ` (${planted} planted)`}`,
  );
  return {
    commits,
    patchMB: patchBytes / 1048576,
    planted: planted ?? 0,
    found,
    gitLog,
    gitLogLeakproofFlags: ourGit,
    scan,
    gitCpuSeconds: gitCpu,
    scanCpuSeconds: scanCpu,
  };
}

export function runHookBench(): { commit: CommitFigures; history: HistoryFigures } {
  return { commit: benchCommit(), history: benchHistory() };
}

if (require.main === module) void runHookBench();
