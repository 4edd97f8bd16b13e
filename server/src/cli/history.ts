/**
 * `leakproof scan --history` and the pre-push scan: one streaming `git log -p` over the commits,
 * oldest first (`--reverse --topo-order`, so a parent is always seen before its children), each
 * commit's patch against its first parent (`--diff-merges=first-parent`: a merge's own changes —
 * conflict resolutions included — are scanned too). Only the post-image around added lines is
 * scanned (the hunk: context and added lines); a finding is kept when it touches an added line.
 *
 * Each secret (fingerprint + path) is reported once, at the commit that introduced it, with how
 * many of the scanned commits still contain it. Presence is tracked per commit from the patches:
 * the parent's set, plus secrets found on added lines, minus those whose line was removed (or
 * whose file was deleted); renames carry them along. No tree is read, except the other parents'
 * version of a file in which a merge seems to add a secret (was it there already?).
 */
import { spawn } from 'node:child_process';
import { createHmac, randomBytes } from 'node:crypto';
import { StringDecoder } from 'node:string_decoder';
import { join } from 'node:path';
import { DEFAULT_SCAN_OPTIONS, LineIndex, type Finding } from '../engine/index.js';
import { displayPath } from '../project/fileListing.js';
import { GIT_CONFIG_PINS, GitError, git, openRepository, unquoteCPath, type Repository } from './git.js';
import type { ProjectConfig } from './projectConfig.js';
import { placeFindings, type Report, type ReportedFinding, type SkippedFile } from './report.js';
import { keywordsIn, modeForPath, scanPart, scannableBlob, type ScanMode, type ScannableBlob } from './hookScanning.js';
import { touchesAddedLines } from './staged.js';

/** New secrets reported per detector per file version (the scan's cap, applied after filtering). */
const CAP_PER_FILE = DEFAULT_SCAN_OPTIONS.capPerDetector;

export interface HistoryOptions {
  readonly project: ProjectConfig;
  readonly cwd: string;
  /** Revision arguments for `git log` (already checked: no options smuggled in). Empty: `--all`. */
  readonly revisions: readonly string[];
  readonly since?: string | undefined;
  /** Draw a progress bar on this stream (a TTY). */
  readonly progress?: NodeJS.WriteStream | undefined;
}

export interface HistoryScan {
  readonly report: Report;
  readonly commits: number;
  readonly repository: Repository;
}

/** Rejects revision arguments that git would read as options (`--output=…`). */
export function checkRevisions(revisions: readonly string[]): void {
  for (const rev of revisions) {
    if (rev.startsWith('-') || rev.includes('\n') || rev.includes('\0')) throw new Error(`not a revision or range: ${JSON.stringify(rev)}`);
  }
}

const COMMIT_FORMAT = '%x00%H%x00%P%x00%aI%x00%an';

export function logArguments(revisions: readonly string[], since: string | undefined): string[] {
  return [
    ...['-c', 'diff.suppressBlankEmpty=false', '-c', 'log.showSignature=false'],
    'log',
    '-p',
    '-a', // .gitattributes `-diff` must not hide a text file; real binaries are skipped by content below
    '-U3',
    '-M',
    '--root',
    '--topo-order',
    '--reverse',
    '--diff-merges=first-parent',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '--no-relative',
    '--no-notes',
    '--encoding=UTF-8',
    '--src-prefix=a/',
    '--dst-prefix=b/',
    `--format=${COMMIT_FORMAT}`,
    ...(since ? [`--since=${since}`] : []),
    ...(revisions.length > 0 ? revisions : ['--all']),
    '--',
  ];
}

interface Tracked {
  readonly finding: ReportedFinding;
  /** runIdentity of the secret. */
  readonly identity: string;
  /** One line of the secret's text, for presence checks on later patches (kept in memory only). */
  readonly marker: string;
  stillIn: number;
}

/**
 * Which secret a finding is, within this run: a keyed hash under a random key that never leaves the
 * process. The salted slow hash (the report's fingerprint, ~6 ms each by design) is then derived only
 * for the secrets reported, not for every occurrence the walk meets (over a hundred distinct values on
 * express's history, two thirds of the CPU the scan spent above git's own).
 */
const RUN_KEY = randomBytes(32);
function runIdentity(finding: Finding, text: string): string {
  // Detector + the secret's text, as the fingerprint: a secret moved between files or lines is the same secret.
  const secret = text.slice(finding.range[0], finding.range[1]);
  return createHmac('sha256', RUN_KEY).update(finding.detectorId).update('\0').update(secret).digest('base64');
}

/** Secrets present in a commit: path → tracked secret → occurrences. Copied on write. */
type PresenceState = ReadonlyMap<string, ReadonlyMap<Tracked, number>>;
const EMPTY_STATE: PresenceState = new Map();

interface Hunk {
  readonly newStart: number;
  readonly lines: string[];
  readonly added: number[];
}

interface FileSection {
  path?: string;
  fromPath?: string;
  deleted: boolean;
  gitlink: boolean;
  binary: boolean;
  /** `new file mode`: no earlier version, so no keywords elsewhere in it. */
  created: boolean;
  addedBytes: number;
  tooLarge: boolean;
  readonly hunks: Hunk[];
  readonly removed: string[];
  /** Known once the headers are read: the parent has secrets in this file. */
  tracksRemovals: boolean;
}

interface CommitInfo {
  readonly hash: string;
  readonly parents: readonly string[];
  readonly date: string;
  readonly author: string;
}

function occurrences(lines: readonly string[], marker: string): number {
  if (!marker) return 0;
  let count = 0;
  for (const line of lines) {
    for (let at = line.indexOf(marker); at !== -1; at = line.indexOf(marker, at + marker.length)) count++;
  }
  return count;
}

function markerOf(value: string): string {
  return value
    .split('\n')
    .map((l) => l.replace(/\r$/, '').trim())
    .reduce((best, line) => (line.length > best.length ? line : best), '');
}

function shiftLines(finding: ReportedFinding, by: number): ReportedFinding {
  return {
    ...finding,
    line: finding.line + by,
    endLine: finding.endLine + by,
    matches: finding.matches.map((m) => ({ ...m, line: m.line + by })),
  };
}

class HistoryScanner {
  readonly report: Report & { readonly incomplete: SkippedFile[] } = {
    findings: [],
    skipped: [],
    capped: [],
    incomplete: [],
    stats: { files: 0, bytes: 0, skipped: 0, findings: 0, allowlisted: 0, baselined: 0, durationMs: 0 },
  };
  commits = 0;
  private readonly states = new Map<string, PresenceState>();
  private readonly tracked = new Map<string, Tracked>();
  private readonly skippedPaths = new Set<string>();
  private readonly incompletePaths = new Set<string>();
  /**
   * Keywords known to occur in each file (path → lower-cased keywords): its version before the
   * scanned range, plus every added line since. Hunks are scanned knowing them, as a whole-file
   * scan would be (a superset: a keyword whose line was removed still counts — fail closed).
   */
  private readonly pathKeywords = new Map<string, Set<string>>();
  private readonly cappedCounts = new Map<string, { path: string; detector: string; dropped: number }>();
  private commit: CommitInfo | undefined;
  private state: PresenceState = EMPTY_STATE;
  private stateCopied = false;
  private file: FileSection | undefined;
  private hunk: Hunk | undefined;
  private oldLeft = 0;
  private newLeft = 0;
  private readonly maxSize: number;

  get secretsFound(): number {
    return this.tracked.size;
  }

  /** Files of merge parents looked up so far (`rev:path` → content). */
  private readonly parentFiles = new Map<string, string>();

  constructor(
    private readonly project: ProjectConfig,
    private readonly show: (path: string) => string,
    /** A file's content at a commit (rare look-ups, for merges), or undefined when absent. */
    private readonly fileAt: (rev: string, path: string) => Buffer | undefined,
  ) {
    this.maxSize = project.scanner.options.maxSize;
  }

  /** One line of `git log -p` output (without its newline). */
  line(line: string): void {
    if (this.hunk && (this.oldLeft > 0 || this.newLeft > 0)) {
      this.hunkLine(line);
      return;
    }
    const first = line.charCodeAt(0);
    if (first === 0) {
      this.startCommit(line);
    } else if (line.startsWith('diff --git ')) {
      this.endFile();
      this.file = {
        deleted: false,
        gitlink: false,
        binary: false,
        created: false,
        addedBytes: 0,
        tooLarge: false,
        hunks: [],
        removed: [],
        tracksRemovals: false,
      };
    } else if (this.file) {
      this.fileHeader(line, this.file);
    }
  }

  private hunkLine(line: string): void {
    const hunk = this.hunk!;
    const file = this.file!;
    const kind = line.charCodeAt(0);
    if (kind === 43 /* + */) {
      this.newLeft--;
      if (file.tooLarge || file.binary) return;
      const text = line.slice(1);
      file.addedBytes += text.length + 1;
      if (text.includes('\0')) file.binary = true;
      else if (file.addedBytes > this.maxSize) file.tooLarge = true;
      hunk.added.push(hunk.lines.length);
      hunk.lines.push(text);
    } else if (kind === 45 /* - */) {
      this.oldLeft--;
      // Removed lines matter only to files that hold secrets already (presence tracking).
      if (file.tracksRemovals && !file.tooLarge && !file.binary) file.removed.push(line.slice(1));
    } else if (kind === 92 /* \ No newline at end of file */) {
      // not a line of either side
    } else {
      // context (" ", or "" where a blank context line lost its space)
      this.oldLeft--;
      this.newLeft--;
      if (!file.tooLarge && !file.binary) hunk.lines.push(line.slice(1));
    }
  }

  private fileHeader(line: string, file: FileSection): void {
    if (line.startsWith('@@ ')) {
      const match = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line);
      if (!match) throw new GitError(`unexpected hunk header in git log output: ${line.slice(0, 80)}`);
      this.oldLeft = match[1] === undefined ? 1 : Number(match[1]);
      this.newLeft = match[3] === undefined ? 1 : Number(match[3]);
      this.hunk = { newStart: Number(match[2]), lines: [], added: [] };
      if (file.hunks.length === 0)
        file.tracksRemovals = (!!file.path && this.state.has(file.path)) || (!!file.fromPath && this.state.has(file.fromPath));
      file.hunks.push(this.hunk);
    } else if (line.startsWith('+++ ')) {
      if (line !== '+++ /dev/null') file.path = stripPrefix(headerPath(line.slice(4)), 'b/');
    } else if (line.startsWith('--- ')) {
      if (line !== '--- /dev/null') file.path ??= stripPrefix(headerPath(line.slice(4)), 'a/');
    } else if (line.startsWith('deleted file mode ')) {
      file.deleted = true;
      if (line.endsWith('160000')) file.gitlink = true;
    } else if (line.startsWith('new file mode ') || line.startsWith('new mode ')) {
      if (line.startsWith('new file mode ')) file.created = true;
      if (line.endsWith('160000')) file.gitlink = true;
    } else if (line.startsWith('index ') && line.endsWith(' 160000')) {
      file.gitlink = true;
    } else if (line.startsWith('rename from ')) {
      file.fromPath = unquoteCPath(line.slice('rename from '.length));
    } else if (line.startsWith('rename to ')) {
      file.path = unquoteCPath(line.slice('rename to '.length));
    } else if (line.startsWith('Binary files ')) {
      file.binary = true;
    }
  }

  private startCommit(line: string): void {
    this.endCommit();
    const [, hash = '', parents = '', date = '', author = ''] = line.split('\0');
    this.commit = { hash, parents: parents ? parents.split(' ') : [], date, author };
    const parent = this.commit.parents[0];
    this.state = (parent && this.states.get(parent)) || EMPTY_STATE;
    this.stateCopied = false;
    this.commits++;
  }

  endCommit(): void {
    this.endFile();
    const commit = this.commit;
    if (!commit) return;
    if (this.state.size > 0) {
      this.states.set(commit.hash, this.state);
      for (const secrets of this.state.values()) for (const [tracked, count] of secrets) if (count > 0) tracked.stillIn++;
    }
    this.commit = undefined;
  }

  private writable(): Map<string, ReadonlyMap<Tracked, number>> {
    if (!this.stateCopied) {
      this.state = new Map(this.state);
      this.stateCopied = true;
    }
    return this.state as Map<string, ReadonlyMap<Tracked, number>>;
  }

  private endFile(): void {
    const file = this.file;
    this.file = undefined;
    this.hunk = undefined;
    this.oldLeft = this.newLeft = 0;
    if (!file || file.gitlink || !file.path || !this.commit) return;
    if (file.fromPath && file.fromPath !== file.path && this.state.has(file.fromPath)) {
      const state = this.writable();
      const moved = state.get(file.fromPath)!;
      state.delete(file.fromPath);
      state.set(file.path, moved);
    }
    if (file.deleted) {
      if (this.state.has(file.path)) this.writable().delete(file.path);
      return;
    }
    const display = this.show(file.path);
    if (this.project.isExcluded(display)) {
      if (file.hunks.length > 0 || file.binary) this.skip(display, 'excluded by scan.exclude');
      return;
    }
    if (file.tooLarge) {
      this.fail(
        display,
        `too-large: commit ${this.commit.hash.slice(0, 12)} adds more than ${this.maxSize} bytes (scan.maxFileSize); not scanned`,
      );
      return;
    }
    let mode = modeForPath(this.project, display);
    if (file.binary) {
      const blob = this.wholeVersion(display, file);
      if (!blob) return;
      mode = blob.mode;
    }
    if (file.hunks.length === 0) return;
    let found = this.scanHunks(display, file.path, file, mode);
    if (found === 'binary' && !file.binary) {
      // The engine saw binary content without a NUL byte: judge the whole version by its bytes.
      file.binary = true;
      const blob = this.wholeVersion(display, file);
      if (!blob) return;
      found = this.scanHunks(display, file.path, file, blob.mode);
    }
    this.updatePresence(file.path, file, found === 'binary' ? new Map() : found);
  }

  /**
   * A binary (or UTF-16/UTF-32) version: the patch shows no usable lines, so the whole version is
   * read from the object database, decoded, and stands as one hunk of added lines.
   */
  private wholeVersion(display: string, file: FileSection): ScannableBlob | undefined {
    const bytes = this.fileAt(this.commit!.hash, file.path!);
    if (!bytes) {
      this.fail(display, `cannot read its version in commit ${this.commit!.hash.slice(0, 12)}; not scanned`);
      return undefined;
    }
    if (bytes.length > this.maxSize) {
      this.fail(
        display,
        `too-large: ${bytes.length} bytes in commit ${this.commit!.hash.slice(0, 12)} exceeds scan.maxFileSize (${this.maxSize}); not scanned`,
      );
      return undefined;
    }
    const blob = scannableBlob(this.project, display, bytes);
    const lines = blob.text.split('\n');
    file.hunks.length = 0;
    file.hunks.push({ newStart: 1, lines, added: lines.map((_, i) => i) });
    file.removed.length = 0;
    return blob;
  }

  /** A file the scan could not judge: the scan fails (exit 2) naming it. */
  private fail(display: string, reason: string): void {
    if (this.incompletePaths.has(display)) return;
    this.incompletePaths.add(display);
    this.report.incomplete.push({ path: display, reason });
  }

  /** The keywords of the file before this commit's hunks (see pathKeywords). */
  private keywordsFor(path: string, file: FileSection): Set<string> {
    let known = this.pathKeywords.get(path);
    if (known) return known;
    const from = file.fromPath && this.pathKeywords.get(file.fromPath);
    const parent = this.commit?.parents[0];
    if (from) known = new Set(from);
    else if (file.created || !parent) known = new Set();
    else {
      const before = this.fileAt(parent, file.fromPath ?? path);
      known = new Set(before ? keywordsIn(this.project, before.toString('utf8')) : []);
    }
    this.pathKeywords.set(path, known);
    return known;
  }

  private skip(display: string, reason: string): void {
    if (this.skippedPaths.has(display)) return;
    this.skippedPaths.add(display);
    this.report.skipped.push({ path: display, reason });
  }

  /**
   * Scans the file's post-image hunks in one engine call (hunks joined by a blank line: far fewer
   * calls than one per hunk); returns the secrets found on added lines.
   */
  private scanHunks(display: string, path: string, file: FileSection, mode: ScanMode): Map<Tracked, number> | 'binary' {
    const found = new Map<Tracked, number>();
    const hunks = file.hunks.filter((h) => h.added.length > 0);
    if (hunks.length === 0) return found;
    const parts: string[] = [];
    const starts: number[] = []; // first line of each hunk in the joined text
    let line = 0;
    for (const hunk of hunks) {
      starts.push(line);
      parts.push(hunk.lines.join('\n'));
      line += hunk.lines.length + 1; // the blank separator
    }
    const text = parts.join('\n\n');
    const keywords = this.keywordsFor(path, file);
    const result = scanPart(this.project, display, text, mode, undefined, [...keywords]);
    for (const keyword of result.keywords) keywords.add(keyword);
    if (result.skipped?.startsWith('binary-content')) return 'binary';
    if (result.skipped) {
      this.fail(display, `${result.skipped}; not scanned`);
      return found;
    }
    if (result.incomplete) this.fail(display, `${result.incomplete} (commit ${this.commit!.hash.slice(0, 12)})`);
    this.report.stats.files++;
    this.report.stats.bytes += text.length;
    if (result.findings.length === 0) return found;
    const flags = new Uint8Array(line);
    hunks.forEach((hunk, i) => {
      for (const index of hunk.added) flags[starts[i]! + index] = 1;
    });
    const lines = new LineIndex(text);
    const current = this.state.get(path);
    const newPerDetector = new Map<string, number>();
    for (const finding of result.findings) {
      if (!touchesAddedLines(finding, lines, flags)) continue;
      const identity = runIdentity(finding, text);
      const isNew = !this.isKnown(identity, display, current);
      // A merge introduces only what none of its parents had: a line that is new relative to the
      // first parent but comes from another one (say, a branch pushed or scanned before) is not.
      if (isNew && this.fromOtherParent(path, markerOf(text.slice(finding.range[0], finding.range[1])))) continue;
      if (isNew) {
        // The per-file cap, counted on new secrets only (a generated file must not flood the report).
        const count = newPerDetector.get(finding.detectorId) ?? 0;
        newPerDetector.set(finding.detectorId, count + 1);
        if (count >= CAP_PER_FILE) {
          const key = `${display}\0${finding.detectorId}`;
          const entry = this.cappedCounts.get(key) ?? { path: display, detector: finding.detectorId, dropped: 0 };
          entry.dropped++;
          this.cappedCounts.set(key, entry);
          continue;
        }
      }
      // Lines of the joined text → lines of the file: the hunk the finding starts in says where
      // (its first part, as placeFindings counts it).
      const at = lines.lineAt(Math.min(finding.range[0], ...finding.matches.map((m) => m.range[0])));
      let hunk = 0;
      while (hunk + 1 < starts.length && starts[hunk + 1]! <= at) hunk++;
      const tracked = this.trackedFor(finding, identity, display, text, lines, hunks[hunk]!.newStart - 1 - starts[hunk]!, current);
      found.set(tracked, (found.get(tracked) ?? 0) + 1);
    }
    return found;
  }

  private fromOtherParent(path: string, marker: string): boolean {
    const parents = this.commit?.parents ?? [];
    for (const parent of parents.slice(1)) {
      const key = `${parent}:${path}`;
      let content = this.parentFiles.get(key);
      if (content === undefined) this.parentFiles.set(key, (content = this.fileAt(parent, path)?.toString('utf8') ?? ''));
      if (marker && content.includes(marker)) return true;
    }
    return false;
  }

  private isKnown(identity: string, display: string, current: ReadonlyMap<Tracked, number> | undefined): boolean {
    for (const tracked of current?.keys() ?? []) if (tracked.identity === identity) return true;
    return this.tracked.has(`${identity}\0${display}`);
  }

  private trackedFor(
    finding: Finding,
    identity: string,
    display: string,
    text: string,
    lines: LineIndex,
    shift: number,
    current: ReadonlyMap<Tracked, number> | undefined,
  ): Tracked {
    // The same secret already present in this file (perhaps carried here by a rename) is not new.
    for (const tracked of current?.keys() ?? []) if (tracked.identity === identity) return tracked;
    const key = `${identity}\0${display}`;
    const known = this.tracked.get(key);
    if (known) return known;
    const commit = this.commit!;
    const [placed] = placeFindings(display, text, [finding], lines);
    const reported: ReportedFinding = {
      ...shiftLines(placed!, shift),
      commit: { hash: commit.hash, date: commit.date, author: commit.author, stillIn: 0 },
    };
    const tracked: Tracked = { finding: reported, identity, marker: markerOf(text.slice(finding.range[0], finding.range[1])), stillIn: 0 };
    this.tracked.set(key, tracked);
    return tracked;
  }

  /** The file's secrets after this commit: parent's count + occurrences added − occurrences removed. */
  private updatePresence(path: string, file: FileSection, found: ReadonlyMap<Tracked, number>): void {
    const before = this.state.get(path);
    if (!before && found.size === 0) return;
    const added = file.hunks.flatMap((h) => h.added.map((i) => h.lines[i]!));
    const after = new Map<Tracked, number>();
    const candidates = new Set<Tracked>([...(before?.keys() ?? []), ...found.keys()]);
    for (const tracked of candidates) {
      let count = (before?.get(tracked) ?? 0) + occurrences(added, tracked.marker) - occurrences(file.removed, tracked.marker);
      if (found.has(tracked)) count = Math.max(count, 1);
      if (count > 0) after.set(tracked, count);
    }
    const state = this.writable();
    if (after.size > 0) state.set(path, after);
    else state.delete(path);
  }

  finish(): void {
    this.endCommit();
    for (const tracked of this.tracked.values()) {
      const commit = tracked.finding.commit!;
      this.report.findings.push({ ...tracked.finding, commit: { ...commit, stillIn: tracked.stillIn } });
    }
    this.report.capped.push(...this.cappedCounts.values());
    this.report.stats.skipped = this.report.skipped.length;
    this.report.stats.findings = this.report.findings.length;
  }
}

function headerPath(raw: string): string {
  // git ends a `---`/`+++` name with a tab when the name holds a space.
  const name = raw.endsWith('\t') ? raw.slice(0, -1) : raw;
  return unquoteCPath(name);
}

function stripPrefix(path: string, prefix: string): string {
  return path.startsWith(prefix) ? path.slice(prefix.length) : path;
}

class ProgressBar {
  private total: number | undefined;
  private last = 0;
  constructor(private readonly stream: NodeJS.WriteStream) {}

  setTotal(total: number): void {
    this.total = total;
  }

  update(commits: number, findings: number, force = false): void {
    const now = Date.now();
    if (!force && now - this.last < 100) return;
    this.last = now;
    const width = Math.max(10, Math.min(40, (this.stream.columns ?? 80) - 50));
    const total = this.total;
    const done = total ? Math.min(1, commits / total) : 0;
    const bar = total ? `[${'#'.repeat(Math.round(done * width)).padEnd(width, '.')}] ${commits}/${total}` : `${commits}`;
    this.stream.write(`\r\u001b[Kleakproof: scanning history ${bar} commits, ${findings} secret(s)`);
  }

  clear(): void {
    this.stream.write('\r\u001b[K');
  }
}

function countCommits(repo: Repository, revisions: readonly string[], since: string | undefined): Promise<number | undefined> {
  return new Promise((resolve) => {
    const child = spawn(
      'git',
      [
        ...GIT_CONFIG_PINS,
        'rev-list',
        '--count',
        ...(since ? [`--since=${since}`] : []),
        ...(revisions.length > 0 ? revisions : ['--all']),
        '--',
      ],
      { cwd: repo.top, stdio: ['ignore', 'pipe', 'ignore'] },
    );
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.on('error', () => resolve(undefined));
    child.on('close', (code) => resolve(code === 0 ? Number(out.trim()) : undefined));
  });
}

export async function scanHistory(options: HistoryOptions): Promise<HistoryScan> {
  const started = Date.now();
  const repo = openRepository(options.cwd);
  const fileAt = (rev: string, path: string) => {
    const out = git(['cat-file', '--batch'], { cwd: repo.top, input: `${rev}:${path}\n` });
    const header = out.subarray(0, Math.max(0, out.indexOf(10))).toString('utf8');
    const size = / blob (\d+)$/.exec(header);
    return size ? out.subarray(out.indexOf(10) + 1, out.indexOf(10) + 1 + Number(size[1])) : undefined;
  };
  const shown = new Map<string, string>();
  const show = (path: string) => {
    let display = shown.get(path);
    if (display === undefined) shown.set(path, (display = displayPath(join(repo.top, path), options.cwd)));
    return display;
  };
  const scanner = new HistoryScanner(options.project, show, fileAt);
  const bar = options.progress ? new ProgressBar(options.progress) : undefined;
  // The total for the bar comes from a cheap `git rev-list --count`, in parallel with the scan.
  const counted = bar
    ? countCommits(repo, options.revisions, options.since).then((total) => total !== undefined && bar.setTotal(total))
    : undefined;

  const child = spawn('git', [...GIT_CONFIG_PINS, ...logArguments(options.revisions, options.since)], {
    cwd: repo.top,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    if (stderr.length < 64 * 1024) stderr += chunk;
  });
  const decoder = new StringDecoder('utf8');
  let carry = '';
  let failure: unknown;
  const feed = (text: string) => {
    let start = 0;
    let newline = text.indexOf('\n');
    if (carry && newline !== -1) {
      scanner.line(carry + text.slice(0, newline));
      carry = '';
      start = newline + 1;
      newline = text.indexOf('\n', start);
    }
    while (newline !== -1) {
      scanner.line(text.slice(start, newline));
      start = newline + 1;
      newline = text.indexOf('\n', start);
    }
    carry += text.slice(start);
  };
  const exit = await new Promise<number | null>((resolve, reject) => {
    child.on('error', (error) =>
      reject(
        new GitError(
          (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'git is not installed or not on PATH' : `cannot run git: ${error.message}`,
        ),
      ),
    );
    child.stdout.on('data', (chunk: Buffer) => {
      if (failure) return;
      try {
        feed(decoder.write(chunk));
        bar?.update(scanner.commits, scanner.secretsFound);
      } catch (error) {
        failure = error;
        child.kill();
      }
    });
    child.on('close', (code) => resolve(code));
  });
  if (failure) throw failure instanceof Error ? failure : new Error(`git log failed: ${JSON.stringify(failure)}`);
  if (exit !== 0) throw new GitError(`git log failed: ${stderr.trim().split('\n').slice(0, 4).join(' / ') || `exit status ${exit}`}`);
  feed(decoder.end());
  if (carry) scanner.line(carry);
  scanner.finish();
  if (bar) {
    await counted;
    bar.update(scanner.commits, scanner.secretsFound, true);
    bar.clear();
  }
  scanner.report.stats.durationMs = Date.now() - started;
  return { report: scanner.report, commits: scanner.commits, repository: repo };
}
