/**
 * Brings a pinned tree of a public repository into the git-ignored cache, from the bare mirror the
 * `fetch` tool leaves under /work/.mirror/<owner>+<name>/repo. Reads objects with `git cat-file
 * --batch` instead of `git archive` because mirrors lack files of 4 MiB and more: a missing blob is
 * counted and skipped, never fatal.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface PinnedRepo {
  readonly repo: string;
  readonly commit: string;
  readonly ecosystem: string;
  readonly why: string;
}

export type Materialised = { readonly dir: string; readonly files: number; readonly missing: number } | { readonly skipped: string };

const MARKER = '.leakproof-bench-tree.json';

export function mirrorDir(mirrorRoot: string, repo: string): string {
  return join(mirrorRoot, repo.replace('/', '+'), 'repo');
}

export function treeDir(cacheRoot: string, pinned: PinnedRepo): string {
  return join(cacheRoot, 'trees', `${pinned.repo.replace('/', '+')}@${pinned.commit.slice(0, 12)}`);
}

function git(gitDir: string, args: readonly string[], input?: string): { status: number; stdout: Buffer; stderr: string } {
  const result = spawnSync('git', [`--git-dir=${gitDir}`, ...args], { input, maxBuffer: 2 * 1024 * 1024 * 1024 });
  return { status: result.status ?? 1, stdout: result.stdout ?? Buffer.alloc(0), stderr: result.stderr?.toString() ?? '' };
}

interface Entry {
  readonly oid: string;
  readonly path: string;
}

/** Regular files of the commit (symlinks and submodules are not content the scanner reads). */
function listBlobs(gitDir: string, commit: string): Entry[] | string {
  const listed = git(gitDir, ['ls-tree', '-r', '-z', '--full-tree', commit]);
  if (listed.status !== 0) return `commit ${commit} is not in the mirror (${listed.stderr.trim().split('\n')[0]})`;
  const entries: Entry[] = [];
  for (const record of listed.stdout.toString('utf8').split('\0')) {
    const match = /^(\d+) blob ([0-9a-f]+)\t(.+)$/s.exec(record);
    if (match && (match[1] === '100644' || match[1] === '100755')) entries.push({ oid: match[2]!, path: match[3]! });
  }
  return entries;
}

/** Parses `git cat-file --batch` output: `<oid> blob <size>\n<bytes>\n` or `<oid> missing\n`. */
function* batchObjects(output: Buffer): Generator<{ oid: string; content?: Buffer }> {
  let at = 0;
  while (at < output.length) {
    const newline = output.indexOf(10, at);
    const header = output.subarray(at, newline).toString('utf8');
    const [oid, kind, size] = header.split(' ');
    if (kind === 'missing' || size === undefined) {
      yield { oid: oid! };
      at = newline + 1;
      continue;
    }
    const length = Number(size);
    yield { oid: oid!, content: output.subarray(newline + 1, newline + 1 + length) };
    at = newline + 1 + length + 1;
  }
}

export function materialise(pinned: PinnedRepo, cacheRoot: string, mirrorRoot: string): Materialised {
  const dir = treeDir(cacheRoot, pinned);
  const marker = join(dir, MARKER);
  if (existsSync(marker)) {
    const done = JSON.parse(readFileSync(marker, 'utf8')) as { files: number; missing: number };
    return { dir, files: done.files, missing: done.missing };
  }
  const gitDir = mirrorDir(mirrorRoot, pinned.repo);
  if (!existsSync(gitDir))
    return { skipped: `no mirror at ${gitDir}: bring it with the fetch tool (source "github:${pinned.repo}"), then run again` };
  const entries = listBlobs(gitDir, pinned.commit);
  if (typeof entries === 'string') return { skipped: `${entries}: fetch github:${pinned.repo} again or update the pinned commit` };
  rmSync(dir, { recursive: true, force: true });
  const paths = new Map<string, string[]>();
  for (const entry of entries) paths.set(entry.oid, [...(paths.get(entry.oid) ?? []), entry.path]);
  const batch = git(gitDir, ['cat-file', '--batch'], [...paths.keys()].join('\n') + '\n');
  if (batch.status !== 0) return { skipped: `git cat-file failed in ${gitDir}: ${batch.stderr.trim()}` };
  let files = 0;
  let missing = 0;
  for (const object of batchObjects(batch.stdout)) {
    for (const path of paths.get(object.oid) ?? []) {
      if (object.content === undefined) {
        missing++;
        continue;
      }
      const target = join(dir, path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, object.content);
      files++;
    }
  }
  writeFileSync(marker, JSON.stringify({ repo: pinned.repo, commit: pinned.commit, files, missing }));
  return { dir, files, missing };
}

export { MARKER as TREE_MARKER };
