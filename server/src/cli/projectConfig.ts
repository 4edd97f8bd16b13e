/** Finds and loads `.leakproof.json` for the CLI: the engine parses, this file does the I/O. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { EMPTY_CONFIG, globMatcher, parseConfig, resolveDetectors, scanOptionsFrom, type LeakproofConfig } from '../engine/config.js';
import { Scanner, type AllowlistRule, type ScanOptions } from '../engine/index.js';

export const CONFIG_FILE = '.leakproof.json';

export interface ProjectConfig {
  readonly file?: string;
  /** Folder that config-relative globs are relative to. */
  readonly root: string;
  readonly config: LeakproofConfig;
  readonly scanner: Scanner;
  /** True when a display path (relative to cwd) matches a `scan.exclude` glob. */
  readonly isExcluded: (displayPath: string) => boolean;
}

/** The nearest `.leakproof.json` from the current folder upwards. */
export function findConfigFile(from = process.cwd()): string | undefined {
  let dir = resolve(from);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Re-expresses a cwd-relative display path relative to the config folder, for globs. */
function relativeTo(root: string): (displayPath: string) => string {
  return (displayPath) => relative(root, resolve(displayPath)).split(sep).join('/');
}

/**
 * `overrides` adjust the scanner for a caller (the hooks scan without the per-file cap and apply it
 * after keeping only added lines: old findings must not crowd a new one out of the cap).
 */
export function loadProjectConfig(explicit?: string, overrides: Partial<Pick<ScanOptions, 'capPerDetector' | 'timeBudgetMs'>> = {}): ProjectConfig {
  const file = explicit ?? findConfigFile();
  let config = EMPTY_CONFIG;
  if (file) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new Error(`cannot read configuration ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, { cause: error });
    }
    config = parseConfig(text, file);
  }
  const root = file ? dirname(resolve(file)) : process.cwd();
  const toRoot = relativeTo(root);
  const options = scanOptionsFrom(config);
  const allowlist: AllowlistRule[] = (options.allowlist ?? []).map((rule) => (rule.path ? { ...rule, path: (p: string) => rule.path!(toRoot(p)) } : rule));
  const excludes = config.scan.exclude.map(globMatcher);
  return {
    ...(file ? { file } : {}),
    root,
    config,
    scanner: new Scanner(resolveDetectors(config), { ...options, allowlist, ...overrides }),
    isExcluded: (displayPath) => excludes.some((matches) => matches(toRoot(displayPath))),
  };
}
