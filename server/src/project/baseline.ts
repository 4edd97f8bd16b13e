/**
 * Baselines let a team adopt the tool and block only *new* secrets. Entries are keyed by
 * fingerprint + path — no line numbers (they break on every edit) and no plaintext.
 * Version 2 holds salted fingerprints (`scrypt:…`, the salt is the repository's, in
 * .leakproof.json); version 1 held unsalted sha256 ones, still honoured until
 * `leakproof migrate-hashes` rewrites them.
 *
 * The baseline a `.leakproof.json` names (`"baseline": "path"`) is honoured by both faces through
 * the one scanner factory: its entries become allowlist rules (fingerprint + path), so the CLI, the
 * hooks and the language server treat a baselined finding alike — accepted, not shown, not blocking.
 */
import { readFileSync } from 'node:fs';
import { isLegacyHash } from '../engine/fingerprint.js';
import type { AllowlistRule } from '../engine/index.js';

export const BASELINE_FILE = '.leakproof-baseline.json';

export interface BaselineEntry {
  readonly fingerprint: string;
  /** Relative to the configuration's folder when named by `.leakproof.json` (the repository root, usually). */
  readonly path: string;
  readonly detector: string;
}

export interface Baseline {
  readonly version: 1 | 2;
  readonly entries: readonly BaselineEntry[];
}

/** The allowlist reason of a finding accepted by the configured baseline: `baseline (FILE)`. */
const REASON_PREFIX = 'baseline';

export function baselineReason(file: string): string {
  return `${REASON_PREFIX} (${file})`;
}

/** True for an insight list that holds the configured baseline's acceptance (not an allowlist entry). */
export function isBaselined(finding: { readonly insights: readonly { kind: string; reason?: string }[] }): boolean {
  return finding.insights.some((i) => i.kind === 'allowlisted' && i.reason?.startsWith(`${REASON_PREFIX} (`) === true);
}

/** Entries whose fingerprint is the unsalted kind of version 1. */
export function legacyBaselineEntries(baseline: Baseline): BaselineEntry[] {
  return baseline.entries.filter((e) => isLegacyHash(e.fingerprint));
}

export function baselineKey(entry: { fingerprint: string; path: string }): string {
  return `${entry.fingerprint}\u0000${entry.path}`;
}

/** Parses a baseline's text; throws an Error naming `file` (never quoting its text). */
export function parseBaseline(text: string, file: string): Baseline {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    // V8's message quotes the text around the error, and a mangled baseline may hold anything,
    // secrets included: say where, never what.
    const position = /position (\d+)/.exec((error as Error).message)?.[1];
    throw new Error(`${file} is not valid JSON${position ? ` (at character ${position})` : ''}`, { cause: error });
  }
  const { entries, version } = (parsed ?? {}) as { entries?: unknown; version?: unknown };
  if (
    (version !== 1 && version !== 2) ||
    !Array.isArray(entries) ||
    (entries as ({ fingerprint?: unknown; path?: unknown } | null)[]).some(
      (e) => typeof e?.fingerprint !== 'string' || typeof e?.path !== 'string',
    )
  ) {
    throw new Error(`${file} is not a leakproof baseline (expected {"version": 2, "entries": [{fingerprint, path, detector}]})`);
  }
  return { version, entries: entries as BaselineEntry[] };
}

export function readBaseline(file: string): Baseline {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`cannot read baseline ${file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`, { cause: error });
  }
  return parseBaseline(text, file);
}

/**
 * Allowlist rules for a configured baseline: each entry allows its fingerprint at its path (a
 * path relative to the configuration's folder, as the scanner factory presents document paths).
 */
export function baselineRules(entries: readonly BaselineEntry[], display: string): AllowlistRule[] {
  const reason = baselineReason(display);
  // One rule per fingerprint with a set of paths: a finding derives its fingerprint once either way.
  const pathsByFingerprint = new Map<string, Set<string>>();
  for (const entry of entries) {
    const paths = pathsByFingerprint.get(entry.fingerprint) ?? new Set<string>();
    paths.add(entry.path.replace(/\\/g, '/').replace(/^\.\//, ''));
    pathsByFingerprint.set(entry.fingerprint, paths);
  }
  return [...pathsByFingerprint].map(([hash, paths]) => ({ hash, path: (path: string) => paths.has(path), reason }));
}
