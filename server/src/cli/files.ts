/**
 * Walking folders for `leakproof scan`: respects .gitignore files (nested, like git) unless told not
 * to, never follows directory symlinks (no loops), skips what it cannot read with a reason.
 */
import { lstatSync, readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';

export interface WalkedFile {
  /** A Buffer when a folder or file name on the way is not valid UTF-8 (POSIX allows any bytes). */
  readonly absolute: string | Buffer;
  /** Relative to the current directory when inside it, else absolute; always `/`-separated. */
  readonly display: string;
  readonly size: number;
}

export interface WalkResult {
  readonly files: WalkedFile[];
  readonly skipped: { path: string; reason: string }[];
}

const GIT_FOLDER = Buffer.from('.git');

interface IgnoreLayer {
  readonly base: string;
  readonly rules: Ignore;
}

export function displayPath(absolute: string, cwd = process.cwd()): string {
  const rel = relative(cwd, absolute);
  const shown = rel && !rel.startsWith('..') && !rel.startsWith(sep) ? rel : absolute;
  return shown.split(sep).join('/');
}

function isIgnored(layers: readonly IgnoreLayer[], absolute: string, isDirectory: boolean): boolean {
  for (const layer of layers) {
    const rel = relative(layer.base, absolute).split(sep).join('/');
    if (!rel || rel.startsWith('..')) continue;
    if (layer.rules.ignores(isDirectory ? `${rel}/` : rel)) return true;
  }
  return false;
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

function readIgnoreFile(dir: string | Buffer): Ignore | undefined {
  try {
    return ignore().add(readFileSync(childPath(dir, Buffer.from('.gitignore')), 'utf8'));
  } catch {
    return undefined;
  }
}

export function walk(paths: readonly string[], options: { readonly gitignore: boolean; readonly exclude?: (display: string) => boolean }): WalkResult {
  const files: WalkedFile[] = [];
  const skipped: { path: string; reason: string }[] = [];
  const visitDirectory = (dir: string | Buffer, layers: IgnoreLayer[]) => {
    let entries: Dirent<Buffer>[];
    try {
      entries = readdirSync(dir, { withFileTypes: true, encoding: 'buffer' });
    } catch (error) {
      skipped.push({ path: displayPath(asText(dir)), reason: `unreadable folder (${(error as NodeJS.ErrnoException).code ?? 'error'})` });
      return;
    }
    const own = options.gitignore ? readIgnoreFile(dir) : undefined;
    const here = own ? [...layers, { base: asText(dir), rules: own }] : layers;
    entries.sort((a, b) => Buffer.compare(a.name, b.name));
    for (const entry of entries) {
      if (entry.name.equals(GIT_FOLDER)) continue;
      const absolute = childPath(dir, entry.name);
      if (entry.isDirectory()) {
        if (options.gitignore && isIgnored(here, asText(absolute), true)) continue;
        if (options.exclude?.(displayPath(asText(absolute)) + '/')) continue;
        visitDirectory(absolute, here);
      } else if (options.gitignore && isIgnored(here, asText(absolute), false)) {
        continue;
      } else {
        visitFile(absolute, entry);
      }
    }
  };
  const visitFile = (absolute: string | Buffer, entry?: { isSymbolicLink(): boolean; isFile(): boolean }) => {
    const display = displayPath(asText(absolute));
    if (options.exclude?.(display)) return;
    if (entry?.isSymbolicLink()) {
      // Links to files are scanned where they point; links to folders are not followed (loops).
      try {
        const target = statSync(absolute);
        if (!target.isFile()) {
          skipped.push({ path: display, reason: 'symbolic link to a non-file (not followed)' });
          return;
        }
        files.push({ absolute, display, size: target.size });
      } catch {
        skipped.push({ path: display, reason: 'broken symbolic link' });
      }
      return;
    }
    if (entry && !entry.isFile()) {
      skipped.push({ path: display, reason: 'not a regular file (FIFO, socket or device)' });
      return;
    }
    try {
      files.push({ absolute, display, size: statSync(absolute).size });
    } catch (error) {
      skipped.push({ path: display, reason: `unreadable (${(error as NodeJS.ErrnoException).code ?? 'error'})` });
    }
  };

  for (const path of paths) {
    const absolute = resolve(path);
    let stat;
    try {
      stat = lstatSync(absolute);
    } catch {
      throw new Error(`no such file or folder: ${path}`);
    }
    if (stat.isDirectory()) {
      const layers: IgnoreLayer[] = [];
      visitDirectory(absolute, layers);
    } else if (stat.isSymbolicLink()) {
      visitFile(absolute, { isSymbolicLink: () => true, isFile: () => false });
    } else if (stat.isFile()) {
      files.push({ absolute, display: displayPath(absolute), size: stat.size });
    } else {
      skipped.push({ path: displayPath(absolute), reason: 'not a regular file (FIFO, socket or device)' });
    }
  }
  return { files, skipped };
}
