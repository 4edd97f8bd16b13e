/**
 * Git basics shared by the hook tests and the hook benchmark, with no test-runner dependency:
 * every git process runs with an environment cleaned of the caller's git state (GIT_DIR,
 * GIT_INDEX_FILE … — set when the suite itself runs inside a hook) and of the machine's global and
 * system git configuration, so results do not depend on who runs them.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync } from 'node:fs';

/** The environment for git and leakproof processes: no inherited git state, no global config. */
export function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (key.startsWith('GIT_') || key.startsWith('LEAKPROOF_') || key === 'HUSKY' || key.startsWith('PRE_COMMIT')) continue;
    env[key] = value;
  }
  return { ...env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_TERMINAL_PROMPT: '0', ...extra };
}

export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function done(result: SpawnSyncReturns<string>): Run {
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs git in `cwd`; returns the result whatever the exit status. */
export function gitRun(cwd: string, args: readonly string[], options: { input?: string; env?: NodeJS.ProcessEnv } = {}): Run {
  return done(
    spawnSync('git', args, { cwd, input: options.input ?? '', encoding: 'utf8', env: cleanEnv(options.env), maxBuffer: 256 * 1024 * 1024 }),
  );
}

/** Runs git and throws on a non-zero exit; returns trimmed standard output. */
export function git(cwd: string, ...args: string[]): string {
  const result = gitRun(cwd, args);
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed (${result.status}) in ${cwd}:\n${result.stderr}${result.stdout}`);
  return result.stdout.trim();
}

/** Initialises a repository (branch `main`) in `dir`, with its own user.name/email. */
export function initRepo(dir: string, options: { bare?: boolean } = {}): string {
  mkdirSync(dir, { recursive: true });
  git(dir, 'init', '-q', '-b', 'main', ...(options.bare ? ['--bare'] : []));
  if (!options.bare) {
    git(dir, 'config', 'user.name', 'Leakproof Test');
    git(dir, 'config', 'user.email', 'test@leakproof.invalid');
    git(dir, 'config', 'commit.gpgsign', 'false');
    git(dir, 'config', 'core.autocrlf', 'false');
  }
  return dir;
}
