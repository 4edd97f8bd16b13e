/**
 * `leakproof scan --staged`: what the next commit adds, read from the index — never the working
 * tree. One `git diff --cached --raw` lists the staged files with their blob ids; one
 * `git cat-file --batch-check` and one `git cat-file --batch` read the blobs (HEAD's and the
 * index's); a line diff between them says which lines the commit adds; the whole staged file is
 * scanned (so a multi-line key has its context) and only findings touching added lines are kept.
 *
 * Fail closed: every staged file ends scanned or skipped with a stated reason; a blob that cannot
 * be read, or a file left unaccounted for, is an error (exit 2), never a silent pass.
 */
import { readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { DEFAULT_SCAN_OPTIONS, LineIndex, capPerKey, type Finding, type Range } from '../engine/index.js';
import { displayPath } from '../project/fileListing.js';
import {
  GitError,
  MODE_FILE,
  MODE_GITLINK,
  MODE_SYMLINK,
  ZERO_ID,
  mergeHeads,
  objectInfo,
  openRepositoryAsync,
  readBlobs,
  stagedChanges,
  stagedChangesAsync,
  type RawChange,
  type Repository,
} from './git.js';
import { addedLineFlags, splitLines } from './lineDiff.js';
import type { ProjectConfig } from './projectConfig.js';
import { placeFindings, type Report, type ReportedFinding, type SkippedFile } from './report.js';
import { keywordsIn, scanPart, scannableBlob, type PartScan, type ScannableBlob } from './hookScanning.js';

export interface StagedScanOptions {
  /** Called once git is running: building the scanner overlaps with git's work. */
  readonly project: () => ProjectConfig;
  readonly cwd: string;
  /** File arguments (lint-staged, the pre-commit framework): limit the scan to these paths. */
  readonly paths: readonly string[];
}

export interface StagedScan {
  readonly report: Report;
  /** Human notices for standard error (nothing staged, everything skipped …). */
  readonly notices: string[];
  readonly repository: Repository;
}

/** Files larger than this are scanned around their added lines only, not whole. */
const WHOLE_FILE_LIMIT = 1024 * 1024;
/** Blob bytes read per `git cat-file --batch` process (LEAKPROOF_BATCH_BYTES lowers it in tests). */
const BATCH_BYTES = Number(process.env.LEAKPROOF_BATCH_BYTES) || 64 * 1024 * 1024;
/** Added lines closer than this are scanned as one region. */
const REGION_GAP_LINES = 40;

/** A blob id to compare with, or 'none' (no earlier version) / 'same' (unchanged since it). */
type BaseId = string;

interface Candidate {
  readonly change: RawChange;
  readonly display: string;
  /** Blob ids of the versions this one is compared with: HEAD's, then each MERGE_HEAD's. */
  readonly bases: readonly BaseId[];
}

function readIfExists(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function pathFilter(repo: Repository, cwd: string, paths: readonly string[]): ((path: string) => boolean) | undefined {
  if (paths.length === 0) return undefined;
  const wanted = paths.map((p) => relative(repo.top, resolve(cwd, p)).split(sep).join('/'));
  for (const [index, rel] of wanted.entries()) {
    if (rel.startsWith('..')) throw new Error(`${paths[index]} is outside the repository ${repo.top}`);
  }
  return (path) => wanted.some((w) => w === '' || path === w || path.startsWith(`${w}/`));
}

function scanBlobText(project: ProjectConfig, display: string, blob: ScannableBlob, added: Uint8Array): PartScan {
  const { text, mode } = blob;
  if (text.length <= WHOLE_FILE_LIMIT) return scanPart(project, display, text, mode);
  // A large file: scan regions around the added lines (the engine widens each to whole lines,
  // context and the enclosing key block), knowing every keyword of the whole file so that each
  // detector runs as it would on the whole file.
  const lines = new LineIndex(text);
  const regions: Range[] = [...clusters(added)].map(([first, last]) => [lines.lineStart(first), lines.lineEnd(last)]);
  return scanPart(project, display, text, mode, regions, keywordsIn(project, text));
}

function* clusters(added: Uint8Array): Generator<[number, number]> {
  let start = -1;
  let last = -1;
  for (let line = 0; line < added.length; line++) {
    if (!added[line]) continue;
    if (start >= 0 && line - last > REGION_GAP_LINES) {
      yield [start, last];
      start = line;
    } else if (start < 0) {
      start = line;
    }
    last = line;
  }
  if (start >= 0) yield [start, last];
}

/** True when any line of any part of the finding is an added line. */
export function touchesAddedLines(finding: Finding, lines: LineIndex, added: Uint8Array): boolean {
  const ranges = [finding.range, ...finding.matches.map((m) => m.range)];
  for (const [start, end] of ranges) {
    const first = lines.lineAt(start);
    const last = lines.lineAt(Math.max(start, end - 1));
    for (let line = first; line <= last; line++) if (added[line]) return true;
  }
  return false;
}

/** At most `cap` findings per detector per file, counting only what is reported. */
export function capFindings(path: string, findings: ReportedFinding[], cap: number, report: Report): ReportedFinding[] {
  const { kept, dropped } = capPerKey(findings, cap, (finding) => finding.detector);
  for (const [detector, n] of dropped) report.capped.push({ path, detector, dropped: n });
  return kept;
}

export async function scanStaged(options: StagedScanOptions): Promise<StagedScan> {
  const started = Date.now();
  const { cwd } = options;
  const repoQuery = openRepositoryAsync(cwd);
  const diffQuery = stagedChangesAsync(cwd);
  // Both git processes fail together outside a repository: report the repository error first.
  diffQuery.catch(() => undefined);
  let project: ProjectConfig;
  try {
    project = options.project();
  } catch (error) {
    await Promise.allSettled([repoQuery, diffQuery]);
    throw error;
  }
  const repo = await repoQuery;
  const staged = await diffQuery;
  const report: Report = {
    findings: [],
    skipped: [],
    capped: [],
    stats: { files: 0, bytes: 0, skipped: 0, findings: 0, allowlisted: 0, baselined: 0, durationMs: 0 },
  };
  const notices: string[] = [];
  /** Files scanned other than as plain UTF-8 text with every detector (said, never silent). */
  const notes: string[] = [];
  /** Files the scan could not judge: each one fails the hook (exit 2). */
  const incomplete: SkippedFile[] = [];
  const wanted = pathFilter(repo, cwd, options.paths);
  const show = (path: string) => displayPath(join(repo.top, path), cwd);

  const changes = staged.filter((c) => !wanted || wanted(c.path));
  // A merge being concluded: a line is added by the merge commit only when no parent has it
  // (the combined-diff view); otherwise every change brought in from the other branch would count.
  const heads = mergeHeads(repo, readIfExists);
  const versusHeads = heads.map((head) => new Map(stagedChanges(repo, head).map((c) => [c.path, c])));

  const candidates: Candidate[] = [];
  let deletions = 0;
  for (const change of changes) {
    const display = show(change.path);
    if (change.status === 'D') {
      deletions++;
      continue;
    }
    if (change.status === 'U') {
      report.skipped.push({
        path: display,
        reason: 'unmerged: resolve the conflict and stage the file (git refuses to commit it as it is)',
      });
      continue;
    }
    if (change.status === 'X' || ZERO_ID.test(change.newId))
      throw new GitError(`git diff --cached reported an unexpected entry for ${display} (${change.status})`);
    if (change.newMode === MODE_GITLINK) {
      report.skipped.push({
        path: display,
        reason: `submodule: records commit ${change.newId.slice(0, 12)} of another repository (its own hook scans its commits)`,
      });
      continue;
    }
    if (!MODE_FILE.test(change.newMode) && change.newMode !== MODE_SYMLINK)
      throw new GitError(`${display}: unexpected file mode ${change.newMode} in the index`);
    if (project.isExcluded(display)) {
      report.skipped.push({ path: display, reason: 'excluded by scan.exclude' });
      continue;
    }
    // Copies are scanned as new files: a secret copied to a new place is a new exposure.
    const comparable = (mode: string, id: string) => (MODE_FILE.test(mode) || mode === MODE_SYMLINK) && !ZERO_ID.test(id);
    const headBase = change.status !== 'A' && change.status !== 'C' && comparable(change.oldMode, change.oldId) ? change.oldId : 'none';
    const bases: BaseId[] = [headBase];
    for (const versus of versusHeads) {
      const other = versus.get(change.path);
      bases.push(
        !other ? 'same' : other.status !== 'A' && other.status !== 'C' && comparable(other.oldMode, other.oldId) ? other.oldId : 'none',
      );
    }
    candidates.push({ change, display, bases });
  }

  const ids = new Set<string>();
  for (const candidate of candidates) {
    ids.add(candidate.change.newId);
    for (const base of candidate.bases) if (base !== 'none' && base !== 'same') ids.add(base);
  }
  const info = objectInfo(repo, [...ids]);
  const maxSize = project.scanner.options.maxSize;
  const readable = (id: string) => {
    const entry = info.get(id);
    return entry?.kind === 'blob' && entry.size <= maxSize;
  };
  const sizeOf = (id: string) => (readable(id) ? (info.get(id) as { size: number }).size : 0);

  let accounted = 0;
  const cap = DEFAULT_SCAN_OPTIONS.capPerDetector;
  // Blobs are read in batches of bounded size: a huge first commit must neither exhaust memory nor
  // overflow the output buffer of one `git cat-file --batch`.
  let blobs = new Map<string, Buffer>();
  let batchEnd = 0;
  for (const [index, { change, display, bases }] of candidates.entries()) {
    if (index >= batchEnd) {
      const batch = new Set<string>();
      let bytes = 0;
      for (batchEnd = index; batchEnd < candidates.length && (batchEnd === index || bytes < BATCH_BYTES); batchEnd++) {
        const next = candidates[batchEnd]!;
        for (const id of [next.change.newId, ...next.bases]) {
          if (id === 'none' || id === 'same' || batch.has(id) || !readable(id)) continue;
          batch.add(id);
          bytes += sizeOf(id);
        }
      }
      blobs = readBlobs(repo, [...batch]);
    }
    const entry = info.get(change.newId);
    if (!entry || entry.kind !== 'blob') {
      throw new GitError(
        `cannot read the staged content of ${display}: object ${change.newId} is ${entry?.kind === 'other' ? `a ${entry.type}` : 'missing'} (is the repository corrupt?)`,
      );
    }
    accounted++;
    if (entry.size > maxSize) {
      // Not read, so not judged: the commit is refused until the user decides explicitly.
      incomplete.push({ path: display, reason: `too-large: ${entry.size} bytes exceeds scan.maxFileSize (${maxSize}); not scanned` });
      continue;
    }
    const bytes = blobs.get(change.newId);
    if (!bytes) throw new GitError(`cannot read the staged content of ${display} (object ${change.newId})`);
    const blob = scannableBlob(project, display, bytes);
    if (blob.note || blob.encoding)
      notes.push(`${display}: ${[blob.encoding && `decoded as ${blob.encoding.toUpperCase()}`, blob.note].filter(Boolean).join('; ')}`);
    const text = blob.text;
    const newLines = splitLines(text);
    let added: Uint8Array | undefined;
    for (const base of bases) {
      let flags: Uint8Array;
      if (base === 'same') flags = new Uint8Array(newLines.length);
      else {
        const old = base === 'none' ? undefined : blobs.get(base);
        // An old version too large to read, or read differently (text then, binary now): every
        // line counts as added (fail closed).
        const oldBlob = old ? scannableBlob(project, display, old) : undefined;
        flags =
          oldBlob && oldBlob.mode === blob.mode
            ? addedLineFlags(splitLines(oldBlob.text), newLines)
            : new Uint8Array(newLines.length).fill(1);
      }
      if (!added) added = flags;
      else for (let i = 0; i < added.length; i++) added[i]! &= flags[i]!;
    }
    added ??= new Uint8Array(newLines.length).fill(1);
    report.stats.files++;
    report.stats.bytes += bytes.length;
    if (!added.includes(1)) continue; // a pure rename, a deletion inside the file, an untouched merge side
    const result = scanBlobText(project, display, blob, added);
    if (result.incomplete) incomplete.push({ path: display, reason: result.incomplete });
    else if (result.skipped) incomplete.push({ path: display, reason: `${result.skipped}; not scanned` });
    const lines = new LineIndex(text);
    const kept = result.findings.filter((finding) => touchesAddedLines(finding, lines, added));
    if (kept.length === 0) continue;
    // A binary's findings sit in its printable runs, not at a line of the file.
    const placed = placeFindings(display, text, kept, lines).map((f) =>
      blob.mode === 'strings' ? { ...f, line: 1, column: 1, endLine: 1, endColumn: 1 } : f,
    );
    report.findings.push(...capFindings(display, placed, cap, report));
  }

  if (accounted !== candidates.length) {
    throw new GitError(
      `internal error: ${candidates.length - accounted} staged file(s) were neither scanned nor skipped; refusing to pass`,
    );
  }
  if (changes.length === 0)
    notices.push(options.paths.length > 0 ? 'nothing staged among the given files' : 'nothing staged: nothing to scan');
  else if (report.stats.files === 0 && deletions < changes.length) {
    notices.push(
      `nothing scanned: all ${changes.length - deletions} staged file(s) were skipped (${report.skipped.map((s) => `${s.path}: ${s.reason.split(':')[0]}`).join('; ')})`,
    );
  }
  if (notes.length > 0) notices.push(`scanned differently: ${notes.join('; ')}`);
  report.stats.skipped = report.skipped.length;
  report.stats.findings = report.findings.length;
  report.stats.durationMs = Date.now() - started;
  return { report: incomplete.length > 0 ? { ...report, incomplete } : report, notices, repository: repo };
}
