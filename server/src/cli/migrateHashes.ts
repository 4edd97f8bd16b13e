/**
 * `leakproof migrate-hashes`: rewrites the unsalted sha256 hashes of earlier versions (allowlist
 * `hash`es in .leakproof.json, version 1 baseline fingerprints) into the salted kind. A hash cannot
 * be turned into another without its secret, so an old entry is re-derived only when a current
 * finding of the scanned tree has it; the rest are listed (they keep matching for the transition).
 * Creates the repository salt first when there is none.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { applyEdits, modify } from 'jsonc-parser';
import { parseConfig } from '../engine/config.js';
import { isLegacyHash } from '../engine/fingerprint.js';
import { readConfigText } from '../project/configFile.js';
import { BASELINE_FILE, baselineKey, readBaseline, writeBaseline, type BaselineEntry } from './baseline.js';
import { loadProjectConfig } from './projectConfig.js';
import type { ReportedFinding } from './report.js';
import { ensureRepositorySalt } from './salt.js';
import { scanFiles } from './scanFiles.js';

export const MIGRATE_USAGE = 'leakproof migrate-hashes [paths…] [--config FILE] [--baseline FILE] [--no-gitignore]';

export interface MigrationResult {
  readonly allowlistMigrated: number;
  readonly baselineMigrated: number;
  /** Old entries whose secret no current finding has: "allowlist[3]" or "baseline path (detector)". */
  readonly unverified: readonly string[];
}

export function runMigrateHashes(argv: string[], cwd = process.cwd()): number {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { config: { type: 'string' }, baseline: { type: 'string' }, 'no-gitignore': { type: 'boolean', default: false } },
    allowPositionals: true,
    strict: true,
  });
  let project = loadProjectConfig(values.config, {}, cwd);
  const salt = ensureRepositorySalt(project, cwd);
  if (salt.created) {
    process.stderr.write(`leakproof: created a salt for this repository in ${salt.file} (commit it: every hash is derived with it)\n`);
    project = loadProjectConfig(values.config, {}, cwd);
  }
  const baselineFile = values.baseline ?? (existsSync(BASELINE_FILE) ? BASELINE_FILE : undefined);
  const report = scanFiles(
    {
      paths: positionals.length > 0 ? positionals : ['.'],
      gitignore: !values['no-gitignore'],
      exclude: baselineFile ? [baselineFile] : [],
    },
    project,
  );
  const result = migrate(salt.file, baselineFile, report.findings);
  process.stderr.write(
    `leakproof: migrated ${result.allowlistMigrated} allowlist hash(es) and ${result.baselineMigrated} baseline entr(ies) to salted hashes\n`,
  );
  if (result.unverified.length > 0) {
    process.stderr.write(
      `leakproof: ${result.unverified.length} old entr(ies) could not be re-derived (no current finding has their secret): ${result.unverified.join(', ')}\n` +
        '  They still match during the transition; remove them, or allow the secret again when it is seen.\n',
    );
  }
  return 0;
}

function migrate(configFile: string, baselineFile: string | undefined, findings: readonly ReportedFinding[]): MigrationResult {
  // Old identity → new one, from the current findings (the only place the secrets are known).
  const renamed = new Map<string, string>();
  for (const finding of findings) {
    if (finding.legacySecretHash) renamed.set(finding.legacySecretHash, finding.secretHash);
    if (finding.legacyFingerprint) renamed.set(finding.legacyFingerprint, finding.fingerprint);
  }
  const unverified: string[] = [];
  const allowlistMigrated = migrateAllowlist(configFile, renamed, unverified);
  const baselineMigrated = baselineFile ? migrateBaseline(baselineFile, findings, unverified) : 0;
  return { allowlistMigrated, baselineMigrated, unverified };
}

function migrateAllowlist(configFile: string, renamed: ReadonlyMap<string, string>, unverified: string[]): number {
  const read = readConfigText(configFile);
  if (!read) return 0;
  const config = parseConfig(read.text, configFile);
  let text = read.text;
  let migrated = 0;
  config.allowlist.forEach((entry, index) => {
    if (entry.hash === undefined || !isLegacyHash(entry.hash)) return;
    const replacement = renamed.get(entry.hash);
    if (!replacement) {
      unverified.push(`allowlist[${index}]`);
      return;
    }
    text = applyEdits(
      text,
      modify(text, ['allowlist', index, 'hash'], replacement, { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } }),
    );
    migrated++;
  });
  if (migrated > 0) writeFileSync(configFile, text);
  return migrated;
}

function migrateBaseline(file: string, findings: readonly ReportedFinding[], unverified: string[]): number {
  const baseline = readBaseline(file);
  const byLegacyKey = new Map<string, ReportedFinding>();
  for (const finding of findings)
    if (finding.legacyFingerprint) byLegacyKey.set(baselineKey({ fingerprint: finding.legacyFingerprint, path: finding.path }), finding);
  let migrated = 0;
  const entries = baseline.entries.map((entry): BaselineEntry => {
    if (!isLegacyHash(entry.fingerprint)) return entry;
    const finding = byLegacyKey.get(baselineKey(entry));
    if (!finding) {
      unverified.push(`baseline ${entry.path} (${entry.detector})`);
      return entry;
    }
    migrated++;
    return { fingerprint: finding.fingerprint, path: entry.path, detector: entry.detector };
  });
  if (migrated > 0 || baseline.version !== 2) writeBaseline(file, { version: 2, entries });
  return migrated;
}
