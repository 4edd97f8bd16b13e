/**
 * Diagnostics of open documents: what each is scanned with (settings, excludes, `.leakproof.json`),
 * the validation loop (diagnostics.ts `Validator`), publishing when a document settles (push), and
 * answering pulls (`textDocument/diagnostic`) — never with a result stale for the current version.
 */
import { createHash } from 'node:crypto';
import { basename, dirname, relative, sep } from 'node:path';
import { DiagnosticSeverity, DocumentDiagnosticReportKind, type CancellationToken, type Diagnostic } from 'vscode-languageserver/node';
import { EMPTY_CONFIG } from '../engine/config.js';
import { configExcludeRule, excludedBy, settingExcludeRule } from '../project/exclude.js';
import { scannerSpec } from '../project/scannerFactory.js';
import { Validator, notScannedDiagnostic, rangesIn, skippedMessage, toDiagnostics, type ScanContext } from '../diagnostics.js';
import type { DocumentState } from '../documents.js';
import type { ScanExecutor } from '../scanning.js';
import { CONFIG_FILE } from '../project/configFile.js';
import type { ConfigFiles } from './configFiles.js';
import { fsPathOf, secretValue, type ServerState } from './state.js';

/** How long a pull waits for the document to settle before answering from the mapped cache. */
export const PULL_WAIT_MS = 3000;

interface Published {
  readonly version: number;
  readonly diagnostics: Diagnostic[];
  readonly resultId: string;
}

export class Publishing {
  private readonly published = new Map<string, Published>();
  private readonly lastContext = new Map<string, ScanContext>();
  /** Documents whose rescan nobody asked for (configuration, reconciliation): a pulling client is refreshed. */
  private readonly needsRefresh = new Set<string>();
  /** Documents whose pull was answered before they settled: the client must pull again. */
  private readonly unsettledAnswers = new Set<string>();
  private refreshTimer: unknown;
  private validatorInstance: Validator | undefined;

  constructor(
    private readonly state: ServerState,
    private readonly configFiles: ConfigFiles,
  ) {}

  /** Starts validating with `executor` (known after `initialize`). */
  start(executor: ScanExecutor): void {
    this.validatorInstance = new Validator({
      executor,
      timers: this.state.runtime.timers,
      contextFor: (state) => this.contextFor(state),
      settled: (state, context) => this.settled(state, context),
      log: this.state.log,
      backgroundRescan: (state) => this.state.caps.pull && this.needsRefresh.add(state.uri),
    });
    this.state.gitPlacements.onChanged = (path) => this.gitAnswerChanged(path);
    this.state.secretHistories.onChanged = (path) => this.gitAnswerChanged(path);
  }

  get validator(): Validator {
    if (!this.validatorInstance) throw new Error('the server is not initialized');
    return this.validatorInstance;
  }

  register(): void {
    const { state } = this;
    state.connection.languages.diagnostics.on(
      state.guard('textDocument/diagnostic', { kind: DocumentDiagnosticReportKind.Full, items: [] }, async (params, token) => {
        const uri = params.textDocument.uri;
        const doc = await this.settledState(uri, token, PULL_WAIT_MS);
        if (!doc) return { kind: DocumentDiagnosticReportKind.Full, items: state.workspaceResults.get(uri) ?? [] };
        const result = this.published.get(uri);
        if (!result || result.version !== doc.version) {
          // Still typing (or scanning): the last settled result may name a token deleted since.
          // Answer from the cache as it stands — findings mapped through every edit, those an edit
          // touched dropped — without a result id, and refresh once the document settles.
          this.unsettledAnswers.add(uri);
          const context = this.lastContext.get(uri);
          return { kind: DocumentDiagnosticReportKind.Full, items: context ? this.diagnosticsOf(doc, context) : [] };
        }
        if (params.previousResultId === result.resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: result.resultId };
        return { kind: DocumentDiagnosticReportKind.Full, resultId: result.resultId, items: result.diagnostics };
      }),
    );
  }

  /** The open document once no scan of it is due or running (or after `limitMs`, or cancellation). */
  async settledState(uri: string, token?: CancellationToken, limitMs = 10_000): Promise<DocumentState | undefined> {
    const doc = this.state.docs.get(uri);
    if (!doc) return undefined;
    await Promise.race([
      this.validator.whenIdle(uri),
      new Promise<void>((resolve) => {
        this.state.runtime.timers.setTimeout(resolve, limitMs);
        token?.onCancellationRequested(() => resolve());
      }),
    ]);
    return this.state.docs.get(uri);
  }

  async contextFor(doc: DocumentState): Promise<ScanContext> {
    const { state } = this;
    const settings = await state.settingsFor(doc.uri);
    if (!settings.enable) return { kind: 'skip', settings, reason: 'disabled' };
    const path = fsPathOf(doc.uri);
    const folder = state.folderOf(path);
    const relativePath = path && folder ? relative(folder.path, path).split(sep).join('/') : undefined;
    const dir = path ? dirname(path) : folder?.path;
    const loaded = dir ? state.configs.forDirectory(dir, folder?.path ?? dir) : undefined;
    this.configFiles.refreshErrors();
    const rules = [
      ...(folder ? [settingExcludeRule(folder.path, settings.exclude)] : []),
      ...(loaded ? [configExcludeRule(loaded.root, loaded.config)] : []),
    ];
    const excluded = path ? excludedBy(rules, path) : undefined;
    if (excluded) return { kind: 'skip', settings, reason: excluded };
    const length = doc.document.getText().length;
    const maxSize = Math.min(settings.maxFileSize, loaded?.config.scan.maxFileSize ?? Number.MAX_SAFE_INTEGER);
    if (length > maxSize) {
      return {
        kind: 'skip',
        settings,
        reason: 'too large',
        note: `Leakproof did not scan this file: ${length} characters exceeds the limit of ${maxSize} (setting leakproof.maxFileSize, or scan.maxFileSize in .leakproof.json).`,
      };
    }
    const spec = scannerSpec(loaded ?? { root: process.cwd(), config: EMPTY_CONFIG, hash: '' }, {
      ...(folder ? { folder: folder.path } : {}),
      toggles: settings.detectors,
      maxSize: settings.maxFileSize,
      ignorePathFilters: true,
    });
    const enginePath = relativePath ?? path;
    return { kind: 'scan', settings, spec, ...(enginePath !== undefined ? { path: enginePath } : {}) };
  }

  private diagnosticsOf(doc: DocumentState, context: ScanContext): Diagnostic[] {
    const path = fsPathOf(doc.uri);
    // A pulling client keeps pushed and pulled diagnostics apart: config problems travel by push
    // only (ConfigFiles), or an open broken file would list its error twice (issue 12 item 8).
    const configProblems = path && basename(path) === CONFIG_FILE && !this.state.caps.pull ? this.configFiles.errorDiagnostics(path) : [];
    if (doc.quarantined) {
      return [
        notScannedDiagnostic(
          `Leakproof stopped scanning this file: ${doc.quarantined}. Other files are not affected; this one is scanned again when it is reopened or the configuration changes.`,
          DiagnosticSeverity.Warning,
        ),
        ...configProblems,
      ];
    }
    if (context.kind === 'skip') return [...(context.note ? [notScannedDiagnostic(context.note)] : []), ...configProblems];
    const out = toDiagnostics(
      doc.findings,
      rangesIn((offset) => doc.document.positionAt(offset)),
      {
        settings: context.settings,
        docsBaseUri: this.state.docsBaseUri,
        uri: doc.uri,
        relatedInformation: this.state.caps.relatedInformation,
        placement: this.state.gitPlacements.get(path),
        historyOf: (finding) => this.state.secretHistories.get(path, secretValue(doc, finding)),
      },
    );
    const note = doc.skipped ? skippedMessage(doc.skipped) : undefined;
    if (note) out.push(notScannedDiagnostic(note));
    return [...out, ...configProblems];
  }

  private settled(doc: DocumentState, context: ScanContext): void {
    const { state } = this;
    this.lastContext.set(doc.uri, context);
    const diagnostics = this.diagnosticsOf(doc, context);
    // The result id names the content (a re-scan that changes nothing is "unchanged" to a pulling client).
    const resultId = createHash('sha1').update(JSON.stringify(diagnostics)).digest('hex').slice(0, 20);
    const previous = this.published.get(doc.uri);
    this.published.set(doc.uri, { version: doc.version, diagnostics, resultId });
    state.openDiagnostics.set(doc.uri, diagnostics);
    const same = previous?.version === doc.version && previous.resultId === resultId;
    if (!state.caps.pull) {
      if (!same) void state.connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
    } else {
      const answeredUnsettled = this.unsettledAnswers.delete(doc.uri);
      // A rescan the client did not trigger (configuration, reconciliation) changed something, or
      // the client holds an answer given before the document settled.
      if ((this.needsRefresh.delete(doc.uri) && previous?.resultId !== resultId) || answeredUnsettled) this.scheduleRefresh();
    }
    // The counts follow every settled scan at once: a fix shows in the status bar with its diagnostics.
    state.sendStatus();
  }

  /** Publishes again from the cache (presentation changed, not the findings). */
  republish(doc: DocumentState): void {
    const context = this.lastContext.get(doc.uri);
    if (context && doc.isClean) this.settled(doc, context);
  }

  /** git now says something else about an open file (ignored, tracked, in history): its severity and advice change. */
  private gitAnswerChanged(path: string): void {
    const doc = this.state.openDocumentAt(path);
    if (!doc) return;
    if (this.state.caps.pull) this.needsRefresh.add(doc.uri);
    this.republish(doc);
  }

  /** ConfigFileEvents.errorsChanged: an open config file shows its errors with its other diagnostics. */
  configErrorsChanged(path: string): boolean {
    if (this.state.caps.pull) return false; // pushed by ConfigFiles, see diagnosticsOf
    const doc = this.state.openDocumentAt(path);
    if (!doc) return false;
    this.republish(doc);
    return true;
  }

  private scheduleRefresh(): void {
    if (!this.state.caps.refresh || this.refreshTimer !== undefined) return;
    this.refreshTimer = this.state.runtime.timers.setTimeout(() => {
      this.refreshTimer = undefined;
      void this.state.connection.languages.diagnostics.refresh();
    }, 30);
  }

  /** Configuration or folders changed: every open document is scanned again from scratch. */
  revalidateAll(): void {
    const { state } = this;
    state.settingsCache.clear();
    for (const doc of state.docs.values()) {
      doc.quarantined = undefined;
      doc.invalidate();
      if (state.caps.pull) this.needsRefresh.add(doc.uri);
      this.validator.validateNow(doc);
    }
    state.sendStatus();
  }

  /** A document closed: forget what was published for it. */
  forget(uri: string): void {
    this.published.delete(uri);
    this.unsettledAnswers.delete(uri);
    this.state.openDiagnostics.delete(uri);
    this.lastContext.delete(uri);
    this.validator.closed(uri);
  }
}
