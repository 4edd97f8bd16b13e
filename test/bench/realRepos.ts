/**
 * The two real repositories issue 10 measures on, at pinned commits:
 * - the denoland/deno checkout: a tree scan against secretlint on the same files (interleaved runs);
 * - expressjs/express's whole history: `scan --history --all` against `git log -p --all`.
 *
 * Sources, in order: a bare mirror left by the `fetch` tool (LEAKPROOF_MIRROR, default /work/.mirror),
 * a bare clone from GitHub into the git-ignored `.bench/mirrors/` when the network allows. Without
 * either the rows say why and stay empty: the bench never fails for want of a network.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { materialise, mirrorDir, type PinnedRepo } from './accuracy/materialise.js';
import { benchHistoryIn, type HistoryFigures } from './hook.js';
import { best, runNode, timingEnv, type Measured } from './measure.js';
import { peerAvailable, secretlintTree, type Peer } from './secretlint.js';

const ROOT = resolve(__dirname, '..', '..');
const BENCH = join(ROOT, '.bench');
const CLI = join(ROOT, 'dist', 'cli.js');

export const DENO: PinnedRepo = {
  repo: 'denoland/deno',
  commit: '98f9507affc905f088124891add3a8dd63b91f77',
  ecosystem: 'rust/typescript',
  why: 'issue 10: the tree row (a large real checkout, ~50 MB of text)',
};

export const EXPRESS: PinnedRepo = {
  repo: 'expressjs/express',
  commit: 'a3714473feb3d2908add734d340e7755fd85e0a3',
  ecosystem: 'javascript',
  why: 'issue 10: the history row (11k commits)',
};

/** A bare repository holding the pinned commit, or why there is none. */
function mirrorFor(pinned: PinnedRepo): { root: string } | { skipped: string } {
  const fetched = process.env.LEAKPROOF_MIRROR ?? '/work/.mirror';
  if (existsSync(mirrorDir(fetched, pinned.repo))) return { root: fetched };
  const cache = join(BENCH, 'mirrors');
  const target = mirrorDir(cache, pinned.repo);
  if (!existsSync(target)) {
    mkdirSync(join(target, '..'), { recursive: true });
    const cloned = spawnSync('git', ['clone', '--quiet', '--bare', `https://github.com/${pinned.repo}.git`, target], { encoding: 'utf8' });
    if (cloned.status !== 0) return { skipped: `${pinned.repo}: no mirror and no clone (${cloned.stderr.trim().split('\n')[0]})` };
  }
  return { root: cache };
}

function treeBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
  }
  return total;
}

export type RealTree = {
  readonly bytes: number;
  readonly files: number;
  readonly leakproof: Measured & { findings: number };
  readonly secretlint: (Measured & { findings: number }) | undefined;
};

/** The deno checkout: Leakproof's CLI and secretlint's, alternating, best of `runs` each. */
export function benchDenoTree(peer: Peer | { error: string }, runs = 3): RealTree | { skipped: string } {
  const mirror = mirrorFor(DENO);
  if ('skipped' in mirror) return mirror;
  const tree = materialise(DENO, BENCH, mirror.root);
  if ('skipped' in tree) return tree;
  const bytes = treeBytes(tree.dir);
  console.log(`deno tree: ${tree.files} files, ${(bytes / 1048576).toFixed(1)} MB (${DENO.commit.slice(0, 10)})`);
  const ours: (Measured & { findings: number })[] = [];
  const theirs: (Measured & { findings: number })[] = [];
  for (let i = 0; i < runs; i++) {
    const m = runNode(process.execPath, [CLI, 'scan', tree.dir, '--format', 'json', '--no-gitignore'], { okStatus: [0, 1] });
    ours.push({ ...m, stdout: '', findings: (JSON.parse(m.stdout) as { findings: unknown[] }).findings.length });
    if (peerAvailable(peer)) theirs.push(secretlintTree(peer, tree.dir));
  }
  return { bytes, files: tree.files, leakproof: best(ours), secretlint: theirs.length ? best(theirs) : undefined };
}

/**
 * express's history up to the pinned commit, in a repository of its own with nothing checked out (one branch:
 * a pinned, repeatable walk).
 */
export function benchExpressHistory(): HistoryFigures | { skipped: string } {
  const mirror = mirrorFor(EXPRESS);
  if ('skipped' in mirror) return mirror;
  const dir = join(BENCH, 'history', `${EXPRESS.repo.replace('/', '+')}@${EXPRESS.commit.slice(0, 12)}`);
  if (!existsSync(join(dir, '.git', 'refs', 'heads', 'main'))) {
    mkdirSync(dir, { recursive: true });
    const run = (args: string[]) => spawnSync('git', args, { encoding: 'utf8', env: timingEnv() });
    const made = run(['init', '--quiet', '--initial-branch=main', dir]);
    const fetched =
      made.status === 0
        ? run([
            '-C',
            dir,
            'fetch',
            '--quiet',
            '--update-head-ok',
            mirrorDir(mirror.root, EXPRESS.repo),
            `${EXPRESS.commit}:refs/heads/main`,
          ])
        : made;
    if (fetched.status !== 0) return { skipped: `express history: ${fetched.stderr.trim().split('\n')[0]}` };
  }
  return benchHistoryIn(dir, `expressjs/express history to ${EXPRESS.commit.slice(0, 10)}`);
}
