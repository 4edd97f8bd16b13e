/**
 * `npm run bench`: prints figures, never fails on absolute times (machines are shared and noisy).
 * Compare ratios measured in the same run.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateTree } from './corpus.js';
import { runHookBench } from './hook.js';

const ROOT = resolve(__dirname, '..', '..');
const BENCH = join(ROOT, '.bench');
const CLI = join(ROOT, 'dist', 'cli.js');
const megabytes = Number(process.env.LEAKPROOF_BENCH_MB ?? 50);

function measure(args: string[]): { ms: number; rssMiB: number; stdout: string } {
  const started = process.hrtime.bigint();
  const result = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, CLI, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const rssKiB = Number(result.stderr.trim().split('\n').pop());
  return { ms, rssMiB: rssKiB / 1024, stdout: result.stdout };
}

mkdirSync(BENCH, { recursive: true });
const treeDir = join(BENCH, `tree-${megabytes}mb`);
const stats = generateTree(treeDir, megabytes * 1024 * 1024);
console.log(`tree: ${stats.files} files, ${(stats.bytes / 1048576).toFixed(1)} MB, ${stats.lines} lines, ${stats.secrets} planted secrets`);
const runs = [measure(['scan', treeDir, '--format', 'json', '--no-gitignore']), measure(['scan', treeDir, '--format', 'json', '--no-gitignore'])];
const best = runs.reduce((a, b) => (a.ms < b.ms ? a : b));
const report = JSON.parse(best.stdout) as { findings: unknown[] };
console.log(`tree scan (whole process, one worker): ${best.ms.toFixed(0)} ms, ${(stats.bytes / 1048576 / (best.ms / 1000)).toFixed(1)} MB/s, peak RSS ${best.rssMiB.toFixed(0)} MiB, ${report.findings.length} findings`);

// Pre-commit hook latency and history scan against `git log -p` (test/bench/hook.ts).
runHookBench();
void import('./edit.js').then((m: typeof import('./edit.js')) => m.runEditBench()); // language server: one edit on a 10,000-line file (test/bench/edit.ts)
