/**
 * Reading git for the hooks and history scans: the index and the object database, never the
 * working tree (a hook that reads the working tree scans what is *not* being committed).
 *
 * Every call pins the output format against user configuration that would change it
 * (`diff.noprefix`, `diff.relative`, `color.*`, external diff drivers, textconv, rename settings):
 * what we parse must not depend on someone's ~/.gitconfig.
 */
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { isAbsolute, resolve } from 'node:path';

/** A git failure (not a repository, missing object, bad revision …): always exit code 2. */
export class GitError extends Error {}

/** Options that keep git's output parseable whatever the user's configuration says. */
export const GIT_CONFIG_PINS: readonly string[] = [
  '-c',
  'core.quotePath=false',
  '-c',
  'color.ui=never',
  '-c',
  'diff.noprefix=false',
  '-c',
  'diff.mnemonicPrefix=false',
];

const MAX_BUFFER = 1024 * 1024 * 1024;

function describe(args: readonly string[]): string {
  return `git ${args
    .filter((a) => !a.startsWith('-'))
    .slice(0, 2)
    .join(' ')}`.trim();
}

/** Runs git synchronously and returns its standard output; throws GitError with git's own reason. */
export function git(
  args: readonly string[],
  options: { readonly cwd: string; readonly input?: string | Buffer; readonly okStatus?: readonly number[] },
): Buffer {
  let result: SpawnSyncReturns<Buffer>;
  try {
    result = spawnSync('git', [...GIT_CONFIG_PINS, ...args], {
      cwd: options.cwd,
      input: options.input ?? '',
      maxBuffer: MAX_BUFFER,
      windowsHide: true,
    });
  } catch (error) {
    throw new GitError(`cannot run git: ${(error as Error).message}`, { cause: error });
  }
  if (result.error) {
    const code = (result.error as NodeJS.ErrnoException).code;
    throw new GitError(code === 'ENOENT' ? 'git is not installed or not on PATH' : `cannot run git: ${result.error.message}`, {
      cause: result.error,
    });
  }
  if (result.status !== 0 && !(options.okStatus ?? []).includes(result.status ?? -1)) {
    const reason =
      result.stderr.toString('utf8').trim().split('\n').slice(0, 4).join(' / ') || `exit status ${result.status ?? result.signal}`;
    throw new GitError(`${describe(args)} failed: ${reason}`);
  }
  return result.stdout;
}

/**
 * Runs git without blocking: the hook starts its first git processes, then builds the scanner (CPU)
 * while they run — on two cores that hides git's latency.
 */
export function gitAsync(args: readonly string[], options: { readonly cwd: string }): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', [...GIT_CONFIG_PINS, ...args], { cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error) => {
      const code = (error as NodeJS.ErrnoException).code;
      reject(
        new GitError(code === 'ENOENT' ? 'git is not installed or not on PATH' : `cannot run git: ${error.message}`, { cause: error }),
      );
    });
    child.on('close', (status, signal) => {
      if (status === 0) return resolve(Buffer.concat(out));
      const reason = Buffer.concat(err).toString('utf8').trim().split('\n').slice(0, 4).join(' / ') || `exit status ${status ?? signal}`;
      reject(new GitError(`${describe(args)} failed: ${reason}`));
    });
  });
}

export interface Repository {
  /** Absolute path of the working tree's top level. */
  readonly top: string;
  /** Absolute path of this worktree's git dir (per-worktree files such as MERGE_HEAD live here). */
  readonly gitDir: string;
}

const REPOSITORY_QUERY = ['rev-parse', '--is-bare-repository', '--absolute-git-dir', '--show-toplevel'];

function parseRepository(cwd: string, output: Buffer): Repository {
  const [bare, gitDir, top] = output.toString('utf8').split('\n');
  if (bare === 'true' || !top) throw new GitError(`${cwd} is a bare repository or has no working tree: there is no index to scan`);
  return { top, gitDir: gitDir ?? resolve(top, '.git') };
}

/** The repository around `cwd`; a clear GitError outside one or in a bare repository. */
export function openRepository(cwd: string): Repository {
  return parseRepository(cwd, git(REPOSITORY_QUERY, { cwd }));
}

export async function openRepositoryAsync(cwd: string): Promise<Repository> {
  return parseRepository(cwd, await gitAsync(REPOSITORY_QUERY, { cwd }));
}

export type ChangeStatus = 'A' | 'M' | 'D' | 'R' | 'C' | 'T' | 'U' | 'X';

/** One entry of `git diff --raw`: modes, blob ids and paths (repository-relative, `/`-separated). */
export interface RawChange {
  readonly status: ChangeStatus;
  readonly oldMode: string;
  readonly newMode: string;
  readonly oldId: string;
  readonly newId: string;
  /** The path in the new tree (for deletions: the deleted path). */
  readonly path: string;
  /** Renames and copies: where it came from. */
  readonly fromPath?: string;
}

export const ZERO_ID = /^0+$/;
export const MODE_FILE = /^100(644|755)$/;
export const MODE_SYMLINK = '120000';
export const MODE_GITLINK = '160000';

/** Parses `git diff --raw -z --no-abbrev` output. */
export function parseRawDiff(output: Buffer): RawChange[] {
  const tokens = output.toString('utf8').split('\0');
  const changes: RawChange[] = [];
  for (let i = 0; i < tokens.length;) {
    const meta = tokens[i++]!;
    if (meta === '') continue;
    const match = /^:(\d{6}) (\d{6}) ([0-9a-f]+) ([0-9a-f]+) ([A-Z])\d*$/.exec(meta);
    if (!match) throw new GitError(`unexpected git diff --raw output: ${JSON.stringify(meta.slice(0, 80))}`);
    const status = match[5] as ChangeStatus;
    const first = tokens[i++];
    if (first === undefined) throw new GitError('truncated git diff --raw output');
    const base = { status, oldMode: match[1]!, newMode: match[2]!, oldId: match[3]!, newId: match[4]! };
    if (status === 'R' || status === 'C') {
      const second = tokens[i++];
      if (second === undefined) throw new GitError('truncated git diff --raw output');
      changes.push({ ...base, path: second, fromPath: first });
    } else {
      changes.push({ ...base, path: first });
    }
  }
  return changes;
}

/**
 * What the next commit adds: `git diff --cached` against HEAD (or the empty tree before the first
 * commit — git handles the unborn branch itself). Honours GIT_INDEX_FILE, which git sets for
 * hooks of `git commit -a` and `git commit <paths>` (a temporary index).
 */
function stagedDiffArguments(against?: string): string[] {
  // --no-relative: paths from the top level wherever it runs (and whatever diff.relative says).
  return [
    'diff',
    '--cached',
    '--raw',
    '-z',
    '--no-abbrev',
    '-M',
    '--no-ext-diff',
    '--no-relative',
    '--ignore-submodules=none',
    ...(against ? [against] : []),
    '--',
  ];
}

export function stagedChanges(repo: Repository, against?: string): RawChange[] {
  return parseRawDiff(git(stagedDiffArguments(against), { cwd: repo.top }));
}

/** The same, started from any folder of the worktree before its top level is known. */
export async function stagedChangesAsync(cwd: string): Promise<RawChange[]> {
  return parseRawDiff(await gitAsync(stagedDiffArguments(), { cwd }));
}

export type BlobInfo =
  | { readonly kind: 'blob'; readonly size: number }
  | { readonly kind: 'missing' }
  | { readonly kind: 'other'; readonly type: string; readonly size: number };

/** Sizes of objects by id, in one `git cat-file --batch-check` process. */
export function objectInfo(repo: Repository, ids: readonly string[]): Map<string, BlobInfo> {
  const info = new Map<string, BlobInfo>();
  if (ids.length === 0) return info;
  const out = git(['cat-file', '--batch-check'], { cwd: repo.top, input: `${ids.join('\n')}\n` })
    .toString('utf8')
    .split('\n');
  ids.forEach((id, index) => {
    const line = out[index] ?? '';
    const [name, type, size] = line.split(' ');
    if (type === 'missing' || name !== id) info.set(id, { kind: 'missing' });
    else if (type === 'blob') info.set(id, { kind: 'blob', size: Number(size) });
    else info.set(id, { kind: 'other', type: type ?? '?', size: Number(size) });
  });
  return info;
}

/** Contents of blobs by id, in one `git cat-file --batch` process (callers leave out large ones). */
export function readBlobs(repo: Repository, ids: readonly string[]): Map<string, Buffer> {
  const blobs = new Map<string, Buffer>();
  if (ids.length === 0) return blobs;
  const out = git(['cat-file', '--batch'], { cwd: repo.top, input: `${ids.join('\n')}\n` });
  let at = 0;
  for (const id of ids) {
    const headerEnd = out.indexOf(10, at);
    if (headerEnd === -1) throw new GitError(`git cat-file --batch: truncated output at object ${id}`);
    const header = out.toString('utf8', at, headerEnd);
    const [name, type, size] = header.split(' ');
    if (type === 'missing' || name !== id) throw new GitError(`object ${id} is missing from the repository (git cat-file: ${header})`);
    const length = Number(size);
    const start = headerEnd + 1;
    if (!Number.isFinite(length) || start + length > out.length) throw new GitError(`git cat-file --batch: truncated object ${id}`);
    blobs.set(id, out.subarray(start, start + length));
    at = start + length + 1; // content is followed by a newline
  }
  return blobs;
}

/** The commits being merged, when a merge is in progress in this worktree (MERGE_HEAD, one per line). */
export function mergeHeads(repo: Repository, readFile: (path: string) => string | undefined): string[] {
  const text = readFile(resolve(repo.gitDir, 'MERGE_HEAD'));
  if (!text) return [];
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => /^[0-9a-f]{40,64}$/.test(l));
}

/** `git rev-parse --git-path hooks`: honours core.hooksPath and worktrees; absolute. */
export function hooksDirectory(cwd: string): string {
  const out = git(['rev-parse', '--git-path', 'hooks'], { cwd }).toString('utf8').trim();
  return isAbsolute(out) ? out : resolve(cwd, out);
}

/** Undoes git's C-style quoting of a path in patch headers (`"a\\tb\\303\\251"`). */
export function unquoteCPath(text: string): string {
  if (!text.startsWith('"') || !text.endsWith('"') || text.length < 2) return text;
  const bytes: number[] = [];
  const body = text.slice(1, -1);
  const escapes: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch !== '\\') {
      bytes.push(...Buffer.from(ch, 'utf8'));
      continue;
    }
    const next = body[i + 1] ?? '';
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
      i += 3;
    } else {
      bytes.push(escapes[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}
