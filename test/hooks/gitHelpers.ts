/**
 * Real temporary git repositories for the hook tests (removed after each test file), the built CLI
 * as a real process, and small helpers. Git basics live in gitBase.ts (no test-runner dependency,
 * shared with the benchmark).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fakeGithubToken } from '../../server/src/engine/detectors/code-hosting/github.examples.js';
import { CLI, ROOT, tempTree, type CliResult, type JsonReport } from '../helpers.js';
import { cleanEnv, done, git, gitRun, initRepo, type Run } from './gitBase.js';

export { CLI, ROOT, cleanEnv, git, gitRun, type Run };

/** A fake GitHub token (valid checksum), generated at test time: never a committed secret. */
export function token(salt: string): string {
  return fakeGithubToken('ghp_', `hooks-${salt}`);
}

/** A new repository (branch `main`) in a fresh temporary folder. */
export function makeRepo(options: { bare?: boolean } = {}): string {
  return initRepo(tempTree(), options);
}

export function write(repo: string, files: Record<string, string | Buffer>): void {
  for (const [path, content] of Object.entries(files)) {
    const absolute = join(repo, path);
    mkdirSync(dirname(absolute), { recursive: true });
    writeFileSync(absolute, content);
  }
}

/** Writes, stages everything and commits without running hooks (test setup, not the thing tested). */
export function commitFiles(repo: string, files: Record<string, string | Buffer>, message: string): string {
  write(repo, files);
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '--no-verify', '--allow-empty', '-m', message);
  return git(repo, 'rev-parse', 'HEAD');
}

/** The built CLI as a real process in `cwd`, with the clean environment. */
export function leakproof(cwd: string, args: readonly string[], options: { input?: string; env?: NodeJS.ProcessEnv } = {}): CliResult {
  return done(
    spawnSync(process.execPath, [CLI, ...args], {
      cwd,
      input: options.input ?? '',
      encoding: 'utf8',
      env: cleanEnv(options.env),
      maxBuffer: 256 * 1024 * 1024,
    }),
  );
}

export function parseReport(result: CliResult): JsonReport {
  try {
    return JSON.parse(result.stdout) as JsonReport;
  } catch {
    throw new Error(`not JSON (exit ${result.status}): ${result.stdout.slice(0, 400)}\n${result.stderr}`);
  }
}

/** `leakproof scan --staged --format json` in the repository. */
export function staged(
  repo: string,
  args: readonly string[] = [],
  env: NodeJS.ProcessEnv = {},
): { status: number | null; report: JsonReport; stderr: string } {
  const result = leakproof(repo, ['scan', '--staged', '--format', 'json', ...args], { env });
  return { status: result.status, report: parseReport(result), stderr: result.stderr };
}

/** `git commit` with hooks, as a user types it; the result says whether the hook let it through. */
export function commitWithHooks(repo: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): Run {
  return gitRun(repo, ['commit', '-q', ...args], { env });
}
