/**
 * The status-bar item: how many secrets Leakproof reports (click → a summary of the files), workspace
 * scan progress, configuration problems, and whether the server runs at all. The count is what the
 * Problems panel holds: VS Code's diagnostic collections (findings only, see `isFinding`), which carry
 * open documents and the workspace scan's other files alike. The server's `leakproof/status` comes right
 * after each scan's diagnostics, so a fix shows at once: it triggers a recount. (Taking the server's own
 * counts instead disagreed with the Problems panel in the VS Code suite, counting documents VS Code had
 * already dropped; the summary request still lists the server's view.)
 */
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE, type FindingData, type StatusParams } from '../../server/src/protocol.js';
import { COMMANDS } from './commandIds.js';

/** The client side of the state (discriminated union, rust-analyzer `ctx.ts` habit). */
export type ClientState =
  | { readonly kind: 'starting' }
  | { readonly kind: 'running' }
  | { readonly kind: 'stopped' }
  | { readonly kind: 'failed'; readonly message: string };

/** What tests (and the extension's API) can read of the item. */
export interface StatusSnapshot {
  readonly text: string;
  readonly tooltip: string;
  readonly command: string | undefined;
  readonly findings: number;
  readonly files: number;
  readonly client: ClientState['kind'];
  readonly server: StatusParams['state'];
}

export const PROBLEMS_COMMAND = 'workbench.actions.view.problems';

/** Clicking the item with findings: the list of files and counts (commands.ts). */
export const SUMMARY_COMMAND = COMMANDS.showSummary;

/**
 * A finding (a secret), as opposed to Leakproof's other diagnostics (a broken `.leakproof.json`, a
 * file not scanned): findings carry their FindingData (protocol.ts), which the language client
 * keeps on the diagnostic.
 */
export function isFinding(diagnostic: vscode.Diagnostic): boolean {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE) return false;
  const data = (diagnostic as vscode.Diagnostic & { data?: Partial<FindingData> }).data;
  return typeof data?.fingerprint === 'string';
}

/**
 * A finding in a local file git ignores and does not track (a `.env`): shown with Information
 * severity, and not counted as a leak — that is where local secrets belong (issue 12 item 1).
 */
export function isLocalOnly(diagnostic: vscode.Diagnostic): boolean {
  return isFinding(diagnostic) && (diagnostic as vscode.Diagnostic & { data?: Partial<FindingData> }).data?.localOnly === true;
}

const IDLE: StatusParams = { state: 'idle', failedDocuments: [], configErrors: [] };

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('leakproof.status', vscode.StatusBarAlignment.Left, 10);
  private readonly changed = new vscode.EventEmitter<StatusSnapshot>();
  private readonly disposables: vscode.Disposable[] = [this.item, this.changed];
  private client: ClientState = { kind: 'starting' };
  private server: StatusParams = IDLE;
  private findings = 0;
  private files = 0;
  /** Findings in local, git-ignored files: in the tooltip, not in the count. */
  private localOnly = 0;
  private recountTimer: NodeJS.Timeout | undefined;
  /** Fires after every repaint (tests wait on it instead of polling). */
  readonly onDidChange = this.changed.event;

  constructor() {
    this.item.name = 'Leakproof';
    // Diagnostics change in bursts (a workspace scan publishes file after file): recount once per burst.
    this.disposables.push(vscode.languages.onDidChangeDiagnostics(() => this.scheduleRecount()));
    this.recount();
    this.item.show();
  }

  setClientState(state: ClientState): void {
    this.client = state;
    if (state.kind !== 'running') this.server = IDLE;
    this.render();
  }

  /** From the server's `leakproof/status` notification. */
  setServerStatus(status: StatusParams): void {
    this.server = status;
    this.recount();
  }

  snapshot(): StatusSnapshot {
    const tooltip = this.item.tooltip;
    return {
      text: this.item.text,
      tooltip: typeof tooltip === 'string' ? tooltip : (tooltip?.value ?? ''),
      command: typeof this.item.command === 'string' ? this.item.command : this.item.command?.command,
      findings: this.findings,
      files: this.files,
      client: this.client.kind,
      server: this.server.state,
    };
  }

  /** Counts now (tests call it rather than wait for the burst to end). */
  recount(): void {
    let findings = 0;
    let files = 0;
    let localOnly = 0;
    for (const [, diagnostics] of vscode.languages.getDiagnostics()) {
      const local = diagnostics.filter(isLocalOnly).length;
      const ours = diagnostics.filter(isFinding).length - local;
      findings += ours;
      localOnly += local;
      if (ours > 0) files++;
    }
    this.findings = findings;
    this.localOnly = localOnly;
    this.files = files;
    this.render();
  }

  private scheduleRecount(): void {
    if (this.recountTimer) return;
    this.recountTimer = setTimeout(() => {
      this.recountTimer = undefined;
      this.recount();
    }, 100);
  }

  private render(): void {
    const count = plural(this.findings, 'secret');
    const where = plural(this.files, 'file');
    const lines: string[] = [];
    let text: string;
    let command: string = PROBLEMS_COMMAND;
    let background: string | undefined;

    switch (this.client.kind) {
      case 'starting':
        text = '$(loading~spin) Leakproof';
        lines.push('Leakproof: starting the scanner…');
        break;
      case 'stopped':
        text = '$(circle-slash) Leakproof';
        lines.push('Leakproof is stopped. Run "Leakproof: Restart Server" to start it again.');
        command = COMMANDS.showOutput;
        break;
      case 'failed':
        text = '$(error) Leakproof';
        lines.push(`Leakproof is not running: ${this.client.message}`, 'Click to show its output.');
        command = COMMANDS.showOutput;
        background = 'statusBarItem.errorBackground';
        break;
      case 'running': {
        const scanning = this.server.state === 'scanning';
        const progress = scanning && this.server.total ? ` ${this.server.done ?? 0}/${this.server.total}` : '';
        const icon = scanning ? '$(sync~spin)' : this.server.configErrors.length > 0 ? '$(warning)' : '$(shield)';
        text = this.findings === 0 && !scanning ? `${icon} No secrets` : `${icon} ${count}${progress}`;
        if (scanning) lines.push(`Leakproof: scanning the workspace${progress}… ${count} so far.`);
        else if (this.findings === 0)
          lines.push(
            'Leakproof: no hard-coded secrets in the files checked so far.',
            'Run "Leakproof: Scan Workspace" to check every file.',
          );
        else lines.push(`Leakproof: ${count} in ${where}.`);
        if (this.localOnly > 0)
          lines.push(`${plural(this.localOnly, 'secret')} in local, git-ignored files (not counted: that is where they belong).`);
        if (this.server.configErrors.length > 0) {
          lines.push('', 'Configuration problems (these files are ignored until fixed):', ...this.server.configErrors.map((e) => `• ${e}`));
          background = 'statusBarItem.warningBackground';
        }
        if (this.server.failedDocuments.length > 0) {
          lines.push('', `Not scanned (the scan was stopped): ${this.server.failedDocuments.length} open document(s).`);
        }
        if (this.findings > 0 || this.localOnly > 0) {
          lines.push('', 'Click for the list of files.');
          command = SUMMARY_COMMAND;
        }
        if (this.findings > 0) background ??= 'statusBarItem.warningBackground';
        break;
      }
    }
    this.item.text = text;
    this.item.tooltip = lines.join('\n');
    this.item.command = command;
    this.item.backgroundColor = background ? new vscode.ThemeColor(background) : undefined;
    this.changed.fire(this.snapshot());
  }

  dispose(): void {
    if (this.recountTimer) clearTimeout(this.recountTimer);
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
  }
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
