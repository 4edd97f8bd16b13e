/**
 * `.leakproof.json` for the language server: the nearest one above a document (the CLI looks from
 * the current folder; an editor has no current folder, so the document's folder stands in), read
 * from the editor buffer when the file is open (a quick fix's edit takes effect before it is saved)
 * and from disk otherwise. A file that does not parse keeps its last good version in force and is
 * reported once (diagnostic on the file, status notification) — never silently "no config".
 *
 * File access is injected (json-language-features habit), so tests and the worker share this code.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ConfigError, EMPTY_CONFIG, parseConfig, type LeakproofConfig } from './engine/config.js';

export const CONFIG_FILE = '.leakproof.json';

export interface FileAccess {
  exists(path: string): boolean;
  /** Text and a change stamp (mtime+size for disk files), or undefined when unreadable. */
  read(path: string): { readonly text: string; readonly stamp: string } | undefined;
}

export const diskAccess: FileAccess = {
  exists: (path) => existsSync(path),
  read: (path) => {
    try {
      const stat = statSync(path);
      if (!stat.isFile()) return undefined;
      return { text: readFileSync(path, 'utf8'), stamp: `${stat.mtimeMs}:${stat.size}` };
    } catch {
      return undefined;
    }
  },
};

/** The nearest `.leakproof.json` from `dir` upwards. */
export function findConfigFile(dir: string, files: FileAccess = diskAccess): string | undefined {
  let current = dir;
  for (let depth = 0; depth < 64; depth++) {
    const candidate = join(current, CONFIG_FILE);
    if (files.exists(candidate)) return candidate;
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
  return undefined;
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
  /** The current text's problem, when it does not parse (the last good text stays in force). */
  readonly error?: ConfigError;
}

interface CacheEntry {
  stamp: string;
  loaded: LoadedConfig;
  lastGood?: { text: string; config: LeakproofConfig; hash: string };
}

function hashText(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 16);
}

/** Parsed configurations by file, re-read when their stamp changes. */
export class ConfigCache {
  private readonly entries = new Map<string, CacheEntry>();

  constructor(private readonly files: FileAccess = diskAccess) {}

  /** The configuration for a document in `dir`; `fallbackRoot` is the root when there is no file. */
  forDirectory(dir: string, fallbackRoot: string): LoadedConfig {
    const file = findConfigFile(dir, this.files);
    return file ? this.load(file) : { root: fallbackRoot, config: EMPTY_CONFIG, hash: '' };
  }

  load(file: string): LoadedConfig {
    const read = this.files.read(file);
    if (!read) {
      this.entries.delete(file);
      return { root: dirname(file), config: EMPTY_CONFIG, hash: '' };
    }
    const cached = this.entries.get(file);
    if (cached && cached.stamp === read.stamp) return cached.loaded;
    const entry: CacheEntry = cached ?? { stamp: read.stamp, loaded: { root: dirname(file), config: EMPTY_CONFIG, hash: '' } };
    entry.stamp = read.stamp;
    try {
      const config = parseConfig(read.text, file);
      entry.lastGood = { text: read.text, config, hash: hashText(read.text) };
      entry.loaded = { file, root: dirname(file), config, text: read.text, hash: entry.lastGood.hash };
    } catch (error) {
      const configError = error instanceof ConfigError ? error : new ConfigError(file, 1, 1, (error as Error).message);
      const good = entry.lastGood;
      entry.loaded = {
        file,
        root: dirname(file),
        config: good?.config ?? EMPTY_CONFIG,
        ...(good ? { text: good.text } : {}),
        hash: good?.hash ?? '',
        error: configError,
      };
    }
    this.entries.set(file, entry);
    return entry.loaded;
  }

  /** Every loaded file that currently fails to parse. */
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
