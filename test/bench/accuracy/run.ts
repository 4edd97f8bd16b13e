/**
 * `npm run bench:accuracy`: the real-world yardstick of issue 9. Scans pinned public repositories
 * (test/bench/accuracy/repos.json) with the built CLI and compares the findings with the triage
 * ledger (test/bench/accuracy/ledger.tsv). Prints precision (overall and outside test files), alerts
 * and noise per MB by detector, recall on the credentials labelled real, findings nobody triaged and
 * real ones no longer found. Writes .bench/accuracy/results.json.
 *
 *   --strict        exit 1 when a finding is untriaged or the ledger has errors
 *   --triage        also print a ledger row to fill in for each untriaged finding, with the line
 *                   around it (the flagged span masked) so a person can label it
 *   --list          print every finding with its label, reason and masked line (noise classes at a glance)
 *   --repo NAME     only this repository (owner/name; repeatable)
 *
 * Environment: LEAKPROOF_MIRROR (where `fetch` leaves bare mirrors, default /work/.mirror).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { contextHash, formatRow, matchLedger, parseLedger, type LedgerRow, type ScannedFinding } from './ledger.js';
import { materialise, TREE_MARKER, type PinnedRepo } from './materialise.js';
import { summarise, type Summary } from './summary.js';

const ROOT = resolve(__dirname, '..', '..', '..');
const HERE = __dirname;
const CACHE = join(ROOT, '.bench', 'accuracy');
const CLI = join(ROOT, 'dist', 'cli.js');
const MIRROR = process.env.LEAKPROOF_MIRROR ?? '/work/.mirror';

interface CliFinding {
  readonly path: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly detector: string;
  readonly insights: readonly { readonly kind: string }[];
}

interface CliReport {
  readonly findings: readonly CliFinding[];
  readonly stats: { readonly files: number; readonly bytes: number };
}

function parseArgs(argv: readonly string[]): { strict: boolean; triage: boolean; list: boolean; only: Set<string> } {
  const only = new Set<string>();
  argv.forEach((arg, i) => {
    if (arg === '--repo' && argv[i + 1]) only.add(argv[i + 1]!);
  });
  return { strict: argv.includes('--strict'), triage: argv.includes('--triage'), list: argv.includes('--list'), only };
}

/** The default configuration, whatever `.leakproof.json` sits above the cache. */
function emptyConfig(): string {
  const file = join(CACHE, 'default.leakproof.json');
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(file, '{}\n');
  return file;
}

function lineOf(dir: string, path: string, line: number, cache: Map<string, string[]>): string {
  let lines = cache.get(path);
  if (!lines) {
    lines = readFileSync(join(dir, path), 'utf8').split(/\r?\n/);
    cache.set(path, lines);
  }
  return lines[line - 1] ?? '';
}

function scanRepo(
  pinned: PinnedRepo,
  dir: string,
  config: string,
): { findings: ScannedFinding[]; bytes: number; lines: Map<string, string[]> } {
  // --no-gitignore: the cache lies inside this (git-ignored) checkout, and the CLI skips ignored files.
  const run = spawnSync(process.execPath, [CLI, 'scan', '.', '--no-gitignore', '--format', 'json', '--config', config], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.status !== 0 && run.status !== 1)
    throw new Error(`scan of ${pinned.repo} failed (exit ${run.status}): ${run.stderr.slice(0, 500)}`);
  const report = JSON.parse(run.stdout) as CliReport;
  const lines = new Map<string, string[]>();
  const findings = report.findings
    .filter((f) => f.path !== TREE_MARKER)
    .map((f) => ({
      repo: pinned.repo,
      path: f.path,
      line: f.line,
      column: f.column,
      endLine: f.endLine,
      endColumn: f.endColumn,
      detector: f.detector,
      testFile: f.insights.some((i) => i.kind === 'test_file'),
      context: contextHash(lineOf(dir, f.path, f.line, lines), f.column, f.endLine === f.line ? f.endColumn : undefined),
    }));
  return { findings, bytes: report.stats.bytes, lines };
}

/** The line around a finding for a person triaging it: the flagged span masked, long lines cut. */
function maskedContext(lineText: string, finding: ScannedFinding): string {
  const end = finding.endLine === finding.line ? finding.endColumn - 1 : lineText.length;
  const masked = `${lineText.slice(0, finding.column - 1)}«${finding.detector}»${lineText.slice(end)}`.trim();
  return masked.length > 160 ? `${masked.slice(0, 157)}…` : masked;
}

function main(): number {
  const args = parseArgs(process.argv.slice(2));
  if (!existsSync(CLI)) {
    console.error(`bench:accuracy: ${CLI} is missing; run \`node esbuild.mjs\` first`);
    return 2;
  }
  const repos = (JSON.parse(readFileSync(join(HERE, 'repos.json'), 'utf8')) as PinnedRepo[]).filter(
    (r) => args.only.size === 0 || args.only.has(r.repo),
  );
  const ledger = parseLedger(join(HERE, 'ledger.tsv'));
  for (const error of ledger.errors) console.error(`ledger: ${error}`);
  const config = emptyConfig();
  const scanned: { repo: PinnedRepo; findings: ScannedFinding[]; bytes: number }[] = [];
  const lineCache = new Map<string, { dir: string; lines: Map<string, string[]> }>();
  for (const repo of repos) {
    const tree = materialise(repo, CACHE, MIRROR);
    if ('skipped' in tree) {
      console.log(`skip ${repo.repo}: ${tree.skipped}`);
      continue;
    }
    const result = scanRepo(repo, tree.dir, config);
    lineCache.set(repo.repo, { dir: tree.dir, lines: result.lines });
    scanned.push({ repo, findings: result.findings, bytes: result.bytes });
    console.log(
      `scanned ${repo.repo}: ${result.findings.length} findings in ${(result.bytes / 1048576).toFixed(1)} MB${tree.missing ? ` (${tree.missing} files absent from the mirror)` : ''}`,
    );
  }
  const scannedRepos = new Set(scanned.map((s) => s.repo.repo));
  const rows = ledger.rows.filter((row) => scannedRepos.has(row.repo));
  const findings = scanned.flatMap((s) => s.findings);
  const matching = matchLedger(rows, findings);
  const summary = summarise(
    matching,
    rows,
    scanned.reduce((sum, s) => sum + s.bytes, 0),
    scanned.length,
  );
  printSummary(summary);
  if (args.list) {
    console.log('\nAll findings (label, test, detector, place, reason; the flagged span masked):');
    for (const { finding, row } of matching.findings) {
      const cached = lineCache.get(finding.repo)!;
      console.log(
        `  ${(row?.label ?? 'UNTRIAGED').padEnd(12)} ${finding.testFile ? 'test' : '    '} ${finding.detector} ${finding.repo} ${finding.path}:${finding.line}${row ? ` — ${row.reason}` : ''}`,
      );
      console.log(`    | ${maskedContext(lineOf(cached.dir, finding.path, finding.line, cached.lines), finding)}`);
    }
  }
  const untriaged = matching.findings.filter((m) => m.row === undefined).map((m) => m.finding);
  if (untriaged.length > 0) {
    console.log(`\nUntriaged findings (${untriaged.length}): label them in test/bench/accuracy/ledger.tsv`);
    for (const finding of untriaged) {
      console.log(`  ${finding.repo} ${finding.path}:${finding.line} ${finding.detector}${finding.testFile ? ' (test file)' : ''}`);
      if (args.triage) {
        const cached = lineCache.get(finding.repo)!;
        console.log(`    | ${maskedContext(lineOf(cached.dir, finding.path, finding.line, cached.lines), finding)}`);
        const row: LedgerRow = {
          repo: finding.repo,
          path: finding.path,
          line: finding.line,
          detector: finding.detector,
          label: 'not-a-secret',
          testFile: finding.testFile,
          context: finding.context,
          reason: 'TODO',
        };
        console.log(`    ${formatRow(row).replace('\tnot-a-secret\t', '\t?\t')}`);
      }
    }
  }
  const staleNonReal = matching.unmatchedRows.filter((row) => row.label !== 'real');
  if (matching.lostReal.length > 0) {
    console.log(`\nReal credentials not found (${matching.lostReal.length}):`);
    for (const row of matching.lostReal) console.log(`  ${row.repo} ${row.path}:${row.line} ${row.detector}: ${row.reason}`);
  }
  if (staleNonReal.length > 0)
    console.log(`\nNoise rows no longer reported (${staleNonReal.length}): fixed; kept so the noise is recognised if it comes back.`);
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(join(CACHE, 'results.json'), JSON.stringify({ ...summary, untriaged }, null, 2));
  if (args.strict && (untriaged.length > 0 || ledger.errors.length > 0)) return 1;
  return 0;
}

function printSummary(summary: Summary): void {
  const pct = (x: number | undefined) => (x === undefined ? 'n/a' : x.toFixed(3));
  console.log(
    `\n${summary.repos} repositories, ${summary.megabytes.toFixed(1)} MB scanned, ${summary.findings} findings (${summary.untriaged} untriaged)`,
  );
  console.log(
    `precision (real / triaged):             ${pct(summary.precision)}  (${summary.real} real, ${summary.example} example, ${summary.notASecret} not-a-secret)`,
  );
  console.log(
    `precision outside test files:           ${pct(summary.precisionOutsideTests)}  (${summary.realOutsideTests} / ${summary.triagedOutsideTests})`,
  );
  console.log(`alerts per MB:                          ${summary.alertsPerMb.toFixed(2)}  (noise ${summary.noisePerMb.toFixed(2)})`);
  console.log(`recall on real credentials in ledger:   ${pct(summary.recall)}  (${summary.realFound} / ${summary.realTotal})`);
  console.log('\ndetector                         alerts   real  example  not-a-secret  untriaged  noise/MB');
  for (const d of summary.byDetector) {
    console.log(
      `${d.detector.padEnd(32)} ${String(d.alerts).padStart(6)} ${String(d.real).padStart(6)} ${String(d.example).padStart(8)} ${String(d.notASecret).padStart(13)} ${String(d.untriaged).padStart(10)} ${d.noisePerMb.toFixed(3).padStart(9)}`,
    );
  }
}

process.exitCode = main();
