/**
 * The CLI's view of the project layer: the configuration in force from the current folder (or
 * `--config FILE`), its scanner and its exclude check. Loading announces, on stderr, a
 * configuration that turns protection off (every command and hook shows it, one line).
 */
import { resolve } from 'node:path';
import { EMPTY_CONFIG, legacyAllowlistHashes, type LeakproofConfig } from '../engine/config.js';
import type { Scanner, ScanOptions } from '../engine/index.js';
import { ConfigCache, readConfigText, type LoadedConfig } from '../project/configFile.js';
import { configExcludeRule, excludedBy } from '../project/exclude.js';
import { displayPath } from '../project/fileListing.js';
import { createScanner, scannerSpec } from '../project/scannerFactory.js';
import { weakeningNotice } from '../project/weakening.js';

export { CONFIG_FILE } from '../project/configFile.js';

export interface ProjectConfig {
  readonly file?: string;
  /** Folder that config-relative globs are relative to. */
  readonly root: string;
  readonly config: LeakproofConfig;
  readonly scanner: Scanner;
  /** True when a display path (relative to cwd) matches a `scan.exclude` glob. */
  readonly isExcluded: (displayPath: string) => boolean;
  /** Why an absolute path is excluded (folders are tested before a walk enters them), or undefined. */
  readonly excludedReason: (absolute: string, isDirectory: boolean) => string | undefined;
  /** One line when the configuration turns protection off (also printed on stderr at load). */
  readonly notice?: string;
  /** The baseline the configuration names (`"baseline"`), absolute, when it does. */
  readonly baselineFile?: string;
}

function loadExplicit(file: string): LoadedConfig {
  const path = resolve(file);
  if (!readConfigText(path)) throw new Error(`cannot read configuration ${file}: no such file`);
  const loaded = new ConfigCache().load(path);
  if (loaded.error) throw loaded.error;
  return loaded;
}

/**
 * `overrides` adjust the scanner for a caller (the hooks scan without the per-file cap and apply it
 * after keeping only added lines: old findings must not crowd a new one out of the cap).
 * Throws (exit 2) when the configuration cannot be read or does not parse.
 */
export function loadProjectConfig(
  explicit?: string,
  overrides: Partial<Pick<ScanOptions, 'capPerDetector' | 'timeBudgetMs'>> = {},
  cwd = process.cwd(),
): ProjectConfig {
  let loaded: LoadedConfig;
  if (explicit) {
    loaded = loadExplicit(explicit);
  } else {
    loaded = new ConfigCache().forDirectory(cwd, cwd);
    if (loaded.error) throw loaded.error;
  }
  const config = loaded.config ?? EMPTY_CONFIG;
  const scanner = createScanner(
    scannerSpec(loaded, {
      folder: cwd,
      toggles: {},
      ignorePathFilters: false,
      ...(overrides.capPerDetector !== undefined ? { capPerDetector: overrides.capPerDetector } : {}),
      ...(overrides.timeBudgetMs !== undefined ? { timeBudgetMs: overrides.timeBudgetMs } : {}),
    }),
  );
  const rules = [configExcludeRule(loaded.root, config)];
  const excludedReason = (absolute: string, isDirectory: boolean) => excludedBy(rules, absolute, isDirectory);
  const notice = weakeningNotice(loaded.file ? displayPath(loaded.file, cwd) : undefined, config);
  if (notice) process.stderr.write(`leakproof: ${notice}\n`);
  const legacy = legacyAllowlistHashes(config);
  if (legacy > 0 && loaded.file)
    process.stderr.write(
      `leakproof: ${displayPath(loaded.file, cwd)} holds ${legacy} unsalted sha256 allowlist hash(es) of an earlier version (still matched): run \`leakproof migrate-hashes\`\n`,
    );
  if (loaded.baseline?.missing)
    process.stderr.write(
      `leakproof: the baseline ${loaded.baseline.display} named in ${displayPath(loaded.file!, cwd)} does not exist: nothing is baselined (create it with \`leakproof baseline create\`)\n`,
    );
  return {
    ...(loaded.file ? { file: loaded.file } : {}),
    ...(loaded.baseline ? { baselineFile: loaded.baseline.file } : {}),
    root: loaded.root,
    config,
    scanner,
    isExcluded: (display) => excludedReason(resolve(cwd, display), display.endsWith('/')) !== undefined,
    excludedReason,
    ...(notice ? { notice } : {}),
  };
}
