/**
 * Baselines let a team adopt the tool and block only *new* secrets. Entries are keyed by
 * fingerprint + path — no line numbers (they break on every edit) and no plaintext.
 * Version 2 holds salted fingerprints (`scrypt:…`, the salt is the repository's, in
 * .leakproof.json); version 1 held unsalted sha256 ones, still honoured until
 * `leakproof migrate-hashes` rewrites them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { HASH_PREFIX } from '../engine/fingerprint.js';
import type { ReportedFinding } from './report.js';

export const BASELINE_FILE = '.leakproof-baseline.json';

export interface BaselineEntry {
  readonly fingerprint: string;
  readonly path: string;
  readonly detector: string;
}

export interface Baseline {
  readonly version: 1 | 2;
  readonly entries: readonly BaselineEntry[];
}

/** Entries whose fingerprint is the unsalted kind of version 1. */
export function legacyBaselineEntries(baseline: Baseline): BaselineEntry[] {
  return baseline.entries.filter((e) => !e.fingerprint.startsWith(HASH_PREFIX));
}

export function baselineKey(entry: { fingerprint: string; path: string }): string {
  return `${entry.fingerprint}\u0000${entry.path}`;
}

export function readBaseline(file: string): Baseline {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`cannot read baseline ${file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`, { cause: error });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    // V8's message quotes the text around the error, and a mangled baseline may hold anything,
    // secrets included: say where, never what.
    const position = /position (\d+)/.exec((error as Error).message)?.[1];
    throw new Error(`${file} is not valid JSON${position ? ` (at character ${position})` : ''}`, { cause: error });
  }
  const { entries, version } = parsed as { entries?: unknown; version?: unknown };
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

export function baselineFrom(findings: readonly ReportedFinding[], keep: readonly BaselineEntry[] = []): Baseline {
  const byKey = new Map<string, BaselineEntry>();
  for (const entry of keep) byKey.set(baselineKey(entry), entry);
  for (const finding of findings)
    byKey.set(baselineKey(finding), { fingerprint: finding.fingerprint, path: finding.path, detector: finding.detector });
  const entries = [...byKey.values()].sort((a, b) => a.path.localeCompare(b.path) || a.fingerprint.localeCompare(b.fingerprint));
  return { version: 2, entries };
}

export function writeBaseline(file: string, baseline: Baseline): void {
  writeFileSync(file, `${JSON.stringify(baseline, null, 2)}\n`);
}
