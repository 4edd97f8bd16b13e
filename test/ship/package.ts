/**
 * The npm package as users get it: `npm pack` run on a fresh copy of the sources (no dist/, so the
 * `prepack` script must build it; the worktree's own dist/ is never rewritten under the other test
 * files), then installed from the tarball with npm itself — offline, with an empty npm cache and an
 * unreachable registry, which only succeeds because the package has no runtime dependencies.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { tempTree } from '../helpers.js';
import { ROOT, cleanEnv, git, makeRepo, write } from '../hooks/gitHelpers.js';

export { ROOT };

export interface PackedFile {
  readonly path: string;
  readonly size: number;
  readonly mode: number;
}

export interface Packed {
  readonly tarball: string;
  /** Size of the .tgz in bytes. */
  readonly size: number;
  readonly files: readonly PackedFile[];
  readonly version: string;
  /** The fresh copy of the sources it was packed from (dist/ holds the production build). */
  readonly source: string;
}

const npmCache = tempTree();
/** Where the CLI launcher writes its V8 code cache in these tests (the XDG default on Linux). */
export const xdgCacheHome = tempTree();

/**
 * npm and the installed CLI with nothing from the calling npm (`npm test` exports npm_config_* and
 * npm_command, which would steer the child npm), an empty cache, and a registry that cannot answer.
 */
export function npmEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = cleanEnv();
  for (const key of Object.keys(env)) if (/^npm_/i.test(key)) delete env[key];
  return {
    ...env,
    npm_config_cache: npmCache,
    npm_config_registry: 'http://127.0.0.1:9/',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    npm_config_loglevel: 'error',
    XDG_CACHE_HOME: xdgCacheHome,
    ...extra,
  };
}

export function run(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = npmEnv(), input = '') {
  const result = spawnSync(command, args, { cwd, env, input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 300_000 });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function mustRun(command: string, args: readonly string[], cwd: string, env?: NodeJS.ProcessEnv, input?: string): string {
  const result = run(command, args, cwd, env, input);
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed (${result.status}) in ${cwd}:\n${result.stderr}\n${result.stdout}`);
  return result.stdout;
}

/** The repository's sources as a fresh checkout has them: tracked and new files, nothing ignored, no tests. */
export function freshCopy(): string {
  const copy = tempTree();
  const listed = mustRun('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], ROOT, cleanEnv());
  for (const path of listed.split('\0')) {
    if (path === '' || path.startsWith('test/')) continue;
    try {
      cpSync(join(ROOT, path), join(copy, path), { recursive: false });
    } catch (error) {
      // A file deleted in the working tree but still in the index: a fresh checkout would not have it.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
  return copy;
}

let packed: Packed | undefined;

/** `npm pack` (prepack builds the production bundles), once per test file. */
export function packTarball(): Packed {
  if (packed) return packed;
  const source = freshCopy();
  const destination = tempTree();
  // Lifecycle scripts print to stdout too: the JSON report is the part from the first `[` line.
  const stdout = mustRun('npm', ['pack', '--json', '--pack-destination', destination], source);
  const json = stdout.slice(stdout.search(/^\[/m));
  const [info] = JSON.parse(json) as { filename: string; size: number; version: string; files: PackedFile[] }[];
  if (!info) throw new Error(`npm pack printed no report:\n${stdout}`);
  packed = { tarball: join(destination, info.filename), size: info.size, files: info.files, version: info.version, source };
  return packed;
}

/** A fresh git repository with a package.json, as `npm init` leaves it. */
export function freshProject(devDependencies: Record<string, string> = {}): string {
  const project = makeRepo();
  write(project, {
    'package.json': `${JSON.stringify({ name: 'demo', version: '1.0.0', private: true, devDependencies }, null, 2)}\n`,
    '.gitignore': 'node_modules/\n',
  });
  return project;
}

/** `npm install --save-dev <tarball>` offline in `project`; returns npm's output. */
export function installTarball(project: string, tarball: string, extra: readonly string[] = []): string {
  return mustRun('npm', ['install', '--offline', '--save-dev', '--no-package-lock', tarball, ...extra], project);
}

/** A global-style install (`npm install -g --prefix DIR`): returns DIR/bin. */
export function installGlobal(tarball: string): { prefix: string; bin: string } {
  const prefix = tempTree();
  mkdirSync(join(prefix, 'bin'), { recursive: true });
  mustRun('npm', ['install', '--offline', '--global', '--prefix', prefix, tarball], prefix);
  return { prefix, bin: join(prefix, 'bin') };
}

export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

export { git };
