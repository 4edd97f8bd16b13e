/**
 * The one scanner factory. A scanner is fully described by a plain-data spec (it crosses to worker
 * threads), built from a loaded configuration plus what the caller adds: the editor's settings
 * (detector toggles, size limit), whether open buffers skip path filters, and the per-file cap.
 */
import { isAbsolute, join, relative, sep } from 'node:path';
import { EMPTY_CONFIG, parseConfig, resolveDetectors, scanOptionsFrom, type LeakproofConfig } from '../engine/config.js';
import { Scanner, type AllowlistRule } from '../engine/index.js';
import { baselineRules, type BaselineEntry } from './baseline.js';
import type { LoadedConfig } from './configFile.js';

/** Everything that determines a scanner; `key` names it for caches. */
export interface ScannerSpec {
  readonly key: string;
  readonly configFile?: string;
  /** The `.leakproof.json` text in force (already validated by the caller). */
  readonly configText?: string;
  /** Folder config-relative globs are relative to. */
  readonly root: string;
  /** The configured baseline's entries (paths relative to `root`): allowed as `baseline (display)`. */
  readonly baseline?: { readonly display: string; readonly entries: readonly BaselineEntry[] };
  /** Folder relative document paths are relative to (workspace folder, CLI current folder); absent: paths are absolute. */
  readonly folder?: string;
  /** Settings `leakproof.detectors`: id → on/off, over the config file. */
  readonly toggles: Readonly<Record<string, boolean>>;
  /** A caller's size limit (the editor setting), combined with the config's by taking the lower; absent: the config's or the default. */
  readonly maxSize?: number;
  /** Findings kept per detector and file; absent: the engine default. */
  readonly capPerDetector?: number;
  /** Per-document time budget in ms; absent: the engine default (the hooks give each file longer, and fail closed past it). */
  readonly timeBudgetMs?: number;
  /** Open buffers are what the user looks at: no skipping by path (ENGINE.md). */
  readonly ignorePathFilters: boolean;
}

export type SpecOptions = Omit<ScannerSpec, 'key' | 'configFile' | 'configText' | 'root' | 'baseline'>;

/** The spec for a loaded configuration; the key covers everything that changes the scanner. */
export function scannerSpec(loaded: LoadedConfig, options: SpecOptions): ScannerSpec {
  const toggles = Object.entries(options.toggles).sort(([a], [b]) => a.localeCompare(b));
  return {
    key: JSON.stringify([
      loaded.file ?? '',
      loaded.hash,
      loaded.baseline?.stamp ?? '',
      loaded.root,
      options.folder ?? '',
      toggles,
      options.maxSize ?? 0,
      options.capPerDetector ?? 0,
      options.timeBudgetMs ?? 0,
      options.ignorePathFilters,
    ]),
    ...(loaded.file ? { configFile: loaded.file } : {}),
    ...(loaded.text !== undefined ? { configText: loaded.text } : {}),
    root: loaded.root,
    ...(loaded.baseline ? { baseline: { display: loaded.baseline.display, entries: loaded.baseline.entries } } : {}),
    ...options,
  };
}

/** Settings toggles over the config's disable/enable lists (unknown ids are ignored: the setting is per user). */
export function applyToggles(
  config: LeakproofConfig,
  toggles: Readonly<Record<string, boolean>>,
  known: (id: string) => boolean,
): LeakproofConfig {
  const on = Object.keys(toggles).filter((id) => toggles[id] === true && known(id));
  const off = Object.keys(toggles).filter((id) => toggles[id] === false && known(id));
  return {
    ...config,
    detectors: {
      disable: [...config.detectors.disable.filter((id) => !on.includes(id)), ...off],
      enable: [...config.detectors.enable.filter((id) => !off.includes(id)), ...on],
    },
  };
}

export function createScanner(spec: ScannerSpec): Scanner {
  let config = EMPTY_CONFIG;
  if (spec.configText !== undefined) {
    try {
      config = parseConfig(spec.configText, spec.configFile ?? '.leakproof.json');
    } catch {
      config = EMPTY_CONFIG; // callers only send texts that parsed; belt and braces
    }
  }
  const knownIds = new Set([...resolveDetectors(EMPTY_CONFIG).map((d) => d.id), ...config.customDetectors.map((c) => c.id)]);
  config = applyToggles(config, spec.toggles, (id) => knownIds.has(id));
  const options = scanOptionsFrom(config);
  // Allowlist globs are relative to the config's folder; documents arrive relative to `folder`.
  const toRoot = (path: string): string => {
    const absolute = isAbsolute(path) || !spec.folder ? path : join(spec.folder, path);
    return relative(spec.root, absolute).split(sep).join('/');
  };
  const rules = [...(options.allowlist ?? []), ...(spec.baseline ? baselineRules(spec.baseline.entries, spec.baseline.display) : [])];
  const allowlist: AllowlistRule[] = rules.map((rule) => (rule.path ? { ...rule, path: (p: string) => rule.path!(toRoot(p)) } : rule));
  const maxSize = Math.min(spec.maxSize ?? Number.MAX_SAFE_INTEGER, options.maxSize ?? spec.maxSize ?? Number.MAX_SAFE_INTEGER);
  return new Scanner(resolveDetectors(config), {
    ...options,
    allowlist,
    ...(maxSize < Number.MAX_SAFE_INTEGER ? { maxSize } : {}),
    ...(spec.capPerDetector !== undefined ? { capPerDetector: spec.capPerDetector } : {}),
    ...(spec.timeBudgetMs !== undefined ? { timeBudgetMs: spec.timeBudgetMs } : {}),
    ignorePathFilters: spec.ignorePathFilters,
  });
}

/** Scanners by spec key (building one compiles every pattern: ~100 ms). */
export class ScannerCache {
  private readonly scanners = new Map<string, Scanner>();

  /** `defaults` fill what a spec leaves out (the server's per-file cap, say); they must be the same for every key. */
  constructor(
    private readonly size = 8,
    private readonly defaults: Partial<SpecOptions> = {},
  ) {}

  get(spec: ScannerSpec): Scanner {
    let scanner = this.scanners.get(spec.key);
    if (scanner) {
      this.scanners.delete(spec.key);
    } else {
      scanner = createScanner({ ...this.defaults, ...spec });
      if (this.scanners.size >= this.size) this.scanners.delete(this.scanners.keys().next().value!);
    }
    this.scanners.set(spec.key, scanner);
    return scanner;
  }
}
