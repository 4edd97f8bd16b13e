/** Scanning files and standard input into a Report (shared by `scan`, `baseline` and the hook). */
import { readFileSync } from 'node:fs';
import { LineIndex } from '../engine/index.js';
import { walk } from './files.js';
import type { ProjectConfig } from './projectConfig.js';
import { placeFindings, type Report, type ScanStats } from './report.js';

export interface ScanInput {
  readonly paths: readonly string[];
  readonly gitignore: boolean;
  /** Extra display paths to leave out (e.g. the baseline file being written). */
  readonly exclude?: readonly string[];
}

function emptyStats(): ScanStats {
  return { files: 0, bytes: 0, skipped: 0, findings: 0, allowlisted: 0, baselined: 0, durationMs: 0 };
}

/** Decodes a file as UTF-8 (dropping a BOM): invalid sequences become U+FFFD, never an exception. */
export function decodeText(bytes: Buffer): string {
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** NUL in the first 8 KiB: binary, and not worth decoding (the check git itself uses). */
export function hasNulInHead(bytes: Buffer): boolean {
  return bytes.subarray(0, 8192).includes(0);
}


export function scanDocument(report: Report, project: ProjectConfig, path: string, text: string): void {
  const result = project.scanner.scan({ text, path });
  if (result.skipped) report.skipped.push({ path, reason: `${result.skipped.reason}: ${result.skipped.detail}` });
  if (result.findings.length > 0) report.findings.push(...placeFindings(path, text, result.findings, new LineIndex(text)));
  for (const cap of result.capped) report.capped.push({ path, detector: cap.detectorId, dropped: cap.dropped });
}

export function scanFiles(input: ScanInput, project: ProjectConfig): Report {
  const started = Date.now();
  const report: Report = { findings: [], skipped: [], capped: [], stats: emptyStats() };
  const excluded = new Set(input.exclude ?? []);
  const walked = walk(input.paths, { gitignore: input.gitignore, exclude: (p) => excluded.has(p) || project.isExcluded(p) });
  report.skipped.push(...walked.skipped);
  const maxSize = project.scanner.options.maxSize;
  for (const file of walked.files) {
    if (file.size > maxSize) {
      report.skipped.push({ path: file.display, reason: `too-large: ${file.size} bytes exceeds the limit of ${maxSize} (scan.maxFileSize)` });
      continue;
    }
    // Path-based skips first: binaries, third-party folders and low-value files are never read.
    const pathSkip = project.scanner.skipForPath(file.display);
    if (pathSkip) {
      report.skipped.push({ path: file.display, reason: `${pathSkip.reason}: ${pathSkip.detail}` });
      continue;
    }
    let bytes: Buffer;
    try {
      bytes = readFileSync(file.absolute);
    } catch (error) {
      report.skipped.push({ path: file.display, reason: `unreadable (${(error as NodeJS.ErrnoException).code ?? 'error'})` });
      continue;
    }
    // NUL in the first 8 KiB: binary (git's own test), before paying for UTF-8 decoding.
    if (hasNulInHead(bytes)) {
      report.skipped.push({ path: file.display, reason: 'binary-content: NUL byte' });
      continue;
    }
    report.stats.files++;
    report.stats.bytes += bytes.length;
    scanDocument(report, project, file.display, decodeText(bytes));
  }
  report.stats.skipped = report.skipped.length;
  report.stats.findings = report.findings.length;
  report.stats.durationMs = Date.now() - started;
  return report;
}

export function scanText(bytes: Buffer, path: string, project: ProjectConfig): Report {
  const started = Date.now();
  const report: Report = { findings: [], skipped: [], capped: [], stats: emptyStats() };
  // One decoded text for scanning and for placing findings: a BOM dropped from one but not the
  // other shifted every reported position by a character.
  const text = decodeText(bytes);
  // Standard input is what the user asked to scan: no path-based skipping, but insights still apply.
  const result = project.scanner.scan({ text, path }, undefined, { ignorePathFilters: true });
  if (result.skipped) {
    report.skipped.push({ path, reason: `${result.skipped.reason}: ${result.skipped.detail}` });
  }
  report.findings.push(...placeFindings(path, text, result.findings));
  for (const cap of result.capped) report.capped.push({ path, detector: cap.detectorId, dropped: cap.dropped });
  report.stats.files = 1;
  report.stats.bytes = bytes.length;
  report.stats.skipped = report.skipped.length;
  report.stats.findings = report.findings.length;
  report.stats.durationMs = Date.now() - started;
  return report;
}
