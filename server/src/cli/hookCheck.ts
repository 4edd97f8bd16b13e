/**
 * `leakproof install-hook --check`: what the installed hooks cover, and what they do not — a hook
 * in a folder git no longer reads (core.hooksPath changed after install), a scanner that is gone or
 * does not answer the handshake, submodules (their commits are made in their own repositories).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { git, hooksDirectory, openRepository } from './git.js';
import { HOOK_MARKER, HOOK_NAMES, HOOK_RESULT_MARKER, type HookName } from './hook.js';

export interface HookCoverage {
  readonly hook: HookName;
  readonly path: string;
  readonly state: 'installed' | 'husky-block' | 'missing' | 'foreign';
  /** The scanner the hook runs, and whether it answered the handshake. */
  readonly scanner?: { readonly cli: string; readonly answers: boolean };
}

export interface CoverageReport {
  readonly hooksDirectory: string;
  readonly hooks: readonly HookCoverage[];
  /** Problems that leave commits or pushes unscanned; empty when everything is covered. */
  readonly gaps: readonly string[];
  /** What no hook can cover (git's own limits), for the record. */
  readonly limits: readonly string[];
}

const BLOCK_START = '# >>> leakproof secret scan';

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function installedValue(script: string, name: string): string | undefined {
  const match = new RegExp(`^${name}='((?:[^']|'\\\\'')*)'$`, 'm').exec(script);
  return match?.[1]?.replace(/'\\''/g, "'") || undefined;
}

/** Runs the recorded CLI the way the hook does and checks it confirms its exit code. */
export function answersHandshake(node: string, cli: string): boolean {
  const dir = mkdtempSync(join(tmpdir(), 'leakproof-check-'));
  const file = join(dir, 'result');
  try {
    const run = spawnSync(node, [cli, '--version'], {
      env: { ...process.env, LEAKPROOF_HOOK_RESULT: file },
      encoding: 'utf8',
      timeout: 60_000,
    });
    return run.status === 0 && read(file)?.trim() === `${HOOK_RESULT_MARKER} 0`;
  } catch {
    return false;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function huskyFile(hooksDir: string, name: HookName): string | undefined {
  const parts = hooksDir.split(/[/\\]/);
  if (parts.at(-1) === '_' && parts.at(-2) === '.husky') return join(hooksDir, '..', name);
  if (parts.at(-1) === '.husky') return join(hooksDir, name);
  return undefined;
}

function coverageOf(hooksDir: string, name: HookName): HookCoverage {
  const husky = huskyFile(hooksDir, name);
  if (husky) {
    const text = read(husky);
    return {
      hook: name,
      path: resolve(husky),
      state: text?.includes(BLOCK_START) ? 'husky-block' : text === undefined ? 'missing' : 'foreign',
    };
  }
  const path = join(hooksDir, name);
  const text = read(path);
  if (text === undefined) return { hook: name, path, state: 'missing' };
  if (!text.includes(HOOK_MARKER)) return { hook: name, path, state: 'foreign' };
  const cli = installedValue(text, 'LEAKPROOF_INSTALLED_CLI');
  const node = installedValue(text, 'LEAKPROOF_INSTALLED_NODE') ?? 'node';
  return {
    hook: name,
    path,
    state: 'installed',
    ...(cli ? { scanner: { cli, answers: existsSync(cli) && answersHandshake(node, cli) } } : {}),
  };
}

function submodulePaths(top: string): string[] {
  if (!existsSync(join(top, '.gitmodules'))) return [];
  const out = git(['config', '--file', '.gitmodules', '--get-regexp', '^submodule\\..*\\.path$'], { cwd: top, okStatus: [1] }).toString(
    'utf8',
  );
  return out
    .split('\n')
    .map((line) => line.slice(line.indexOf(' ') + 1).trim())
    .filter(Boolean);
}

export function checkCoverage(cwd: string): CoverageReport {
  const repo = openRepository(cwd);
  const hooksDir = hooksDirectory(cwd);
  const hooks = HOOK_NAMES.map((name) => coverageOf(hooksDir, name));
  const gaps: string[] = [];
  for (const hook of hooks) {
    if (hook.state === 'missing') gaps.push(`${hook.hook}: not installed in ${hooksDir} (run \`leakproof install-hook ${hook.hook}\`)`);
    if (hook.state === 'foreign')
      gaps.push(
        `${hook.hook}: ${hook.path} is another tool's hook without leakproof (run \`leakproof install-hook ${hook.hook}\` to chain it)`,
      );
    if (hook.scanner && !hook.scanner.answers)
      gaps.push(
        `${hook.hook}: its scanner ${hook.scanner.cli} is missing or does not answer: every ${hook.hook} is blocked until \`leakproof install-hook\` runs again`,
      );
  }
  // Hooks installed in the default folder while core.hooksPath now points elsewhere: git ignores them.
  const commonDir = git(['rev-parse', '--git-common-dir'], { cwd }).toString('utf8').trim();
  const defaultDir = resolve(isAbsolute(commonDir) ? commonDir : resolve(cwd, commonDir), 'hooks');
  if (resolve(defaultDir) !== resolve(hooksDir)) {
    const stranded = HOOK_NAMES.filter((name) => read(join(defaultDir, name))?.includes(HOOK_MARKER));
    if (stranded.length > 0)
      gaps.push(
        `core.hooksPath is ${hooksDir}: the leakproof hooks in ${defaultDir} (${stranded.join(', ')}) no longer run; run \`leakproof install-hook\` again`,
      );
  }
  for (const sub of submodulePaths(repo.top)) {
    const dir = join(repo.top, sub);
    if (!existsSync(join(dir, '.git'))) {
      gaps.push(
        `submodule ${sub}: not checked out; once it is, run \`leakproof install-hook --cwd ${sub}\` (its commits are made in its own repository)`,
      );
      continue;
    }
    let covered: boolean;
    try {
      covered = read(join(hooksDirectory(dir), 'pre-commit'))?.includes(HOOK_MARKER) ?? false;
    } catch {
      covered = false;
    }
    if (!covered)
      gaps.push(
        `submodule ${sub}: no leakproof pre-commit hook (its commits are made in its own repository): run \`leakproof install-hook --cwd ${sub}\``,
      );
  }
  const limits = [
    '`git commit --no-verify` / `git push --no-verify` and LEAKPROOF_SKIP=1 skip the hooks by design',
    '`git rebase` and `git cherry-pick` run no pre-commit hook: the pre-push hook scans those commits before they leave',
    'hooks are not cloned: every clone needs `leakproof install-hook`; enforce on the server or in CI for certainty',
  ];
  return { hooksDirectory: hooksDir, hooks, gaps, limits };
}

export function describeCoverage(report: CoverageReport): string {
  const lines = [`leakproof: hooks folder ${report.hooksDirectory}`];
  for (const hook of report.hooks) {
    const scanner = hook.scanner
      ? `; runs ${hook.scanner.cli} (${hook.scanner.answers ? 'answers the handshake' : 'DOES NOT ANSWER'})`
      : '';
    lines.push(`  ${hook.hook.padEnd(16)} ${hook.state}${scanner}`);
  }
  lines.push(
    report.gaps.length === 0
      ? 'leakproof: covered: every hook is installed and its scanner answers'
      : `leakproof: ${report.gaps.length} gap(s):`,
  );
  for (const gap of report.gaps) lines.push(`  - ${gap}`);
  lines.push('Not coverable by a client-side hook:');
  for (const limit of report.limits) lines.push(`  - ${limit}`);
  return `${lines.join('\n')}\n`;
}
