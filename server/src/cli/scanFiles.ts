/** Scanning files and standard input into a Report (shared by `scan`, `baseline` and the hook). */
import { LineIndex } from '../engine/index.js';
import { decodeFile, decodeText, describeFailedRead, readRegularFile } from '../project/fileReader.js';
import { displayPath, listFiles } from '../project/fileListing.js';
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

export function scanDocument(report: Report, project: ProjectConfig, path: string, text: string): void {
  const result = project.scanner.scan({ text, path });
  if (result.skipped) report.skipped.push({ path, reason: `${result.skipped.reason}: ${result.skipped.detail}` });
  if (result.findings.length > 0) report.findings.push(...placeFindings(path, text, result.findings, new LineIndex(text)));
  for (const cap of result.capped) report.capped.push({ path, detector: cap.detectorId, dropped: cap.dropped });
}

/** `onProgress` hears after each file (the progress bar of a long tree scan). */
export function scanFiles(
  input: ScanInput,
  project: ProjectConfig,
  onProgress?: (done: number, total: number, bytes: number) => void,
): Report {
  const started = Date.now();
  const report: Report = { findings: [], skipped: [], capped: [], stats: emptyStats() };
  const excluded = new Set(input.exclude ?? []);
  const listed = listFiles(input.paths, {
    gitignore: input.gitignore,
    exclude: (absolute, isDirectory) =>
      (!isDirectory && excluded.has(displayPath(absolute))) || project.excludedReason(absolute, isDirectory) !== undefined,
  });
  report.skipped.push(...listed.skipped);
  const maxSize = project.scanner.options.maxSize;
  let done = 0;
  for (const file of listed.files) {
    onProgress?.(done++, listed.files.length, report.stats.bytes);
    if (file.size > maxSize) {
      report.skipped.push({
        path: file.display,
        reason: `too-large: ${file.size} bytes exceeds the limit of ${maxSize} (scan.maxFileSize)`,
      });
      continue;
    }
    // Path-based skips first: binaries, third-party folders and low-value files are never read.
    const pathSkip = project.scanner.skipForPath(file.display);
    if (pathSkip) {
      report.skipped.push({ path: file.display, reason: `${pathSkip.reason}: ${pathSkip.detail}` });
      continue;
    }
    // Checked again on the open file: it may have grown or become a FIFO since it was listed.
    const read = readRegularFile(file.absolute, maxSize);
    if (read.kind !== 'bytes') {
      const reason =
        read.kind === 'too-large'
          ? `too-large: ${read.size} bytes exceeds the limit of ${maxSize} (scan.maxFileSize)`
          : describeFailedRead(read, maxSize);
      report.skipped.push({ path: file.display, reason });
      continue;
    }
    const bytes = read.bytes;
    const decoded = decodeFile(bytes);
    if (decoded.kind === 'binary') {
      report.skipped.push({ path: file.display, reason: 'binary-content: mostly control characters' });
      continue;
    }
    report.stats.files++;
    report.stats.bytes += bytes.length;
    scanDocument(report, project, file.display, decoded.text);
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
