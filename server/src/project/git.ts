/**
 * Asking git a question whose failure simply means "no answer" (not a repository, git missing, a
 * repository git refuses): the file listing, "is this file tracked?", the user's name for an allowlist
 * reason. One runner instead of a spawn per caller. The hooks and history scans need git's reasons
 * and pinned output formats instead: they use cli/git.ts.
 */
import { execFile, spawnSync } from 'node:child_process';

/** Variables that point git at another repository than the one `cwd` is in (a hook's environment sets them). */
const GIT_LOCATION_VARIABLES = ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_COMMON_DIR', 'GIT_OBJECT_DIRECTORY', 'GIT_PREFIX'];

export interface GitQueryOptions {
  /** Kill git after this long (a hang guard for questions asked from the editor); none by default. */
  readonly timeoutMs?: number;
  /** Answer about the repository `cwd` is in, even when the environment points git elsewhere. */
  readonly ignoreLocationVariables?: boolean;
}

/** git's standard output, or undefined when git fails, is missing or exits non-zero. */
export function gitQuery(args: readonly string[], cwd: string, options: GitQueryOptions = {}): Buffer | undefined {
  let env: NodeJS.ProcessEnv | undefined;
  if (options.ignoreLocationVariables) {
    env = { ...process.env };
    for (const name of GIT_LOCATION_VARIABLES) delete env[name];
  }
  const result = spawnSync('git', [...args], {
    cwd,
    ...(env ? { env } : {}),
    ...(options.timeoutMs !== undefined ? { timeout: options.timeoutMs } : {}),
    stdio: ['ignore', 'pipe', 'ignore'],
    maxBuffer: 1024 * 1024 * 1024,
    windowsHide: true,
  });
  return result.error || result.status !== 0 ? undefined : result.stdout;
}

/**
 * gitQuery without blocking the event loop, for questions the editor asks off the typing path
 * (the history of a secret): same "failure means no answer" contract; `timeoutMs` kills git.
 */
export function gitQueryAsync(args: readonly string[], cwd: string, options: GitQueryOptions = {}): Promise<Buffer | undefined> {
  let env: NodeJS.ProcessEnv | undefined;
  if (options.ignoreLocationVariables) {
    env = { ...process.env };
    for (const name of GIT_LOCATION_VARIABLES) delete env[name];
  }
  return new Promise((resolve) => {
    execFile(
      'git',
      [...args],
      {
        cwd,
        ...(env ? { env } : {}),
        ...(options.timeoutMs !== undefined ? { timeout: options.timeoutMs, killSignal: 'SIGKILL' } : {}),
        encoding: 'buffer',
        maxBuffer: 64 * 1024 * 1024,
        windowsHide: true,
      },
      (error, stdout) => resolve(error ? undefined : stdout),
    );
  });
}
