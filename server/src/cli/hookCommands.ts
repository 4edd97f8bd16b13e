/**
 * The git-facing commands: `scan --staged`, `scan --pre-push`, `scan --history`, `install-hook`,
 * `uninstall-hook`. main.ts parses the shared scan options and dispatches here; rendering and the
 * baseline/allowlist filter are main's (passed in, so that formats stay identical to `scan`).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkRevisions, scanHistory } from './history.js';
import { HOOK_NAMES, describeResult, installHooks, isHookName, renderHook, uninstallHooks, type HookName } from './hook.js';
import { SKIP_VARIABLE, commitBlockedHelp, notJudgedHelp, pushBlockedHelp, skipRequested } from './hookMessages.js';
import { hookTimeBudget } from './hookScanning.js';
import { checkCoverage, describeCoverage } from './hookCheck.js';
import { openRepository } from './git.js';
import { parsePrePushInput, pushRevisions, refsFromPreCommitFramework } from './prePush.js';
import { loadProjectConfig, type ProjectConfig } from './projectConfig.js';
import { blockingFindings, type Report, type ReportFilter } from './report.js';
import { EMPTY_CONFIG, hookPolicy } from '../engine/config.js';
import type { Confidence } from '../engine/index.js';
import { scanStaged } from './staged.js';
import { formatBytes } from './format/size.js';

type Format = 'text' | 'json' | 'sarif';

/** What main.ts lends: the same rendering, output and filtering as `leakproof scan`. */
export interface ScanPlumbing {
  /** `allowHint` false: a hook's own advice (with the hashes) follows on stderr. */
  readonly render: (report: Report, format: Format, color: boolean, allowHint?: boolean) => string;
  readonly emit: (output: string, file: string | undefined) => void;
  readonly filterReport: (report: Report, options: ReportFilter) => Report;
}

export interface GitScanValues {
  readonly format: Format;
  readonly output?: string | undefined;
  readonly config?: string | undefined;
  readonly baseline?: string | undefined;
  readonly showAllowlisted: boolean;
  readonly minConfidence?: Confidence | undefined;
  /** Already decided by main (flag, NO_COLOR, FORCE_COLOR, terminal, --output). */
  readonly color: boolean;
  /** Print the report only when something blocks or fails. */
  readonly quiet: boolean;
  readonly staged: boolean;
  readonly prePush: boolean;
  readonly history: boolean;
  readonly all: boolean;
  readonly since?: string | undefined;
  /** Options that make no sense with these modes, if given (for a clear error). */
  readonly stray: readonly string[];
}

/**
 * The hooks scan without the engine's per-file cap (applied after keeping added lines only), and
 * with a hook's long time budget: a budget that runs out is an error, so it must be rare.
 */
function hookOverrides() {
  return { capPerDetector: Number.MAX_SAFE_INTEGER, timeBudgetMs: hookTimeBudget() };
}

function stderr(line: string): void {
  process.stderr.write(`${line}\n`);
}

/**
 * `silentWhenClean`: the staged scan runs in a hook on every commit — a clean commit prints
 * nothing (git hooks speak only when they stop you); --quiet asks the same of every mode.
 */
function finish(
  report: Report,
  values: GitScanValues,
  plumbing: ScanPlumbing,
  project: ProjectConfig | undefined,
  silentWhenClean = false,
  blocksWithAdvice = false,
): Report {
  const policy = hookPolicy(project?.config ?? EMPTY_CONFIG);
  const filtered = plumbing.filterReport(report, {
    baseline: values.baseline,
    showAllowlisted: values.showAllowlisted,
    minConfidence: values.minConfidence,
    policy,
  });
  // Clean: nothing to report at all (a non-blocking finding is still shown, it just does not block).
  const clean = filtered.findings.length === 0 && !filtered.incomplete?.length;
  if (!(clean && values.format === 'text' && (values.quiet || silentWhenClean)))
    plumbing.emit(plumbing.render(filtered, values.format, values.color, !blocksWithAdvice), values.output);
  return filtered;
}

export function isGitScan(values: {
  staged: boolean;
  prePush: boolean;
  history: boolean;
  all: boolean;
  since?: string | undefined;
}): boolean {
  return values.staged || values.prePush || values.history || values.all || values.since !== undefined;
}

export function runGitScan(values: GitScanValues, positionals: readonly string[], plumbing: ScanPlumbing): number | Promise<number> {
  const modes = [values.staged && '--staged', values.prePush && '--pre-push', values.history && '--history'].filter(Boolean);
  if (modes.length !== 1) throw new Error(modes.length === 0 ? '--all and --since go with --history' : `choose one of ${modes.join(', ')}`);
  if ((values.all || values.since !== undefined) && !values.history) throw new Error('--all and --since go with --history');
  if (values.stray.length > 0) throw new Error(`${values.stray.join(', ')} cannot be used with ${modes[0]}`);
  if (values.staged) return runStaged(values, positionals, plumbing);
  if (values.prePush) return runPrePush(values, positionals, plumbing);
  return runHistory(values, positionals, plumbing);
}

async function runStaged(values: GitScanValues, paths: readonly string[], plumbing: ScanPlumbing): Promise<number> {
  if (skipRequested()) {
    stderr(`leakproof: ${SKIP_VARIABLE} is set: the staged secret scan was skipped`);
    return 0;
  }
  let project: ProjectConfig | undefined;
  const { report, notices } = await scanStaged({
    project: () => (project = loadProjectConfig(values.config, hookOverrides())),
    cwd: process.cwd(),
    paths,
  });
  const filtered = finish(report, values, plumbing, project, true, true);
  for (const notice of notices) stderr(`leakproof: ${notice}`);
  const blocking = blockingFindings(filtered);
  if (blocking.length > 0) process.stderr.write(commitBlockedHelp(blocking, values.format === 'text' && !values.output));
  if (report.incomplete?.length) {
    process.stderr.write(notJudgedHelp(report.incomplete, 'commit'));
    return 2;
  }
  return blocking.length > 0 ? 1 : 0;
}

async function runHistory(values: GitScanValues, revisions: readonly string[], plumbing: ScanPlumbing): Promise<number> {
  checkRevisions(revisions);
  if (values.all && revisions.length > 0) throw new Error('give either --all or revisions/ranges, not both');
  const project = loadProjectConfig(values.config, hookOverrides());
  const scan = await scanHistory({
    project,
    cwd: process.cwd(),
    revisions,
    since: values.since,
    progress: process.stderr.isTTY ? process.stderr : undefined,
  });
  const filtered = finish(scan.report, values, plumbing, project);
  const { stats } = scan.report;
  if (!values.quiet)
    stderr(
      `leakproof: scanned ${scan.commits} commit(s) (${stats.files} file change(s), ${formatBytes(stats.bytes)} of added text) in ${stats.durationMs} ms`,
    );
  if (scan.report.incomplete?.length) {
    process.stderr.write(notJudgedHelp(scan.report.incomplete, 'history'));
    return 2;
  }
  return blockingFindings(filtered).length > 0 ? 1 : 0;
}

async function runPrePush(values: GitScanValues, positionals: readonly string[], plumbing: ScanPlumbing): Promise<number> {
  if (skipRequested()) {
    stderr(`leakproof: ${SKIP_VARIABLE} is set: the pre-push secret scan was skipped`);
    return 0;
  }
  // The pre-commit framework keeps the hook's standard input and passes the range in the
  // environment instead (and the remote name too); git's own hooks give both on stdin/argv.
  const framework = refsFromPreCommitFramework(process.env);
  const remote = positionals[0] ?? (framework.length > 0 ? process.env.PRE_COMMIT_REMOTE_NAME : undefined);
  const refs = framework.length > 0 ? framework : process.stdin.isTTY ? [] : parsePrePushInput(readFileSync(0, 'utf8'));
  if (refs.length === 0) {
    if (process.stdin.isTTY)
      throw new Error(
        '--pre-push reads the refs being pushed on standard input, as git gives them to a pre-push hook; to scan commits by hand use --history <range>',
      );
    stderr('leakproof: nothing is being pushed');
    return 0;
  }
  const repo = openRepository(process.cwd());
  const revisions = pushRevisions(repo, remote, refs);
  if (!revisions) {
    stderr('leakproof: the push only deletes refs: nothing to scan');
    return 0;
  }
  const project = loadProjectConfig(values.config, hookOverrides());
  const scan = await scanHistory({ project, cwd: process.cwd(), revisions });
  const filtered = finish(scan.report, values, plumbing, project, false, true);
  if (!values.quiet) stderr(`leakproof: scanned ${scan.commits} new commit(s) being pushed${remote ? ` to ${remote}` : ''}`);
  const blocking = blockingFindings(filtered);
  if (blocking.length > 0) process.stderr.write(pushBlockedHelp(blocking, values.format === 'text' && !values.output));
  if (scan.report.incomplete?.length) {
    process.stderr.write(notJudgedHelp(scan.report.incomplete, 'push'));
    return 2;
  }
  return blocking.length > 0 ? 1 : 0;
}

const HOOK_OPTIONS = {
  cwd: { type: 'string' },
  json: { type: 'boolean', default: false },
  print: { type: 'boolean', default: false },
  check: { type: 'boolean', default: false },
  skip: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

const HOOK_HELP = `Usage:
  leakproof install-hook [HOOK…] [--skip HOOK]… [--cwd DIR] [--json]
  leakproof uninstall-hook [HOOK…] [--cwd DIR] [--json]
  leakproof install-hook --check [--cwd DIR] [--json]   what the installed hooks cover (exit 1: gaps)
  leakproof install-hook --print HOOK                    print the hook script instead

HOOK is one of ${HOOK_NAMES.join(', ')}. Without names, all of them: pre-commit alone misses
\`git merge\` (pre-merge-commit), \`git am\` (pre-applypatch) and commits made by rebase or
cherry-pick (pre-push scans them before they leave). --skip leaves one out (e.g. --skip pre-push).
The hook runs the leakproof that installed it, by absolute path (LEAKPROOF_BIN overrides it), and
blocks when that CLI is gone or does not confirm its run. The hooks folder is git's
(\`git rev-parse --git-path hooks\`: core.hooksPath and worktrees are honoured). An existing hook is
kept and chained (renamed <hook>.leakproof-chained, run first); with husky, a block is added to
.husky/<hook>. Running either command twice changes nothing the second time.
`;

function hookNames(positionals: readonly string[], skip: readonly string[] = []): HookName[] {
  for (const name of skip) if (!isHookName(name)) throw new Error(`unknown hook "${name}" in --skip (expected ${HOOK_NAMES.join(', ')})`);
  if (positionals.length === 0) return HOOK_NAMES.filter((name) => !skip.includes(name));
  const names = new Set<HookName>();
  for (const name of positionals) {
    if (name === 'all') HOOK_NAMES.forEach((n) => names.add(n));
    else if (isHookName(name)) names.add(name);
    else throw new Error(`unknown hook "${name}" (expected ${HOOK_NAMES.join(', ')} or all)`);
  }
  return [...names];
}

export function runHookCommand(command: 'install-hook' | 'uninstall-hook', argv: string[]): number {
  const { values, positionals } = parseArgs({ args: argv, options: HOOK_OPTIONS, allowPositionals: true, strict: true });
  if (values.help) {
    process.stdout.write(HOOK_HELP);
    return 0;
  }
  if (values.check) {
    if (command !== 'install-hook' || positionals.length > 0) throw new Error('--check goes with install-hook alone');
    const coverage = checkCoverage(resolve(values.cwd ?? process.cwd()));
    process.stdout.write(values.json ? `${JSON.stringify(coverage, null, 2)}\n` : describeCoverage(coverage));
    return coverage.gaps.length === 0 ? 0 : 1;
  }
  const names = hookNames(positionals, values.skip);
  if (values.print) {
    if (command !== 'install-hook' || names.length !== 1) throw new Error('--print takes exactly one hook name, with install-hook');
    process.stdout.write(renderHook(names[0]!));
    return 0;
  }
  const cwd = resolve(values.cwd ?? process.cwd());
  const results = command === 'install-hook' ? installHooks(cwd, names) : uninstallHooks(cwd, names);
  if (values.json) process.stdout.write(`${JSON.stringify({ results }, null, 2)}\n`);
  else for (const result of results) process.stdout.write(`leakproof: ${describeResult(result)}\n`);
  if (!values.json && command === 'install-hook' && results.some((r) => r.husky)) {
    process.stdout.write(
      'leakproof: husky runs `leakproof` from node_modules/.bin: add it to the project with `npm install --save-dev leakproof`\n',
    );
  }
  return 0;
}
