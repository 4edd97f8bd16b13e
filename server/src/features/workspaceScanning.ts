/**
 * The workspace scan (a command and a request): every file of the workspace folders scanned in
 * workers, with progress and cancellation; its diagnostics are shown for files that are not open,
 * and a file closed after the scan is scanned again from disk so its entry stays true.
 */
import {
  ClearWorkspaceResultsRequest,
  ScanWorkspaceRequest,
  type LeakproofSettings,
  type ScanWorkspaceParams,
  type ScanWorkspaceResult,
} from '../protocol.js';
import { CancellationToken, WorkDoneProgress, type Diagnostic, type WorkDoneProgressServerReporter } from 'vscode-languageserver/node';
import { fileUri } from '../codeActions.js';
import { rangesIn, toDiagnostics } from '../diagnostics.js';
import { DocumentState } from '../documents.js';
import type { FileResult, FolderSettings, WorkspaceScan } from '../workspaceScan.js';
import type { Publishing } from './publishing.js';
import { fsPathOf, type ServerState } from './state.js';
import type { WorkerHost } from './workerHost.js';

/**
 * How long after `initialized` the start-up scan waits before it looks at the open documents: an
 * editor sends the didOpens of the files it shows right after `initialized` (VS Code does, in the
 * same burst), and those must be scanned first.
 */
export const STARTUP_SCAN_DELAY_MS = 300;

export class WorkspaceScanning {
  private active: WorkspaceScan | undefined;
  /** Scans started so far: the start-up scan is dropped once someone asked for a scan. */
  private started = 0;

  constructor(
    private readonly state: ServerState,
    private readonly publishing: Publishing,
    private readonly workers: WorkerHost,
  ) {}

  register(): void {
    const { state } = this;
    state.connection.onRequest(
      ScanWorkspaceRequest,
      state.guard(
        'scanWorkspace',
        { files: 0, findings: 0, filesWithFindings: 0, skipped: 0, durationMs: 0, cancelled: true },
        (params, token) => this.scanWorkspace(params, token),
      ),
    );
    state.connection.onRequest(
      ClearWorkspaceResultsRequest,
      state.guard('clearWorkspaceResults', undefined, () => {
        for (const uri of state.workspaceResults.keys()) state.clearUnlessOpen(uri);
        state.workspaceResults.clear();
        state.sendStatus();
      }),
    );
  }

  cancel(): void {
    this.active?.cancel();
  }

  /**
   * The start-up scan, behind the open documents (issue 12 item 5): it waits STARTUP_SCAN_DELAY_MS
   * for the editor's first didOpens, then until every open document's scan has settled, so the
   * first squiggle never shares the machine with the workspace's workers. No progress UI: the
   * status notification says it is scanning.
   */
  scanAfterOpenDocuments(): void {
    const { state } = this;
    const startedBefore = this.started;
    state.runtime.timers.setTimeout(() => {
      void state.guard('startup workspace scan', undefined, async () => {
        for (;;) {
          const busy = [...state.docs.keys()].filter((uri) => this.publishing.validator.isBusy(uri));
          if (busy.length === 0) break;
          await Promise.all(busy.map((uri) => this.publishing.validator.whenIdle(uri)));
        }
        if (state.shuttingDown || this.started !== startedBefore || state.folders.length === 0) return;
        const result = await this.scanWorkspace({}, CancellationToken.None, { startup: true });
        state.log(
          `start-up workspace scan: ${result.findings} finding(s) in ${result.filesWithFindings} of ${result.files} files (${result.durationMs} ms)${result.cancelled ? ', cancelled' : ''}`,
        );
      })();
    }, STARTUP_SCAN_DELAY_MS);
  }

  /** A file the workspace scan reported was closed: its entry now reflects the disk again. */
  async rescanClosedFile(uri: string, path: string): Promise<void> {
    const { state } = this;
    const read = state.disk.read(path);
    if (!read) {
      state.workspaceResults.delete(uri);
      void state.connection.sendDiagnostics({ uri, diagnostics: [] });
      return;
    }
    const doc = new DocumentState(uri, '', 0, read.text);
    const context = await this.publishing.contextFor(doc);
    if (context.kind === 'skip') {
      state.workspaceResults.delete(uri);
      void state.connection.sendDiagnostics({ uri, diagnostics: [] });
      return;
    }
    const plan = doc.takePlan()!;
    try {
      const results = await this.workers.executor.scan({
        spec: { ...context.spec, ignorePathFilters: false },
        text: plan.text,
        ...(context.path !== undefined ? { path: context.path } : {}),
      });
      doc.applyResult(plan.id, results);
    } catch {
      return;
    }
    if (state.docs.has(uri)) return; // reopened meanwhile
    const diagnostics = toDiagnostics(
      doc.findings,
      rangesIn((o) => doc.document.positionAt(o)),
      {
        settings: context.settings,
        docsBaseUri: state.docsBaseUri,
        uri,
        relatedInformation: state.caps.relatedInformation,
        fromWorkspaceScan: true,
      },
    );
    if (diagnostics.length > 0) state.workspaceResults.set(uri, diagnostics);
    else state.workspaceResults.delete(uri);
    void state.connection.sendDiagnostics({ uri, diagnostics });
  }

  async scanWorkspace(
    params: ScanWorkspaceParams,
    token: CancellationToken,
    options: { startup?: boolean } = {},
  ): Promise<ScanWorkspaceResult> {
    const { state } = this;
    const { connection } = state;
    const started = Date.now();
    this.started++;
    this.active?.cancel();
    const scan = this.workers.workspaceScan();
    const targets = (params.folders ?? state.folders.map((f) => f.uri)).flatMap((uri) => {
      const path = fsPathOf(uri);
      return path ? [{ uri, path }] : [];
    });
    const folderSettings: FolderSettings[] = [];
    const settingsByFolder = new Map<string, LeakproofSettings>();
    for (const target of targets) {
      const settings = await state.settingsFor(target.uri);
      if (!settings.enable) continue;
      settingsByFolder.set(target.path, settings);
      folderSettings.push({
        folder: target.path,
        exclude: settings.exclude,
        maxFileSize: settings.maxFileSize,
        toggles: settings.detectors,
      });
    }

    let reporter: WorkDoneProgressServerReporter | undefined;
    const title = 'Leakproof: scanning the workspace';
    let progressToken = params.workDoneToken;
    if (progressToken !== undefined) {
      void connection.sendProgress(WorkDoneProgress.type, progressToken, { kind: 'begin', title, cancellable: true, percentage: 0 });
    } else if (state.caps.workDoneProgress && !options.startup) {
      try {
        reporter = await connection.window.createWorkDoneProgress();
        reporter.begin(title, 0, undefined, true);
      } catch {
        reporter = undefined;
      }
    }
    this.active = scan;
    const fresh = new Map<string, Diagnostic[]>();
    let findings = 0;
    let lastReport = 0;
    state.scanning = { done: 0, total: 0 };
    state.sendStatus();
    let outcome;
    try {
      outcome = await scan.run(folderSettings, {
        isCancelled: () => token.isCancellationRequested || reporter?.token.isCancellationRequested === true || state.shuttingDown,
        onCancel: (cancel) => {
          token.onCancellationRequested(cancel);
          reporter?.token.onCancellationRequested(cancel);
        },
        progress: (done, total) => {
          state.scanning = { done, total };
          const now = Date.now();
          if (now - lastReport < 100 && done !== total) return;
          lastReport = now;
          const percentage = total === 0 ? 100 : Math.floor((done / total) * 100);
          const message = `${done}/${total} files`;
          if (progressToken !== undefined)
            void connection.sendProgress(WorkDoneProgress.type, progressToken, { kind: 'report', message, percentage, cancellable: true });
          else reporter?.report(percentage, message);
          state.sendStatus();
        },
        file: (result: FileResult, folder: FolderSettings) => {
          const uri = fileUri(result.path);
          const settings = settingsByFolder.get(folder.folder) ?? state.globalSettings;
          const rangesByFinding = new Map(result.findings.map((f, i) => [f, result.ranges[i] ?? []]));
          const diagnostics = toDiagnostics(result.findings, (f) => rangesByFinding.get(f) ?? [], {
            settings,
            docsBaseUri: state.docsBaseUri,
            uri,
            relatedInformation: state.caps.relatedInformation,
            fromWorkspaceScan: true,
          });
          findings += diagnostics.length;
          if (diagnostics.length === 0) {
            // Fixed since the last scan: its entry goes now, not when the whole scan ends.
            if (state.workspaceResults.delete(uri)) {
              state.clearUnlessOpen(uri);
              state.sendStatus();
            }
            return;
          }
          fresh.set(uri, diagnostics);
          // Counted as it is found: the status bar's count grows with the scan.
          state.workspaceResults.set(uri, diagnostics);
          const openUri = state.uriByPath.get(result.path);
          if (!openUri || !state.docs.has(openUri)) void connection.sendDiagnostics({ uri, diagnostics });
          state.sendStatus();
        },
      });
    } finally {
      if (this.active === scan) this.active = undefined;
      state.scanning = undefined;
      if (progressToken !== undefined) void connection.sendProgress(WorkDoneProgress.type, progressToken, { kind: 'end' });
      reporter?.done();
      progressToken = undefined;
      state.sendStatus();
    }
    if (!outcome.cancelled) {
      // Files the scan no longer reaches (deleted, excluded since): their entries go.
      for (const uri of [...state.workspaceResults.keys()])
        if (!fresh.has(uri)) {
          state.clearUnlessOpen(uri);
          state.workspaceResults.delete(uri);
        }
    }
    state.sendStatus();
    return {
      files: outcome.files,
      findings,
      filesWithFindings: fresh.size,
      skipped: outcome.skipped,
      durationMs: Date.now() - started,
      cancelled: outcome.cancelled,
    };
  }
}
