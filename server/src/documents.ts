/**
 * One open document: its text (incremental sync), the findings cached for it, and what still needs
 * scanning. An edit maps the cached findings through itself (those it touches are dropped, those
 * after it shift) and marks the edited span dirty; a scan job covers the dirty spans; the engine
 * widens each span to whole lines plus context (multi-line and multi-part secrets, enclosing key
 * blocks) and answers for that window, and its answer replaces the cache in the window.
 *
 * A result computed for an older version is not thrown away: it is mapped through the edits made
 * since (what those edits touch is dirty again and rescanned). Diagnostics are published only when
 * nothing is dirty or in flight, so what a client sees always matches the version it is told
 * (json-language-features `validation.ts`: debounce, cancel, drop stale by identity — here the
 * "drop" happens at publish time, and progress is guaranteed while someone types continuously).
 *
 * Pure bookkeeping: no LSP connection, no timers (diagnostics.ts drives it; the benchmark too).
 */
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { Finding, FindingMatch, Range, ScanResult } from './engine/index.js';

/** A replacement of `[start, oldEnd)` (old coordinates) by `newLength` characters. */
export interface Edit {
  readonly start: number;
  readonly oldEnd: number;
  readonly newLength: number;
}

/** What to scan: the whole document, or regions (current coordinates). */
export interface ScanPlan {
  readonly id: number;
  readonly version: number;
  readonly text: string;
  /** Undefined: scan the whole document. */
  readonly regions?: readonly Range[];
}

/** Beyond this many separate dirty regions, or this share of the text, a full scan is cheaper. */
const MAX_REGIONS = 16;
const FULL_SCAN_SHARE = 0.5;
/** Dirty regions closer than this are scanned as one (their windows would overlap anyway). */
const MERGE_GAP = 2048;
/**
 * Edits recorded since the last plan beyond which the bookkeeping stops being exact and falls back
 * to "scan everything": each edit maps every cached finding and dirty region through itself, so an
 * unbounded burst (37k changes pasted or replayed at once) was quadratic — ~40 s with nothing
 * published (issue 8, "Hangs"). Past this limit the cache is dropped and a full scan answers, so
 * a burst costs O(limit × findings + changes): linear in its size.
 */
export const EDIT_BURST_LIMIT = 512;

function mapStart(offset: number, edit: Edit): number {
  if (offset <= edit.start) return offset;
  if (offset >= edit.oldEnd) return offset + edit.newLength - (edit.oldEnd - edit.start);
  return edit.start;
}

function mapEnd(offset: number, edit: Edit): number {
  if (offset < edit.start) return offset;
  if (offset >= edit.oldEnd) return offset + edit.newLength - (edit.oldEnd - edit.start);
  return edit.start + edit.newLength;
}

/** The span still covered after the edit (a window or dirty region: grows over inserted text). */
export function mapSpan(range: Range, edit: Edit): Range {
  return [mapStart(range[0], edit), Math.max(mapStart(range[0], edit), mapEnd(range[1], edit))];
}

function touches(range: Range, edit: Edit): boolean {
  // Strictly inside, or replacing characters of it. An insertion right before or after the value
  // leaves it intact (the dirty region around the insertion decides whether the token grew).
  if (edit.start === edit.oldEnd) return edit.start > range[0] && edit.start < range[1];
  return edit.start < range[1] && edit.oldEnd > range[0];
}

/** The finding after the edit, or undefined when the edit touched one of its parts. */
export function mapFinding(finding: Finding, edit: Edit): Finding | undefined {
  const delta = edit.newLength - (edit.oldEnd - edit.start);
  let moved = false;
  for (const match of finding.matches) {
    if (touches(match.range, edit)) return undefined;
    if (match.range[0] >= edit.oldEnd) moved = true;
  }
  if (touches(finding.range, edit)) return undefined;
  if (!moved && finding.range[0] < edit.oldEnd) return finding;
  const shift = (range: Range): Range => (range[0] >= edit.oldEnd ? [range[0] + delta, range[1] + delta] : range);
  const matches: FindingMatch[] = finding.matches.map((m) => ({ ...m, range: shift(m.range) }));
  return { ...finding, range: shift(finding.range), matches };
}

function intersects(a: Range, b: Range): boolean {
  return a[0] < b[1] && a[1] > b[0];
}

function inside(a: Range, window: Range): boolean {
  return a[0] >= window[0] && a[1] <= window[1];
}

interface InFlight {
  readonly id: number;
  readonly length: number;
  readonly full: boolean;
  /** Edits made since the job's text was taken, in order. */
  readonly edits: Edit[];
  /** Too many edits since the job's text was taken: its answer is dropped and a full scan follows. */
  obsolete: boolean;
}

let nextJobId = 1;

export class DocumentState {
  readonly document: TextDocument;
  /** Every finding in current coordinates, allowlisted ones included (hover explains them). */
  findings: Finding[] = [];
  /** Set when the last scan could not cover the document (too large, time limit …). */
  skipped: ScanResult['skipped'];
  /** Set when a scan of this document hung or crashed: it is not scanned again until reopened. */
  quarantined: string | undefined;
  /** Set on didClose: results still arriving for it are dropped. */
  closed = false;
  /**
   * Prefilter keywords seen in this document (lower case): replaced by a full scan, grown by region
   * scans, pruned when an edit removes the last occurrence. Passed to region scans so that a detector
   * whose keyword sits outside the edited window still runs, as in a full scan.
   */
  keywords = new Set<string>();
  /**
   * Known keywords that an edit touched (deleted, or split by an insertion): checked against the
   * whole text before the next region scan, so a detector whose only keyword was deleted stops
   * running, as in a full scan. Only edits near a keyword pay for that check.
   */
  private suspectKeywords = new Set<string>();
  private dirty: Range[] = [];
  private needsFull = true;
  private inFlight: InFlight | undefined;
  /** Edits since the last plan (see EDIT_BURST_LIMIT). */
  private editsSincePlan = 0;

  constructor(uri: string, languageId: string, version: number, text: string) {
    this.document = TextDocument.create(uri, languageId, version, text);
  }

  get uri(): string {
    return this.document.uri;
  }

  get version(): number {
    return this.document.version;
  }

  /** Nothing dirty, nothing in flight: the findings describe the current version. */
  get isClean(): boolean {
    return !this.needsFull && this.dirty.length === 0 && this.inFlight === undefined;
  }

  get isScanning(): boolean {
    return this.inFlight !== undefined;
  }

  /** Applies `didChange` content changes one by one (each range refers to the text after the previous one). */
  applyChanges(changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      if ('range' in change) {
        let start = this.document.offsetAt(change.range.start);
        let end = this.document.offsetAt(change.range.end);
        if (start > end) [start, end] = [end, start];
        this.noteTouchedKeywords(start, end);
        TextDocument.update(this.document, [change], version);
        this.recordEdit({ start, oldEnd: end, newLength: change.text.length });
      } else {
        const oldLength = this.document.getText().length;
        TextDocument.update(this.document, [change], version);
        this.recordEdit({ start: 0, oldEnd: oldLength, newLength: change.text.length });
        this.needsFull = true;
      }
    }
    // Even an empty change list bumps the version.
    if (changes.length === 0) TextDocument.update(this.document, [], version);
  }

  /** Marks the known keywords that the old text around [start, end) contains (see suspectKeywords). */
  private noteTouchedKeywords(start: number, end: number): void {
    if (this.keywords.size === 0) return;
    let reach = 0;
    for (const keyword of this.keywords) reach = Math.max(reach, keyword.length);
    const text = this.document.getText();
    const around = text.slice(Math.max(0, start - reach), Math.min(text.length, end + reach)).toLowerCase();
    for (const keyword of this.keywords) if (around.includes(keyword)) this.suspectKeywords.add(keyword);
  }

  recordEdit(edit: Edit): void {
    this.editsSincePlan++;
    if (this.editsSincePlan > EDIT_BURST_LIMIT) {
      this.overflow();
      return;
    }
    if (this.findings.length > 0) {
      const kept: Finding[] = [];
      for (const finding of this.findings) {
        const mapped = mapFinding(finding, edit);
        if (mapped) kept.push(mapped);
      }
      this.findings = kept;
    }
    // A full scan is due anyway: dirty regions would be thrown away by the next plan.
    if (!this.needsFull) {
      this.dirty = this.dirty.map((range) => mapSpan(range, edit));
      this.dirty.push([edit.start, edit.start + edit.newLength]);
    }
    if (this.inFlight && !this.inFlight.obsolete) this.inFlight.edits.push(edit);
  }

  /**
   * A burst too long to follow edit by edit: forget the cache (nothing is published until the full
   * scan settles, and what a partial answer shows must never be stale, so empty is the honest
   * state), drop the answer in flight, and scan the whole document next. O(1) for later edits.
   */
  private overflow(): void {
    this.findings = [];
    this.dirty = [];
    this.needsFull = true;
    if (this.inFlight && !this.inFlight.obsolete) {
      this.inFlight.obsolete = true;
      this.inFlight.edits.length = 0;
    }
  }

  /** Asks for a full rescan (open, configuration or settings changed). */
  invalidate(): void {
    this.needsFull = true;
  }

  /** The next scan to run, or undefined when clean or a scan is already in flight. */
  takePlan(): ScanPlan | undefined {
    if (this.inFlight || this.isClean) return undefined;
    const text = this.document.getText();
    let regions: Range[] | undefined;
    if (!this.needsFull) {
      regions = coalesce(this.dirty, text.length);
      const covered = regions.reduce((sum, r) => sum + (r[1] - r[0]), 0);
      if (regions.length > MAX_REGIONS || covered > text.length * FULL_SCAN_SHARE) regions = undefined;
    }
    if (regions && this.suspectKeywords.size > 0) {
      const lower = text.toLowerCase();
      for (const keyword of this.suspectKeywords) if (!lower.includes(keyword)) this.keywords.delete(keyword);
    }
    this.suspectKeywords.clear();
    const id = nextJobId++;
    this.inFlight = { id, length: text.length, full: regions === undefined, edits: [], obsolete: false };
    this.needsFull = false;
    this.dirty = [];
    this.editsSincePlan = 0;
    return { id, version: this.version, text, ...(regions ? { regions } : {}) };
  }

  /**
   * Applies the engine's answer to plan `id` (one ScanResult per region, or one for a full scan):
   * mapped through the edits made since, it replaces the cached findings in each window.
   */
  applyResult(id: number, results: readonly ScanResult[]): void {
    const job = this.inFlight;
    if (!job || job.id !== id) return;
    this.inFlight = undefined;
    if (job.obsolete) {
      this.needsFull = true;
      return;
    }
    if (results.length > 0 && results.every((r) => r.window === undefined)) this.keywords = new Set();
    for (const result of results) for (const keyword of result.keywords ?? []) this.keywords.add(keyword);
    let skipped: ScanResult['skipped'];
    for (const result of results) {
      if (result.skipped) skipped = result.skipped;
      let window: Range = job.full || !result.window ? [0, job.length] : result.window;
      let fresh: Finding[] = [...result.findings];
      for (const edit of job.edits) {
        window = mapSpan(window, edit);
        const next: Finding[] = [];
        for (const finding of fresh) {
          const mapped = mapFinding(finding, edit);
          if (mapped) next.push(mapped);
        }
        fresh = next;
      }
      // Replace what lies wholly inside the window. A finding that only crosses its edge (a long
      // multi-line value starting above it) stays unless the engine reported it again.
      const kept = this.findings.filter((old) => {
        if (inside(old.range, window)) return false;
        if (!intersects(old.range, window)) return true;
        return !fresh.some((f) => f.detectorId === old.detectorId && intersects(f.range, old.range));
      });
      this.findings = kept.concat(fresh).sort((a, b) => a.range[0] - b.range[0] || a.detectorId.localeCompare(b.detectorId));
    }
    if (job.full || skipped) this.skipped = skipped;
  }

  /** Drops the scan in flight (its worker died): its spans are dirty again. */
  abandon(id: number): void {
    if (this.inFlight?.id !== id) return;
    this.inFlight = undefined;
    this.needsFull = true;
  }

  /** Forgets everything scanned (disabled, excluded, quarantined). */
  clear(): void {
    this.findings = [];
    this.dirty = [];
    this.needsFull = false;
    this.skipped = undefined;
    this.inFlight = undefined;
    this.editsSincePlan = 0;
  }
}

/** Sorted, merged regions (clamped to the text). */
function coalesce(ranges: readonly Range[], length: number): Range[] {
  const sorted = ranges
    .map((r): [number, number] => [Math.max(0, Math.min(r[0], length)), Math.max(0, Math.min(r[1], length))])
    .sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const range of sorted) {
    const last = out[out.length - 1];
    if (last && range[0] <= last[1] + MERGE_GAP) last[1] = Math.max(last[1], range[1]);
    else out.push(range);
  }
  return out;
}
