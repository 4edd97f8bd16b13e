/**
 * Running the bundled CLI and git as child processes, without VS Code: installHook.ts and the
 * walkthrough's scratch repository (scratchRepo.ts, tested outside the editor) share it.
 */
import { spawn } from 'node:child_process';

export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function run(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * `node` from PATH, as a user would run it; when there is none (a desktop VS Code launched from
 * the dock often has a short PATH), the extension host's own runtime in Node mode.
 */
export async function runCli(cli: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<Run> {
  try {
    return await run('node', [cli, ...args], cwd, env);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return run(process.execPath, [cli, ...args], cwd, { ...env, ELECTRON_RUN_AS_NODE: '1' });
  }
}
