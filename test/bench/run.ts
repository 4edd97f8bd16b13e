/**
 * `npm run bench`: every benchmark in one run, Leakproof side by side with its references —
 * secretlint (installed on demand into `.bench/peers/`, test/bench/secretlint.ts), `node -e 0` and
 * `git log -p`. Prints the figures and a table of ratios, writes `.bench/results.json`. Never fails
 * on absolute times (machines are shared and noisy); exits non-zero only when a tool crashes.
 *
 * Environment: LEAKPROOF_BENCH_MB (tree size, default 50), LEAKPROOF_BENCH_PEER_MB (compare with
 * secretlint on a smaller tree of the same generator, default: the same tree),
 * LEAKPROOF_BENCH_COMMITS (history length, default 2500), LEAKPROOF_BENCH_SECRETLINT=12 (secretlint
 * 12.0 on the current Node instead of 13 on Node 22).
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { generateTree, type TreeStats } from './corpus.js';
import { runHookBench, type HistoryFigures } from './hook.js';
import { runStdioEditBench, type StdioEditFigures } from './editStdio.js';
import { benchDenoTree, benchExpressHistory, type RealTree } from './realRepos.js';
import { runTinyBench } from './tiny.js';
import { best, rssMethod, runNode, runNodeAsync, type Measured } from './measure.js';
import { mib, ms, printTable, speedup, times, writeResults, type Row } from './results.js';
import { ensureSecretlint, peerAvailable, secretlintInProcess, secretlintTree, type InProcess } from './secretlint.js';

const ROOT = resolve(__dirname, '..', '..');
const BENCH = join(ROOT, '.bench');
const CLI = join(ROOT, 'dist', 'cli.js');
const RESULTS = join(BENCH, 'results.json');
const megabytes = Number(process.env.LEAKPROOF_BENCH_MB ?? 50);
const peerMegabytes = Number(process.env.LEAKPROOF_BENCH_PEER_MB ?? megabytes);

const mb = (bytes: number) => bytes / 1048576;
const mbps = (bytes: number, m: Measured) => mb(bytes) / (m.ms / 1000);

function tree(size: number): { dir: string; stats: TreeStats } {
  const dir = join(BENCH, `tree-${size}mb`);
  return { dir, stats: generateTree(dir, size * 1024 * 1024) };
}

type TreeRun = Measured & { findings: number };

function leakproofTree(dir: string): TreeRun {
  const m = runNode(process.execPath, [CLI, 'scan', dir, '--format', 'json', '--no-gitignore'], { okStatus: [0, 1] });
  return { ...m, stdout: '', findings: (JSON.parse(m.stdout) as { findings: unknown[] }).findings.length };
}

/**
 * Two CLI processes side by side, each on every other top-level folder of the tree: what two worker
 * threads could give at best on two cores (the CLI has no worker mode). Wall time until both end;
 * RSS and CPU are the sums of the two processes.
 */
async function leakproofTreeTwoProcesses(dir: string): Promise<TreeRun> {
  const entries = readdirSync(dir)
    .filter((name) => name !== '.generated.json')
    .sort();
  const halves = [entries.filter((_, i) => i % 2 === 0), entries.filter((_, i) => i % 2 === 1)];
  const started = process.hrtime.bigint();
  const both = await Promise.all(
    halves.map((half) =>
      runNodeAsync(process.execPath, [CLI, 'scan', ...half.map((name) => join(dir, name)), '--format', 'json', '--no-gitignore'], {
        okStatus: [0, 1],
      }),
    ),
  );
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const sum = (values: (number | undefined)[]) =>
    values.every((v) => v !== undefined) ? values.reduce((a: number, b) => a + b, 0) : undefined;
  return {
    ms,
    rssMiB: sum(both.map((m) => m.rssMiB)),
    cpuMs: sum(both.map((m) => m.cpuMs)),
    status: Math.max(...both.map((m) => m.status)),
    stdout: '',
    findings: both.reduce((n, m) => n + (JSON.parse(m.stdout) as { findings: unknown[] }).findings.length, 0),
  };
}

const TREE_RUNS = 3;
const cpuText = (m: Measured) => (m.cpuMs === undefined ? '' : `, CPU ${ms(m.cpuMs)}`);

async function main(): Promise<void> {
  mkdirSync(BENCH, { recursive: true });
  const peer = ensureSecretlint();
  if (peerAvailable(peer)) console.log(`peer: ${peer.note}: secretlint ${peer.version}, node ${peer.nodeVersion}`);
  else console.log(`peer: secretlint UNAVAILABLE (${peer.error}); its columns stay empty`);
  console.log(
    `peak RSS via ${rssMethod()}; ${availableParallelism()} cores (${cpus()[0]?.model ?? '?'}), load average ${loadavg()[0]!.toFixed(1)}`,
  );

  // 1. Tree throughput, whole process, one worker.
  const big = tree(megabytes);
  console.log(
    `tree: ${big.stats.files} files, ${mb(big.stats.bytes).toFixed(1)} MB, ${big.stats.lines} lines, ${big.stats.secrets} planted secrets`,
  );
  // Runs alternate between the tools so that load from elsewhere on a shared machine hits both alike.
  const small = peerMegabytes === megabytes ? big : tree(peerMegabytes);
  const oursRuns: TreeRun[] = [];
  const oursSmallRuns: TreeRun[] = [];
  const theirsRuns: (TreeRun & { files: number })[] = [];
  for (let i = 0; i < TREE_RUNS; i++) {
    oursRuns.push(leakproofTree(big.dir));
    if (small !== big) oursSmallRuns.push(leakproofTree(small.dir));
    if (peerAvailable(peer)) theirsRuns.push(secretlintTree(peer, small.dir));
  }
  const ours = best(oursRuns);
  const oursSmall = small === big ? ours : best(oursSmallRuns);
  const theirs = theirsRuns.length ? best(theirsRuns) : undefined;
  console.log(
    `tree scan, leakproof (whole process, one worker, best of ${TREE_RUNS}): ${ms(ours.ms)}, ${mbps(big.stats.bytes, ours).toFixed(1)} MB/s, peak RSS ${mib(ours.rssMiB)}${cpuText(ours)}, ${ours.findings} findings`,
  );
  if (theirs && peerAvailable(peer)) {
    console.log(
      `tree scan, secretlint ${peer.version} (${mb(small.stats.bytes).toFixed(1)} MB tree, best of ${TREE_RUNS}): ${ms(theirs.ms)}, ${mbps(small.stats.bytes, theirs).toFixed(1)} MB/s, peak RSS ${mib(theirs.rssMiB)}${cpuText(theirs)}, ${theirs.findings} findings in ${theirs.files} files`,
    );
    if (small !== big)
      console.log(
        `tree scan, leakproof on the same ${mb(small.stats.bytes).toFixed(1)} MB tree: ${ms(oursSmall.ms)}, ${mbps(small.stats.bytes, oursSmall).toFixed(1)} MB/s${cpuText(oursSmall)}`,
      );
  }

  // Optional: two cores, as two processes on halves of the tree (a proxy for two worker threads).
  const pairRuns: TreeRun[] = [];
  for (let i = 0; i < TREE_RUNS; i++) pairRuns.push(await leakproofTreeTwoProcesses(big.dir));
  const pair = best(pairRuns);
  console.log(
    `tree scan, leakproof as 2 processes on halves of the tree (best of ${TREE_RUNS}): ${ms(pair.ms)}, ${mbps(big.stats.bytes, pair).toFixed(1)} MB/s, RSS ${mib(pair.rssMiB)} (sum)${cpuText(pair)} (sum), ${pair.findings} findings`,
  );

  // 2. The 10,000-line file: full rescan kept loaded (both tools), incremental edits (Leakproof).
  const { runEditBench, tenThousandLineFile } = await import('./edit.js');
  const edit = runEditBench();
  let peerFile: InProcess | undefined;
  if (peerAvailable(peer)) {
    const file = join(BENCH, 'file-10k.ts');
    writeFileSync(file, tenThousandLineFile());
    peerFile = secretlintInProcess(peer, file);
    console.log(
      `  secretlint ${peer.version} kept loaded (lintSource, recommended preset), full rescan: median ${ms(peerFile.median, 3)}, best ${ms(peerFile.best, 3)}, ${peerFile.findings} findings`,
    );
  }

  // The editor path end to end: didChange → publishDiagnostics over stdio, debounce 0.
  const stdio = await runStdioEditBench();
  console.log(
    `10k-line file over stdio (${stdio.samples} edits, debounce 0): edit → publishDiagnostics p50 ${ms(stdio.editP50, 2)}, p99 ${ms(stdio.editP99, 2)}; hover round trip p50 ${ms(stdio.hoverP50, 2)}, p99 ${ms(stdio.hoverP99, 2)}`,
  );

  // 3. Pre-commit (10-file commit) against `node -e 0`; 4. history against `git log -p`.
  const { commit, history } = runHookBench();

  // The real repositories of issue 10: the deno checkout against secretlint, express's history against git log -p.
  const deno = benchDenoTree(peer);
  if ('skipped' in deno) console.log(`deno tree: skipped (${deno.skipped})`);
  const express = benchExpressHistory();
  if ('skipped' in express) console.log(`express history: skipped (${express.skipped})`);

  // 5. The worst tiny input (issue 10): the docker-compose excerpt, in process.
  const tiny = runTinyBench();
  console.log(
    `worst tiny input, ${tiny.bytes} B docker-compose excerpt: median ${ms(tiny.medianCpuMs, 2)} CPU; growth ${tiny.growth.ratio?.toFixed(2) ?? 'below noise'}× per 4× bytes (scale ${tiny.growth.size}: ${ms(tiny.growth.small, 1)} → ${ms(tiny.growth.large, 1)})`,
  );

  const treeRatio = theirs ? theirs.ms / oursSmall.ms : undefined;
  const treeCpuRatio = theirs?.cpuMs && oursSmall.cpuMs ? theirs.cpuMs / oursSmall.cpuMs : undefined;
  const subtree = small === big ? '' : ` (both on the ${mb(small.stats.bytes).toFixed(0)} MB tree)`;
  const rows: Row[] = [
    {
      metric: `tree ${mb(big.stats.bytes).toFixed(0)} MB, 1 process: throughput`,
      leakproof: `${mbps(big.stats.bytes, ours).toFixed(1)} MB/s`,
      reference: '—',
      ratio: '—',
      goal: '≥ 100 MB/s',
      met: mbps(big.stats.bytes, ours) >= 100,
    },
    {
      metric: `tree vs secretlint${subtree}`,
      leakproof: `${mbps(small.stats.bytes, oursSmall).toFixed(1)} MB/s`,
      reference: theirs ? `secretlint ${mbps(small.stats.bytes, theirs).toFixed(1)} MB/s` : 'n/a',
      ratio:
        treeRatio === undefined ? 'n/a' : `${speedup(treeRatio)}${treeCpuRatio === undefined ? '' : ` (CPU ${treeCpuRatio.toFixed(2)}×)`}`,
      goal: '≥ 6× faster',
      met: treeRatio === undefined ? undefined : treeRatio >= 6,
    },
    {
      metric: 'tree, 2 cores (2 processes, half each)',
      leakproof: `${mbps(big.stats.bytes, pair).toFixed(1)} MB/s`,
      reference: `1 process ${mbps(big.stats.bytes, ours).toFixed(1)} MB/s`,
      ratio: `${speedup(ours.ms / pair.ms)}, RSS ${mib(pair.rssMiB)} (sum)`,
      goal: '— (optional)',
      met: undefined,
    },
    {
      metric: 'tree: peak RSS',
      leakproof: mib(ours.rssMiB),
      reference: theirs
        ? `secretlint ${mib(theirs.rssMiB)}${small === big ? '' : ` (${mb(small.stats.bytes).toFixed(0)} MB tree; Leakproof there ${mib(oursSmall.rssMiB)})`}`
        : 'n/a',
      ratio: theirs?.rssMiB && oursSmall.rssMiB ? times(oursSmall.rssMiB / theirs.rssMiB) : 'n/a',
      goal: '≤ 100 MiB',
      met: ours.rssMiB === undefined ? undefined : ours.rssMiB <= 100,
    },
    {
      metric: '10k-line file, full rescan kept loaded (median)',
      leakproof: ms(edit.fullMedian, 2),
      reference: peerFile ? `secretlint lintSource ${ms(peerFile.median, 2)}` : 'n/a',
      ratio: peerFile ? speedup(peerFile.median / edit.fullMedian) : 'n/a',
      goal: '—',
      met: undefined,
    },
    { metric: '10k-line file, one edit p50', leakproof: ms(edit.p50, 3), reference: '—', ratio: '—', goal: '—', met: undefined },
    {
      metric: '10k-line file, one edit p99',
      leakproof: ms(edit.p99, 3),
      reference: `CPU p99 ${ms(edit.cpuP99, 3)}`,
      ratio: '—',
      goal: '≤ 1 ms',
      met: edit.p99 <= 1,
    },
    {
      metric: `pre-commit, ${commit.files}-file commit (scan --staged, best)`,
      leakproof: ms(commit.scanStaged.best),
      reference: `node -e 0 ${ms(commit.nodeFloor.best)}`,
      ratio: times(commit.scanStaged.best / commit.nodeFloor.best),
      goal: '≤ 2×',
      met: commit.scanStaged.best / commit.nodeFloor.best <= 2,
    },
    {
      metric: 'pre-commit, the installed hook as git runs it (CPU)',
      leakproof: `${ms(commit.hook.best)} wall, CPU ${ms((commit.hookCpuSeconds * 1000) / 9)}`,
      reference: `node -e 0 ${ms(commit.nodeFloor.best)} wall, CPU ${ms((commit.nodeFloorCpuSeconds * 1000) / 9)}`,
      ratio: `CPU ${times(commit.hookCpuSeconds / commit.nodeFloorCpuSeconds)} (wall ${times(commit.hook.best / commit.nodeFloor.best)})`,
      goal: '≤ 4× this round, ≤ 2× goal (CPU)',
      met: commit.hookCpuSeconds / commit.nodeFloorCpuSeconds <= 4,
    },
    {
      metric: `worst tiny input (${tiny.bytes} B compose excerpt, all detectors)`,
      leakproof: `${ms(tiny.medianCpuMs, 2)} CPU`,
      reference: `4× the bytes: ${ms(tiny.growth.large, 1)} vs ${ms(tiny.growth.small, 1)}`,
      ratio: tiny.growth.ratio === undefined ? 'below noise' : `growth ${times(tiny.growth.ratio)}`,
      goal: '< 50 ms, growth ≤ 6× per 4× bytes',
      met: tiny.medianCpuMs < 50 && (tiny.growth.ratio === undefined || tiny.growth.ratio <= 6),
    },
    {
      metric: `history, ${history.commits} commits (scan --history --all)`,
      leakproof: ms(history.scan.best),
      reference: `git log -p --all ${ms(history.gitLog.best)}`,
      ratio: times(history.scan.best / history.gitLog.best),
      goal: '≤ 1.3×',
      met: history.scan.best / history.gitLog.best <= 1.3,
    },
    ...realRows(deno, express, stdio),
  ];

  writeResults(RESULTS, {
    date: new Date().toISOString(),
    machine: { cores: availableParallelism(), cpu: cpus()[0]?.model, node: process.version, loadavg: loadavg(), rssMethod: rssMethod() },
    peer: peerAvailable(peer)
      ? {
          tool: 'secretlint',
          version: peer.version,
          node: peer.nodeVersion,
          note: peer.note,
          preset: '@secretlint/secretlint-rule-preset-recommend',
        }
      : { error: peer.error },
    tree: {
      ...big.stats,
      runs: TREE_RUNS,
      leakproof: {
        ms: ours.ms,
        cpuMs: ours.cpuMs,
        mbPerS: mbps(big.stats.bytes, ours),
        rssMiB: ours.rssMiB,
        findings: ours.findings,
        allMs: oursRuns.map((r) => r.ms),
      },
      comparedOn: small.stats,
      secretlint: theirs
        ? {
            ms: theirs.ms,
            cpuMs: theirs.cpuMs,
            mbPerS: mbps(small.stats.bytes, theirs),
            rssMiB: theirs.rssMiB,
            findings: theirs.findings,
            files: theirs.files,
            allMs: theirsRuns.map((r) => r.ms),
          }
        : null,
      leakproofOnComparedTree: {
        ms: oursSmall.ms,
        cpuMs: oursSmall.cpuMs,
        mbPerS: mbps(small.stats.bytes, oursSmall),
        rssMiB: oursSmall.rssMiB,
      },
      speedup: treeRatio ?? null,
      cpuSpeedup: treeCpuRatio ?? null,
      twoProcesses: {
        ms: pair.ms,
        cpuMs: pair.cpuMs,
        mbPerS: mbps(big.stats.bytes, pair),
        rssMiBSum: pair.rssMiB,
        findings: pair.findings,
        speedupOverOne: ours.ms / pair.ms,
      },
    },
    file10k: { leakproof: edit, secretlint: peerFile ?? null, fullRescanSpeedup: peerFile ? peerFile.median / edit.fullMedian : null },
    commit,
    history,
    tiny,
    stdioEdit: stdio,
    deno: 'skipped' in deno ? deno : { ...deno, leakproof: { ...deno.leakproof }, secretlint: deno.secretlint ?? null },
    express,
    table: rows,
  });
  console.log('');
  printTable(rows);
  console.log(`\nresults: ${RESULTS}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

/** Rows of the real repositories and the stdio editor path (issue 10's table). */
function realRows(deno: RealTree | { skipped: string }, express: HistoryFigures | { skipped: string }, stdio: StdioEditFigures): Row[] {
  const rows: Row[] = [];
  if ('skipped' in deno)
    rows.push({
      metric: 'deno checkout vs secretlint',
      leakproof: 'skipped',
      reference: deno.skipped,
      ratio: 'n/a',
      goal: '≥ 6× (CPU)',
      met: undefined,
    });
  else {
    const { leakproof: ours, secretlint: theirs } = deno;
    const cpuRatio = theirs?.cpuMs && ours.cpuMs ? theirs.cpuMs / ours.cpuMs : undefined;
    rows.push({
      metric: `deno checkout ${mb(deno.bytes).toFixed(0)} MB, 1 process vs secretlint`,
      leakproof: `${mbps(deno.bytes, ours).toFixed(1)} MB/s${ours.cpuMs ? `, ${(mb(deno.bytes) / (ours.cpuMs / 1000)).toFixed(1)} MB per CPU-s` : ''}`,
      reference: theirs ? `secretlint ${mbps(deno.bytes, theirs).toFixed(1)} MB/s` : 'n/a',
      ratio: cpuRatio === undefined ? 'n/a' : `CPU ${speedup(cpuRatio)} (wall ${speedup(theirs!.ms / ours.ms)})`,
      goal: '≥ 4× this round, ≥ 6× goal (CPU)',
      met: cpuRatio === undefined ? undefined : cpuRatio >= 4,
    });
    rows.push({
      metric: 'deno checkout: peak RSS',
      leakproof: mib(ours.rssMiB),
      reference: theirs ? `secretlint ${mib(theirs.rssMiB)}` : 'n/a',
      ratio: theirs?.rssMiB && ours.rssMiB ? times(ours.rssMiB / theirs.rssMiB) : 'n/a',
      goal: '≤ 120 MiB this round, ≤ 100 MiB goal',
      met: ours.rssMiB === undefined ? undefined : ours.rssMiB <= 120,
    });
  }
  if ('skipped' in express)
    rows.push({
      metric: 'express history vs git log -p',
      leakproof: 'skipped',
      reference: express.skipped,
      ratio: 'n/a',
      goal: '≤ 1.2× (CPU)',
      met: undefined,
    });
  else {
    const cpuRatio = express.scanCpuSeconds && express.gitCpuSeconds ? express.scanCpuSeconds / express.gitCpuSeconds : undefined;
    rows.push({
      metric: `express history, ${express.commits} commits (scan --history --all)`,
      leakproof: `${ms(express.scan.best)}${express.scanCpuSeconds ? `, CPU ${express.scanCpuSeconds.toFixed(2)} s` : ''}`,
      reference: `git log -p --all ${ms(express.gitLog.best)}${express.gitCpuSeconds ? `, CPU ${express.gitCpuSeconds.toFixed(2)} s` : ''}`,
      ratio:
        cpuRatio === undefined
          ? times(express.scan.best / express.gitLog.best)
          : `CPU ${times(cpuRatio)} (wall ${times(express.scan.best / express.gitLog.best)})`,
      goal: '≤ 1.5× this round, ≤ 1.2× goal (CPU)',
      met: cpuRatio === undefined ? undefined : cpuRatio <= 1.5,
    });
  }
  rows.push({
    metric: '10k-line file over stdio: edit → publishDiagnostics p99',
    leakproof: `p99 ${ms(stdio.editP99, 2)} (p50 ${ms(stdio.editP50, 2)})`,
    reference: `hover round trip p99 ${ms(stdio.hoverP99, 2)} (p50 ${ms(stdio.hoverP50, 2)})`,
    ratio: `p50 ${times(stdio.editP50 / stdio.hoverP50)}`,
    goal: '≤ 5 ms this round, ≤ 1 ms goal',
    met: stdio.editP99 <= 5,
  });
  return rows;
}
