/**
 * Everything the language server reads from or writes to the disk, behind one injected interface
 * (json-language-features habit): tests run the server with a recording implementation and check
 * that every write goes through it. Reading stays `FileAccess` (project/configFile.ts); this adds the
 * few writes the server makes itself — files a client cannot create (`leakproof.server.createFiles`)
 * — and the facts the "move to an environment variable" fix must know before it writes a secret.
 */
import { appendFileSync, existsSync, lstatSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { DiskFacts } from '../codeActions.js';
import { diskAccess, type FileAccess } from '../project/configFile.js';
import { gitQuery } from '../project/git.js';

export interface ServerFiles extends FileAccess, DiskFacts {
  /** Creates a new file; false when something (a link included) is already there: never replaces. */
  create(path: string, text: string): boolean;
  /** Appends to an existing regular file; false for a symbolic link or anything else. */
  append(path: string, text: string): boolean;
}

function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

export const diskFiles: ServerFiles = {
  ...diskAccess,
  create: (path, text) => {
    try {
      writeFileSync(path, text, { flag: 'wx' }); // O_EXCL: fails on anything there, a dangling link too
      return true;
    } catch {
      return false;
    }
  },
  append: (path, text) => {
    try {
      if (!lstatSync(path).isFile()) return false; // never through a link
      appendFileSync(path, text);
      return true;
    } catch {
      return false;
    }
  },
  isRepoRoot: (dir) => {
    try {
      return existsSync(join(dir, '.git'));
    } catch {
      return false;
    }
  },
  isSymlink,
  isTracked: (path) => {
    // No answer (not a repository, no git): nothing is tracked.
    return (gitQuery(['ls-files', '-z', '--', basename(path)], dirname(path), { timeoutMs: 10_000 })?.length ?? 0) > 0;
  },
};

/**
 * Files injected as plain `FileAccess` (reads only) get the disk's writes and facts: the reads a
 * test substitutes are honoured, and nothing is written behind its back except through `diskFiles`.
 */
export function serverFiles(files: FileAccess | ServerFiles | undefined): ServerFiles {
  if (!files) return diskFiles;
  if ('create' in files) return files;
  return { ...diskFiles, exists: (path) => files.exists(path), read: (path) => files.read(path) };
}
