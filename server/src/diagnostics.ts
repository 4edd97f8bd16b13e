/**
 * Findings → LSP diagnostics, and the validation loop of open documents: debounce, scan the dirty
 * regions (documents.ts), publish only what matches the current version, and survive a scan that
 * hangs or crashes (the document is reported as not scanned; the others carry on).
 */
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation, type Range as LspRange } from 'vscode-languageserver';
import { DEFAULT_SCAN_OPTIONS, DETECTORS_BY_ID, type Finding, type Range, type ScanResult } from './engine/index.js';
import type { DocumentState } from './documents.js';
import { DIAGNOSTIC_SOURCE, detectorDocUri, type FindingData, type LeakproofSettings } from './protocol.js';
import { ScanFailure, type ScanExecutor, type ScannerSpec } from './scanning.js';
import { historyNote, type SecretHistory } from './history.js';
import { severityFor } from './settings.js';

export interface DiagnosticOptions {
  readonly settings: LeakproofSettings;
  readonly docsBaseUri: string;
  readonly uri: string;
  readonly relatedInformation: boolean;
  readonly fromWorkspaceScan?: boolean;
  /** Where the file stands with git (features/gitPlacement.ts); 'unknown' until looked up. */
  readonly placement?: GitPlacement;
  /** Whether the finding's secret is in git history (features/secretHistory.ts); 'unknown' until git answers. */
  readonly historyOf?: (finding: Finding) => SecretHistory;
}

/**
 * Where a file stands with git, for the advice and severity of its findings: a local file git
 * ignores and does not track (`.env`) is where local secrets belong; a file that `.gitignore` would
 * ignore but git tracks anyway is committed with every change — worse than an ordinary file.
 */
export type GitPlacement = 'untracked-ignored' | 'tracked-ignored' | 'other' | 'unknown';

export function isTestFinding(finding: Finding): boolean {
  return finding.insights.some((i) => i.kind === 'test_file');
}

export function isAllowlisted(finding: Finding): boolean {
  return finding.insights.some((i) => i.kind === 'allowlisted');
}

/** What is reported: not allowlisted, at most the engine's cap per detector (as the CLI reports). */
export function reportedFindings(findings: readonly Finding[]): Finding[] {
  const counts = new Map<string, number>();
  const out: Finding[] = [];
  for (const finding of findings) {
    if (isAllowlisted(finding)) continue;
    const count = counts.get(finding.detectorId) ?? 0;
    if (count >= DEFAULT_SCAN_OPTIONS.capPerDetector) continue;
    counts.set(finding.detectorId, count + 1);
    out.push(finding);
  }
  return out;
}

/** The one-line message: title and redacted value (never the value itself). */
export function findingMessage(finding: Finding): string {
  const decoded = finding.insights.find((i) => i.kind === 'decoded');
  const main = finding.matches[0];
  const value = decoded && decoded.kind === 'decoded' ? `${decoded.redacted} (Base64-encoded)` : (main?.redacted ?? '');
  const others = finding.matches.slice(1).map((m) => m.name);
  return `${finding.title}: ${value}${others.length > 0 ? ` (with ${others.join(', ')})` : ''}`;
}

/** Appended to the message of a finding in a local, git-ignored file (Information severity). */
export const LOCAL_ONLY_NOTE = 'local only, git-ignored — fine; never commit it, rotate if it was ever shared';
/** Appended to the message of a finding in a tracked file that .gitignore would ignore (an error). */
export const TRACKED_IGNORED_NOTE =
  'this file is tracked by git although .gitignore ignores it, so it is committed: untrack it (git rm --cached) and rotate the secret';

export function findingData(finding: Finding, fromWorkspaceScan = false, localOnly = false): FindingData {
  return {
    fingerprint: finding.fingerprint,
    secretHash: finding.secretHash,
    detectorId: finding.detectorId,
    kind: finding.kind,
    testFile: isTestFinding(finding),
    ...(fromWorkspaceScan ? { fromWorkspaceScan: true } : {}),
    ...(localOnly ? { localOnly: true } : {}),
  };
}

/**
 * Diagnostics for findings; `rangesOf` places a finding's parts (index-aligned with `matches`).
 * The range is the secret's value (the engine's `secret` group), never the variable name.
 */
export function toDiagnostics(
  findings: readonly Finding[],
  rangesOf: (finding: Finding) => LspRange[],
  options: DiagnosticOptions,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const finding of reportedFindings(findings)) {
    const configured = severityFor(options.settings, finding.kind, isTestFinding(finding));
    if (configured === undefined) continue;
    const ranges = rangesOf(finding);
    const range = ranges[0];
    if (!range) continue;
    const history = options.historyOf?.(finding);
    // An ignored file's secret that an earlier commit did add is no longer local only.
    const localOnly = options.placement === 'untracked-ignored' && history?.state !== 'committed';
    const trackedIgnored = options.placement === 'tracked-ignored';
    // A local-only file lowers anything to information; a tracked ignored file is an error. Low-confidence
    // (generic) findings follow `leakproof.severity.generic`: the user's choice wins over a fixed hint, and
    // the default (warning) keeps the newcomer's sample finding visible in the Problems panel.
    const severity = localOnly ? DiagnosticSeverity.Information : trackedIgnored ? DiagnosticSeverity.Error : configured;
    const placementNote = localOnly ? LOCAL_ONLY_NOTE : trackedIgnored ? TRACKED_IGNORED_NOTE : undefined;
    // A local-only secret needs no history lesson ("remove it before committing" would contradict "fine").
    const historyText = history && !localOnly ? historyNote(history) : undefined;
    const note = [placementNote, historyText].map((text) => (text ? ` — ${text}` : '')).join('');
    const diagnostic: Diagnostic = {
      range,
      severity,
      source: DIAGNOSTIC_SOURCE,
      code: finding.detectorId,
      message: `${findingMessage(finding)}${note}`,
      data: findingData(finding, options.fromWorkspaceScan, localOnly),
    };
    if (DETECTORS_BY_ID.has(finding.detectorId))
      diagnostic.codeDescription = { href: detectorDocUri(options.docsBaseUri, finding.detectorId) };
    if (options.relatedInformation && finding.matches.length > 1) {
      diagnostic.relatedInformation = finding.matches.slice(1).flatMap((match, index): DiagnosticRelatedInformation[] => {
        const partRange = ranges[index + 1];
        return partRange
          ? [{ location: { uri: options.uri, range: partRange }, message: `${match.name} of this ${finding.title}: ${match.redacted}` }]
          : [];
      });
    }
    out.push(diagnostic);
  }
  return out;
}

/** A note at the top of a file that was not (fully) scanned. */
export function notScannedDiagnostic(message: string, severity: DiagnosticSeverity = DiagnosticSeverity.Information): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity,
    source: DIAGNOSTIC_SOURCE,
    code: 'not-scanned',
    message,
  };
}

export function skippedMessage(skipped: NonNullable<ScanResult['skipped']>): string | undefined {
  switch (skipped.reason) {
    case 'too-large':
      return `Leakproof did not scan this file: ${skipped.detail} (setting leakproof.maxFileSize, or scan.maxFileSize in .leakproof.json).`;
    case 'time-limit':
      return `Leakproof scanned only part of this file: ${skipped.detail}.`;
    case 'binary-content':
      return undefined; // nobody edits binary files in a text editor on purpose
    default:
      return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// The validation loop
// ---------------------------------------------------------------------------------------------

/** What a document is scanned with, or why it is not. */
export type ScanContext =
  | { readonly kind: 'scan'; readonly settings: LeakproofSettings; readonly spec: ScannerSpec; readonly path?: string }
  | { readonly kind: 'skip'; readonly settings: LeakproofSettings; readonly reason: string; readonly note?: string };

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface ValidatorHost {
  readonly executor: ScanExecutor;
  readonly timers: Timers;
  contextFor(state: DocumentState): Promise<ScanContext>;
  /** The document's findings describe its current version (or it is not scanned): show them. */
  settled(state: DocumentState, context: ScanContext): void;
  /** A rescan nobody asked for is starting (reconciliation): a pulling client must be told. */
  backgroundRescan?(state: DocumentState): void;
  log(message: string): void;
}

/**
 * A region scan selects detectors by the keywords inside its window; a full scan by the keywords
 * anywhere in the document (a Discord token far below `import discord`). So once the user pauses,
 * one full scan reconciles what region scans approximated (engine issue noted in the report).
 */
export const RECONCILE_DELAY_MS = 1000;

export class Validator {
  private readonly timers = new Map<string, unknown>();
  private readonly reconcileTimers = new Map<string, unknown>();
  private readonly running = new Map<string, number>();
  private readonly waiters = new Map<string, (() => void)[]>();
  /** Last settings seen per document (for `run` and `debounceMs` on the next keystroke). */
  private readonly lastSettings = new Map<string, LeakproofSettings>();

  constructor(private readonly host: ValidatorHost) {}

  /** Open, or configuration changed: scan now. */
  validateNow(state: DocumentState): void {
    this.cancelTimer(state.uri);
    void this.run(state);
  }

  /** After an edit: scan after the debounce delay (or at the next save with `run: onSave`). */
  changed(state: DocumentState): void {
    this.cancelReconcile(state.uri);
    const settings = this.lastSettings.get(state.uri);
    if (settings?.run === 'onSave') return;
    this.schedule(state, settings?.debounceMs ?? 150);
  }

  saved(state: DocumentState): void {
    const settings = this.lastSettings.get(state.uri);
    if (settings?.run === 'onSave') this.validateNow(state);
  }

  closed(uri: string): void {
    this.cancelTimer(uri);
    this.cancelReconcile(uri);
    this.lastSettings.delete(uri);
    this.wake(uri);
  }

  private schedule(state: DocumentState, delay: number): void {
    this.cancelTimer(state.uri);
    this.timers.set(
      state.uri,
      this.host.timers.setTimeout(() => {
        this.timers.delete(state.uri);
        void this.run(state);
      }, delay),
    );
  }

  private scheduleReconcile(state: DocumentState): void {
    this.cancelReconcile(state.uri);
    this.reconcileTimers.set(
      state.uri,
      this.host.timers.setTimeout(() => {
        this.reconcileTimers.delete(state.uri);
        if (state.closed) return;
        if (this.isBusy(state.uri)) return this.scheduleReconcile(state);
        state.invalidate();
        this.host.backgroundRescan?.(state);
        void this.run(state);
      }, RECONCILE_DELAY_MS),
    );
  }

  private cancelReconcile(uri: string): void {
    const timer = this.reconcileTimers.get(uri);
    if (timer !== undefined) this.host.timers.clearTimeout(timer);
    this.reconcileTimers.delete(uri);
  }

  private cancelTimer(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer !== undefined) this.host.timers.clearTimeout(timer);
    this.timers.delete(uri);
  }

  /** True while a scan of the document is due or running. */
  isBusy(uri: string): boolean {
    return this.timers.has(uri) || (this.running.get(uri) ?? 0) > 0;
  }

  /** Resolves once the document has no scan due or running (immediately if it has none). */
  whenIdle(uri: string): Promise<void> {
    if (!this.isBusy(uri)) return Promise.resolve();
    return new Promise((resolve) => {
      const list = this.waiters.get(uri) ?? [];
      list.push(resolve);
      this.waiters.set(uri, list);
    });
  }

  private wake(uri: string): void {
    if (this.isBusy(uri)) return;
    const list = this.waiters.get(uri);
    this.waiters.delete(uri);
    for (const resolve of list ?? []) resolve();
  }

  private async run(state: DocumentState): Promise<void> {
    const uri = state.uri;
    this.running.set(uri, (this.running.get(uri) ?? 0) + 1);
    try {
      await this.runOnce(state);
    } catch (error) {
      this.host.log(`validation of ${uri} failed: ${(error as Error).message}`);
    } finally {
      const left = (this.running.get(uri) ?? 1) - 1;
      if (left > 0) this.running.set(uri, left);
      else this.running.delete(uri);
      this.wake(uri);
    }
  }

  private async runOnce(state: DocumentState): Promise<void> {
    const context = await this.host.contextFor(state);
    if (state.closed) return;
    this.lastSettings.set(state.uri, context.settings);
    if (state.quarantined) {
      this.host.settled(state, context);
      return;
    }
    if (context.kind === 'skip') {
      state.clear();
      this.host.settled(state, context);
      return;
    }
    const plan = state.takePlan();
    if (!plan) {
      // Clean already, or another run has the scan in flight and will settle it.
      if (state.isClean) this.host.settled(state, context);
      return;
    }
    let results: ScanResult[];
    try {
      results = await this.host.executor.scan({
        spec: context.spec,
        text: plan.text,
        ...(context.path !== undefined ? { path: context.path } : {}),
        ...(plan.regions ? { regions: plan.regions, documentKeywords: [...state.keywords] } : {}),
      });
    } catch (error) {
      state.abandon(plan.id);
      if (state.closed) return;
      const reason = error instanceof ScanFailure ? error.message : `internal error: ${(error as Error).message}`;
      state.clear();
      state.quarantined = reason;
      this.host.log(`stopped scanning ${state.uri}: ${reason}`);
      this.host.settled(state, context);
      return;
    }
    if (state.closed) return;
    state.applyResult(plan.id, results);
    if (plan.regions) this.scheduleReconcile(state);
    if (state.isClean) this.host.settled(state, context);
    else if (!this.timers.has(state.uri)) await this.runOnce(state); // edits arrived while scanning and their delay is over
  }
}

/** Offsets → LSP positions of a document (for toDiagnostics). */
export function rangesIn(positionAt: (offset: number) => { line: number; character: number }): (finding: Finding) => LspRange[] {
  const toLsp = (range: Range): LspRange => ({ start: positionAt(range[0]), end: positionAt(range[1]) });
  return (finding) => finding.matches.map((m) => toLsp(m.range));
}
