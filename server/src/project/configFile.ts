/**
 * Finding and caching `.leakproof.json` for both faces (CLI and language server).
 *
 * Lookup goes from a starting folder upwards and stops at the repository root (the first folder
 * holding `.git`), or — outside any repository — at the boundary the caller gives (the workspace
 * folder; the CLI's current folder). It never goes above: a `.leakproof.json` in a parent or home
 * folder allowlisting `**` must not silently apply to every repository below it. There is no
 * user-level configuration; `--config FILE` names one explicitly.
 *
 * Configuration is read only from regular files of at most CONFIG_MAX_BYTES (a symlink to
 * /dev/zero, a FIFO or a huge file is an error, never a hang). A file that does not parse keeps its
 * last good version in force (the editor case) and its problem is reported — never "no config".
 *
 * File access is injected (json-language-features habit): the server reads open buffers first.
 */
import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { ConfigError, EMPTY_CONFIG, parseConfig, type LeakproofConfig } from '../engine/config.js';
import { parseBaseline, type BaselineEntry } from './baseline.js';
import { describeFailedRead, readRegularFile } from './fileReader.js';

export const CONFIG_FILE = '.leakproof.json';

/** Far above any real configuration (allowlists of a few thousand hashes fit in 1 MiB). */
export const CONFIG_MAX_BYTES = 1024 * 1024;

/** A configuration path that exists but cannot be read as a configuration (FIFO, device, too large). */
export class ConfigReadError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`cannot read configuration ${file}: ${problem}`);
    this.name = 'ConfigReadError';
  }
}

export interface FileAccess {
  exists(path: string): boolean;
  /** Text and a change stamp, or undefined when absent; throws ConfigReadError when unreadable. */
  read(path: string): { readonly text: string; readonly stamp: string } | undefined;
}

/** Reads one configuration file from disk, regular files only, size-capped. */
export function readConfigText(path: string): { text: string; stamp: string } | undefined {
  const read = readRegularFile(path, CONFIG_MAX_BYTES);
  if (read.kind === 'missing') return undefined;
  if (read.kind !== 'bytes') throw new ConfigReadError(path, describeFailedRead(read, CONFIG_MAX_BYTES));
  const text = read.bytes.toString('utf8');
  // The content itself is the stamp's tail: a same-size rewrite within the mtime granularity still counts.
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, stamp: `${read.bytes.length}:${hashText(text)}` };
}

export const diskAccess: FileAccess = {
  exists: (path) => existsSync(path),
  read: readConfigText,
};

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The first folder from `dir` upwards that holds `.git` (a folder, or a file for worktrees and submodules). */
export function findRepositoryRoot(dir: string, files: FileAccess = diskAccess): string | undefined {
  let current = resolve(dir);
  for (let depth = 0; depth < 256; depth++) {
    if (files.exists(join(current, '.git'))) return current;
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
  return undefined;
}

/**
 * The nearest `.leakproof.json` from `dir` upwards, never above the repository root holding `dir`,
 * nor — outside a repository — above `boundary` (`dir` itself when `boundary` does not contain it).
 */
export function findConfigFile(dir: string, boundary: string = dir, files: FileAccess = diskAccess): string | undefined {
  const start = resolve(dir);
  const stop = findRepositoryRoot(start, files) ?? (isInsideOrSame(resolve(boundary), start) ? resolve(boundary) : start);
  let current = start;
  for (;;) {
    const candidate = join(current, CONFIG_FILE);
    if (files.exists(candidate) && !isDirectory(candidate)) return candidate;
    if (current === stop) return undefined;
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

function isInsideOrSame(folder: string, path: string): boolean {
  return (
    path === folder ||
    path.startsWith(folder.endsWith('/') || folder.endsWith('\\') ? folder : `${folder}${folder.includes('\\') ? '\\' : '/'}`)
  );
}

export interface LoadedConfig {
  readonly file?: string;
  /** The folder config-relative globs are relative to. */
  readonly root: string;
  readonly config: LeakproofConfig;
  /** The text in force (the last one that parsed); feeds the scanner key. */
  readonly text?: string;
  /** Hash of the text in force (empty when there is no config file). */
  readonly hash: string;
  /** The current text's problem, when it does not parse or cannot be read (the last good text stays in force). */
  readonly error?: ConfigError;
  /** The baseline the configuration names (`"baseline"`), read through the same file access. */
  readonly baseline?: LoadedBaseline;
}

export interface LoadedBaseline {
  readonly file: string;
  /** The file as the configuration names it, for messages and allowlist reasons. */
  readonly display: string;
  readonly entries: readonly BaselineEntry[];
  /** Changes when the baseline's content does (feeds the scanner key). */
  readonly stamp: string;
  /** True when the named file does not exist (yet): nothing is baselined, and the CLI says so. */
  readonly missing: boolean;
}

interface CacheEntry {
  stamp: string;
  /** What is in force: `parsed` with its baseline, or a problem. */
  loaded: LoadedConfig;
  /** The configuration as parsed, before its baseline is read (absent when the text failed). */
  parsed?: LoadedConfig;
  lastGood?: { text: string; config: LeakproofConfig; hash: string };
}

function hashText(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 16);
}

/** Parsed configurations by file, re-read when their stamp changes. */
export class ConfigCache {
  private readonly entries = new Map<string, CacheEntry>();

  /** `onParsed` hears of each new text put in force (the server logs what it turns off). */
  constructor(
    private readonly files: FileAccess = diskAccess,
    private readonly onParsed?: (loaded: LoadedConfig) => void,
  ) {}

  /**
   * The configuration for a document in `dir`. `boundary` (the workspace folder, or the CLI's
   * current folder) bounds the lookup outside repositories and is the root when there is no file.
   */
  forDirectory(dir: string, boundary: string): LoadedConfig {
    const file = findConfigFile(dir, boundary, this.files);
    return file ? this.load(file) : { root: boundary, config: EMPTY_CONFIG, hash: '' };
  }

  load(file: string): LoadedConfig {
    let read: { text: string; stamp: string } | undefined;
    try {
      read = this.files.read(file);
    } catch (error) {
      // Unreadable (FIFO, device, too large): an error in force, like a parse error.
      const problem = error instanceof ConfigReadError ? error.problem : (error as Error).message;
      return this.failed(file, `unreadable-${problem}`, new ConfigError(file, 1, 1, `cannot be read: ${problem}`));
    }
    if (!read) {
      this.entries.delete(file);
      return { root: dirname(file), config: EMPTY_CONFIG, hash: '' };
    }
    const cached = this.entries.get(file);
    if (cached && cached.stamp === read.stamp) return cached.parsed ? this.withBaseline(cached) : cached.loaded;
    try {
      const config = parseConfig(read.text, file);
      const hash = hashText(read.text);
      const loaded: LoadedConfig = { file, root: dirname(file), config, text: read.text, hash };
      const entry: CacheEntry = { stamp: read.stamp, loaded, parsed: loaded, lastGood: { text: read.text, config, hash } };
      this.entries.set(file, entry);
      if (cached?.lastGood?.hash !== hash) this.onParsed?.(loaded);
      return this.withBaseline(entry);
    } catch (error) {
      const configError = error instanceof ConfigError ? error : new ConfigError(file, 1, 1, (error as Error).message);
      return this.failed(file, read.stamp, configError);
    }
  }

  /**
   * The entry's configuration with the baseline it names, re-read when the baseline's content
   * changes (the configuration's own stamp does not see that). A baseline that cannot be parsed
   * is the configuration's error: nothing is baselined meanwhile, which blocks more, never less.
   */
  private withBaseline(entry: CacheEntry): LoadedConfig {
    const loaded = entry.parsed!;
    const named = loaded.config.baseline;
    if (!named || !loaded.file) return (entry.loaded = loaded);
    const file = resolve(loaded.root, named);
    let read: { text: string; stamp: string } | undefined;
    try {
      read = this.files.read(file);
    } catch (error) {
      const problem = error instanceof ConfigReadError ? error.problem : (error as Error).message;
      return this.baselineFailed(entry, `the baseline ${named} cannot be read: ${problem}`);
    }
    const stamp = read?.stamp ?? 'missing';
    const previous = entry.loaded.baseline;
    if (!entry.loaded.error && previous?.file === file && previous.stamp === stamp) return entry.loaded;
    let entries: readonly BaselineEntry[] = [];
    if (read) {
      try {
        entries = parseBaseline(read.text, named).entries;
      } catch (error) {
        return this.baselineFailed(entry, (error as Error).message);
      }
    }
    const baseline: LoadedBaseline = { file, display: named, entries, stamp, missing: !read };
    entry.loaded = { ...loaded, baseline };
    return entry.loaded;
  }

  /** A baseline problem, placed on the configuration's "baseline" value (where the user fixes it). */
  private baselineFailed(entry: CacheEntry, problem: string): LoadedConfig {
    const loaded = entry.parsed!;
    const node = loaded.text ? findNodeAtLocation(parseTree(loaded.text)!, ['baseline']) : undefined;
    const before = (loaded.text ?? '').slice(0, node?.offset ?? 0);
    const line = before.split('\n').length;
    const column = (node?.offset ?? 0) - before.lastIndexOf('\n');
    entry.loaded = { ...loaded, error: new ConfigError(loaded.file ?? '', line, column, problem) };
    return entry.loaded;
  }

  /** Keeps the last good version in force and records `error` as the file's current problem. */
  private failed(file: string, stamp: string, error: ConfigError): LoadedConfig {
    const entry = this.entries.get(file);
    const good = entry?.lastGood;
    const baseline = entry?.loaded.baseline;
    const loaded: LoadedConfig = {
      file,
      root: dirname(file),
      config: good?.config ?? EMPTY_CONFIG,
      ...(good ? { text: good.text } : {}),
      hash: good?.hash ?? '',
      error,
      // The last good configuration keeps its baseline while the file is being edited.
      ...(baseline ? { baseline } : {}),
    };
    this.entries.set(file, { stamp, loaded, ...(good ? { lastGood: good } : {}) });
    return loaded;
  }

  /** Every loaded file that currently fails to parse or to be read. */
  errors(): ConfigError[] {
    return [...this.entries.values()].flatMap((e) => (e.loaded.error ? [e.loaded.error] : []));
  }

  /** Re-read `file` at its next load, keeping its last good version (for when it stops parsing). */
  invalidate(file: string): void {
    const entry = this.entries.get(file);
    if (entry) entry.stamp = '';
  }

  forget(file?: string): void {
    if (file) this.entries.delete(file);
    else this.entries.clear();
  }
}
