/**
 * The walkthrough's last step, without VS Code (tested as is): a scratch git repository in a folder
 * of the extension's own (global storage, else the temp folder), the pre-commit hook installed by
 * the bundled CLI, and the sample file staged — the commit that follows is the one the hook blocks.
 * Nothing touches the user's repositories or global git configuration.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { run, runCli, type Run } from './processes.js';
import { sampleText } from './sampleText.js';

export const SCRATCH_SAMPLE = 'config.js';

export interface ScratchRepo {
  readonly dir: string;
  /** The staged sample (absolute path). */
  readonly sample: string;
  /** What to run in a terminal in `dir` to see the hook block the commit. */
  readonly commitCommand: string;
}

export class ScratchRepoError extends Error {
  constructor(
    readonly step: string,
    readonly result: Run,
  ) {
    super(`${step} failed (exit ${String(result.code)}): ${(result.stderr || result.stdout).trim().split('\n')[0] ?? ''}`);
    this.name = 'ScratchRepoError';
  }
}

async function step(name: string, running: Promise<Run>): Promise<Run> {
  const result = await running;
  if (result.code !== 0) throw new ScratchRepoError(name, result);
  return result;
}

/**
 * Creates `<parent>/leakproof-scratch-XXXXXX`: `git init`, a local identity (a user without one
 * still reaches the hook), hooks in the repository's own `.git/hooks` (a global `core.hooksPath`
 * must not receive the hook), `leakproof install-hook` from `cli`, and the sample staged.
 */
export async function prepareScratchRepo(parent: string, cli: string, env: NodeJS.ProcessEnv = process.env): Promise<ScratchRepo> {
  await mkdir(parent, { recursive: true });
  const dir = await mkdtemp(join(parent, 'leakproof-scratch-'));
  const git = (...args: string[]) => step(`git ${args[0] ?? ''}`, run('git', args, dir, env));
  await git('init', '-q');
  await git('config', 'user.name', 'Leakproof walkthrough');
  await git('config', 'user.email', 'walkthrough@leakproof.invalid');
  await git('config', 'commit.gpgsign', 'false');
  await git('config', 'core.hooksPath', '.git/hooks');
  await step('leakproof install-hook', runCli(cli, ['install-hook'], dir, env));
  const sample = join(dir, SCRATCH_SAMPLE);
  await writeFile(sample, sampleText());
  await git('add', SCRATCH_SAMPLE);
  return { dir, sample, commitCommand: `git commit -m "Add the sample configuration"` };
}
