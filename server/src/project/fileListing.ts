/**
 * Which files a scan of some paths covers, for `leakproof scan` and the workspace scan alike.
 *
 * Inside a git repository the list is git's own: `git ls-files --cached --others --exclude-standard`
 * (tracked files plus untracked ones that are not ignored). That honours every ignore source git
 * has — `.gitignore` files in parent folders, `.git/info/exclude`, `core.excludesFile` — so
 * `leakproof scan src` and `leakproof scan .` agree on `src`. Outside repositories (or with
 * `--no-gitignore`) a folder walker does the job: nested `.gitignore` files when asked, directory
 * symlinks never followed (no loops); a repository met on the way is listed by git again.
 */
import { lstatSync, readdirSync, readFileSync, statSync, type Dirent, type Stats } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { gitQuery } from './git.js';

export interface ListedFile {
  /** A Buffer when a folder or file name on the way is not valid UTF-8 (POSIX allows any bytes). */
  readonly absolute: string | Buffer;
  /** Relative to the current directory when inside it, else absolute; always `/`-separated. */
  readonly display: string;
  readonly size: number;
}

export interface Listing {
  readonly files: ListedFile[];
  readonly skipped: { path: string; reason: string }[];
}

export interface ListOptions {
  /** Honour ignore rules (git's inside repositories, `.gitignore` files outside); false lists everything. */
  readonly gitignore: boolean;
  /** Paths (absolute; folders tested before they are entered) never to list. */
  readonly exclude?: (absolute: string, isDirectory: boolean) => boolean;
  /** Display paths are relative to this folder (default: the current directory). */
  readonly cwd?: string;
}

const GIT_FOLDER = Buffer.from('.git');
const NOT_REGULAR = 'not a regular file (FIFO, socket or device)';

export function displayPath(absolute: string, cwd = process.cwd()): string {
  const rel = relative(cwd, absolute);
  const shown = rel && !rel.startsWith('..') && !rel.startsWith(sep) ? rel : absolute;
  return shown.split(sep).join('/');
}

/**
 * The path of `name` inside `dir`. Names are read as bytes: one that is not valid UTF-8 keeps its
 * bytes (a Buffer path), since its decoded form (with U+FFFD) names no file and would be skipped.
 */
function childPath(dir: string | Buffer, name: Buffer): string | Buffer {
  const text = name.toString('utf8');
  if (typeof dir === 'string' && Buffer.from(text, 'utf8').equals(name)) return join(dir, text);
  return Buffer.concat([typeof dir === 'string' ? Buffer.from(dir, 'utf8') : dir, Buffer.from(sep), name]);
}

/** The path as text, for display and glob matching (lossy only for names that are not UTF-8). */
function asText(path: string | Buffer): string {
  return typeof path === 'string' ? path : path.toString('utf8');
}

/**
 * Files git lists under `dir` (names relative to it, as bytes), or undefined when `dir` is not in a
 * work tree (not a repository, inside `.git`, git missing or refusing the repository).
 */
function gitListed(dir: string): Buffer[] | undefined {
  const out = gitQuery(
    ['--literal-pathspecs', '-c', 'core.quotePath=false', 'ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', '.'],
    dir,
    { ignoreLocationVariables: true },
  );
  if (!out) return undefined;
  const names: Buffer[] = [];
  const seen = new Set<string>();
  let start = 0;
  for (let end = out.indexOf(0, start); end !== -1; start = end + 1, end = out.indexOf(0, start)) {
    const name = out.subarray(start, end);
    const key = name.toString('latin1'); // unmerged paths are listed once per stage
    if (name.length > 0 && !seen.has(key)) {
      seen.add(key);
      names.push(name);
    }
  }
  return names.sort((a, b) => Buffer.compare(a, b));
}

interface IgnoreLayer {
  readonly base: string;
  readonly rules: Ignore;
}

function isIgnored(layers: readonly IgnoreLayer[], absolute: string, isDirectory: boolean): boolean {
  for (const layer of layers) {
    const rel = relative(layer.base, absolute).split(sep).join('/');
    if (!rel || rel.startsWith('..')) continue;
    if (layer.rules.ignores(isDirectory ? `${rel}/` : rel)) return true;
  }
  return false;
}

function readIgnoreFile(dir: string | Buffer): Ignore | undefined {
  try {
    return ignore().add(readFileSync(childPath(dir, Buffer.from('.gitignore')), 'utf8'));
  } catch {
    return undefined;
  }
}

function hasGitEntry(dir: string | Buffer): boolean {
  try {
    lstatSync(childPath(dir, GIT_FOLDER));
    return true;
  } catch {
    return false;
  }
}

export function listFiles(paths: readonly string[], options: ListOptions): Listing {
  const cwd = options.cwd ?? process.cwd();
  const files: ListedFile[] = [];
  const skipped: { path: string; reason: string }[] = [];
  const show = (absolute: string | Buffer) => displayPath(asText(absolute), cwd);
  const excluded = (absolute: string | Buffer, isDirectory: boolean) => options.exclude?.(asText(absolute), isDirectory) ?? false;

  /** A file (or link) found by walking or listing; `stat` is its lstat. */
  const addFile = (absolute: string | Buffer, stat: Pick<Stats, 'isSymbolicLink' | 'isFile' | 'size'>) => {
    if (excluded(absolute, false)) return;
    const display = show(absolute);
    if (stat.isSymbolicLink()) {
      // Links to files are scanned where they point; links to folders are not followed (loops).
      try {
        const target = statSync(absolute);
        if (target.isFile()) files.push({ absolute, display, size: target.size });
        else skipped.push({ path: display, reason: 'symbolic link to a non-file (not followed)' });
      } catch {
        skipped.push({ path: display, reason: 'broken symbolic link' });
      }
    } else if (stat.isFile()) {
      files.push({ absolute, display, size: stat.size });
    } else {
      skipped.push({ path: display, reason: NOT_REGULAR });
    }
  };

  /** Lists `dir` with git; false when it is not in a work tree (the caller walks it instead). */
  const listRepository = (dir: string): boolean => {
    const names = gitListed(dir);
    if (!names) return false;
    const excludedFolders = new Map<string, boolean>();
    // A folder excluded (e.g. `vendor/`) excludes everything git lists under it.
    const inExcludedFolder = (absolute: string): boolean => {
      const parent = dirname(absolute);
      if (parent === dir || parent.length < dir.length) return false;
      let known = excludedFolders.get(parent);
      if (known === undefined) excludedFolders.set(parent, (known = inExcludedFolder(parent) || excluded(parent, true)));
      return known;
    };
    for (const name of names) {
      // Untracked nested repositories come as `name/`; submodules as a folder: both are listed by their own git.
      const nested = name[name.length - 1] === 0x2f;
      const absolute = childPath(dir, nested ? name.subarray(0, -1) : name);
      if (options.exclude && inExcludedFolder(asText(absolute))) continue;
      let stat: Stats;
      try {
        stat = lstatSync(absolute);
      } catch {
        continue; // tracked but deleted in the working tree: nothing to scan
      }
      if (stat.isDirectory()) {
        if (!excluded(absolute, true)) visitDirectory(absolute, []);
      } else {
        addFile(absolute, stat);
      }
    }
    return true;
  };

  const visitDirectory = (dir: string | Buffer, layers: IgnoreLayer[]) => {
    // A repository (the scanned folder inside one, or one met while walking): git knows what it ignores.
    if (options.gitignore && typeof dir === 'string' && (layers.length === 0 || hasGitEntry(dir)) && listRepository(dir)) return;
    let entries: Dirent<Buffer>[];
    try {
      entries = readdirSync(dir, { withFileTypes: true, encoding: 'buffer' });
    } catch (error) {
      skipped.push({ path: show(dir), reason: `unreadable folder (${(error as NodeJS.ErrnoException).code ?? 'error'})` });
      return;
    }
    const own = options.gitignore ? readIgnoreFile(dir) : undefined;
    // A sentinel layer marks "inside a walk" so that only folders holding `.git` are offered to git again.
    const here = own
      ? [...layers, { base: asText(dir), rules: own }]
      : layers.length === 0
        ? [{ base: asText(dir), rules: ignore() }]
        : layers;
    entries.sort((a, b) => Buffer.compare(a.name, b.name));
    for (const entry of entries) {
      if (entry.name.equals(GIT_FOLDER)) continue;
      const absolute = childPath(dir, entry.name);
      if (entry.isDirectory()) {
        if (options.gitignore && isIgnored(here, asText(absolute), true)) continue;
        if (excluded(absolute, true)) continue;
        visitDirectory(absolute, here);
      } else if (options.gitignore && isIgnored(here, asText(absolute), false)) {
        continue;
      } else if (entry.isFile() || entry.isSymbolicLink()) {
        try {
          addFile(absolute, entry.isSymbolicLink() ? { isSymbolicLink: () => true, isFile: () => false, size: 0 } : statSync(absolute));
        } catch (error) {
          skipped.push({ path: show(absolute), reason: `unreadable (${(error as NodeJS.ErrnoException).code ?? 'error'})` });
        }
      } else if (!excluded(absolute, false)) {
        skipped.push({ path: show(absolute), reason: NOT_REGULAR });
      }
    }
  };

  for (const path of paths) {
    const absolute = resolve(cwd, path);
    let stat: Stats;
    try {
      stat = lstatSync(absolute);
    } catch {
      throw new Error(`no such file or folder: ${path}`);
    }
    // A file named on the command line is scanned even when ignored: the user asked for it.
    if (stat.isDirectory()) visitDirectory(absolute, []);
    else addFile(absolute, stat);
  }
  return { files, skipped };
}
