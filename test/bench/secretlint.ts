/**
 * secretlint, the TypeScript peer, installed on demand (never a project dependency) into the
 * git-ignored `.bench/peers/` folder with npm, and run beside Leakproof in the same `npm run bench`.
 *
 * secretlint 13 needs Node 22: the npm package `node@22` brings that binary. If 13 cannot be
 * installed or started, the bench falls back to secretlint 12.0 on the current Node and says so
 * (LEAKPROOF_BENCH_SECRETLINT=12 forces that fallback).
 * Configuration: the recommended preset (`@secretlint/secretlint-rule-preset-recommend`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { runNode, type Measured } from './measure.js';

const ROOT = resolve(__dirname, '..', '..');
const PEERS = join(ROOT, '.bench', 'peers');

interface Flavour {
  readonly folder: string;
  readonly dependencies: Record<string, string>;
  /** The Node that runs it: the `node@22` package's binary, or this process's Node. */
  readonly node: (dir: string) => string;
  readonly note: string;
}

const FLAVOURS: readonly Flavour[] = [
  {
    folder: 'secretlint-13',
    dependencies: {
      secretlint: '13.0.6',
      '@secretlint/core': '13.1.0',
      '@secretlint/secretlint-rule-preset-recommend': '13.1.0',
      node: '22.23.3',
    },
    node: (dir) => join(dir, 'node_modules', 'node', 'bin', 'node'),
    note: 'secretlint 13 on Node 22 (npm package node@22)',
  },
  {
    // 12.0.0 is the last secretlint that declares Node 20 (12.1 and later need Node 22).
    folder: 'secretlint-12',
    dependencies: { secretlint: '12.0.0', '@secretlint/core': '12.0.0', '@secretlint/secretlint-rule-preset-recommend': '12.0.0' },
    node: () => process.execPath,
    note: `FALLBACK: secretlint 12.0 on Node ${process.version}${process.env.LEAKPROOF_BENCH_SECRETLINT === '12' ? ' (LEAKPROOF_BENCH_SECRETLINT=12)' : ' (secretlint 13 with node@22 could not be installed or started)'}`,
  },
];

export interface Peer {
  readonly version: string;
  readonly node: string;
  readonly nodeVersion: string;
  readonly dir: string;
  readonly cli: string;
  readonly rc: string;
  readonly note: string;
}

function installed(dir: string, flavour: Flavour): Peer | undefined {
  try {
    const version = (JSON.parse(readFileSync(join(dir, 'node_modules', 'secretlint', 'package.json'), 'utf8')) as { version: string })
      .version;
    if (version !== flavour.dependencies['secretlint']) return undefined;
    const node = flavour.node(dir);
    const probe = spawnSync(node, ['--version'], { encoding: 'utf8' });
    if (probe.status !== 0) return undefined;
    return {
      version,
      node,
      nodeVersion: probe.stdout.trim(),
      dir,
      cli: join(dir, 'node_modules', 'secretlint', 'bin', 'secretlint.js'),
      rc: join(dir, '.secretlintrc.json'),
      note: flavour.note,
    };
  } catch {
    return undefined;
  }
}

/** Installs secretlint (once; later runs reuse it) and returns how to run it, or why it could not. */
export function ensureSecretlint(): Peer | { error: string } {
  const errors: string[] = [];
  const flavours = process.env.LEAKPROOF_BENCH_SECRETLINT === '12' ? FLAVOURS.slice(1) : FLAVOURS;
  for (const flavour of flavours) {
    const dir = join(PEERS, flavour.folder);
    let peer = installed(dir, flavour);
    if (!peer) {
      mkdirSync(dir, { recursive: true });
      // allowScripts: node@22's preinstall fetches its platform binary package from the npm registry.
      writeFileSync(
        join(dir, 'package.json'),
        JSON.stringify({ private: true, dependencies: flavour.dependencies, allowScripts: { node: true } }, null, 2),
      );
      console.log(
        `peer: installing ${Object.entries(flavour.dependencies)
          .map(([n, v]) => `${n}@${v}`)
          .join(' ')} into ${dir} …`,
      );
      const npm = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', '--engine-strict=false'], {
        cwd: dir,
        encoding: 'utf8',
        shell: process.platform === 'win32',
      });
      if (npm.status !== 0) errors.push(`${flavour.folder}: npm install failed: ${(npm.stderr ?? '').slice(0, 400)}`);
      peer = installed(dir, flavour);
    }
    if (peer) {
      writeFileSync(peer.rc, JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }, null, 2));
      return peer;
    }
    errors.push(`${flavour.folder}: not runnable after install`);
  }
  return { error: errors.join('; ') };
}

/** The secretlint CLI on every file of a tree, one process (exit 1 = findings). */
export function secretlintTree(peer: Peer, dir: string): Measured & { findings: number; files: number } {
  // The JSON report goes to a file: secretlint 12 exits before a large report is flushed to a pipe.
  const out = join(mkdtempSync(join(tmpdir(), 'leakproof-bench-secretlint-')), 'report.json');
  try {
    const measured = runNode(peer.node, [peer.cli, '--secretlintrc', peer.rc, '--format', 'json', '--output', out, `${dir}/**/*`], {
      cwd: peer.dir,
      okStatus: [0, 1],
    });
    const results = JSON.parse(readFileSync(out, 'utf8') || '[]') as { messages: unknown[] }[];
    return { ...measured, stdout: '', findings: results.reduce((n, r) => n + r.messages.length, 0), files: results.length };
  } finally {
    rmSync(dirname(out), { recursive: true, force: true });
  }
}

export interface InProcess {
  readonly best: number;
  readonly median: number;
  readonly runs: number;
  readonly findings: number;
}

/** secretlint kept loaded: full rescans of one file with lintSource (test/bench/secretlint-inprocess.mjs). */
export function secretlintInProcess(peer: Peer, file: string, runs = 20): InProcess {
  const measured = runNode(peer.node, [join(__dirname, 'secretlint-inprocess.mjs'), peer.dir, file, String(runs)]);
  return JSON.parse(measured.stdout.trim().split('\n').pop()!) as InProcess;
}

export function peerAvailable(peer: Peer | { error: string }): peer is Peer {
  return !('error' in peer) && existsSync(peer.cli);
}
