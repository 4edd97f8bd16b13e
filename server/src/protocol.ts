/**
 * The contract between the Leakproof language server and its clients (the VS Code extension, Neovim,
 * any LSP client): every custom request, notification and command, every setting, the shape of
 * `Diagnostic.data`, and the documentation-anchor function. One typed file, imported by both sides
 * (vscode-eslint `$shared/customMessages.ts` habit). Each message says which way it travels.
 *
 * Rules for this file: no imports of server-only or client-only modules (it is bundled into both);
 * only `vscode-languageserver-protocol`, which vscode-languageserver 9 and vscode-languageclient 9
 * both depend on (LSP 3.17).
 *
 * Security: nothing defined here ever carries a secret value. Diagnostics and hovers show redacted
 * values (`ghp_Xk********`); identities are salted hashes (`scrypt:…`, or `hmac:…` for random tokens).
 */
import { NotificationType, RequestType, type WorkDoneProgressParams, type PartialResultParams } from 'vscode-languageserver-protocol';

/** `Diagnostic.source` of every Leakproof diagnostic (clients tell ours from others' by it). */
export const DIAGNOSTIC_SOURCE = 'leakproof';

/** Server name reported in `initialize` → `serverInfo.name`. */
export const SERVER_NAME = 'leakproof-language-server';

// ---------------------------------------------------------------------------------------------
// Documentation anchors
// ---------------------------------------------------------------------------------------------

/**
 * The anchor of a detector's section in `docs/detectors.md`: its id with every run of
 * non-alphanumerics replaced by `-`, lower-cased (`github.pat-classic` → `github-pat-classic`).
 * The docs generator writes `<a id="${detectorAnchor(id)}"></a>` before each section, so the link
 * does not depend on how a Markdown renderer slugifies headings.
 */
export function detectorAnchor(detectorId: string): string {
  return detectorId
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** `docsBaseUri` + `#` + anchor: what `Diagnostic.codeDescription.href` and hovers link to. */
export function detectorDocUri(docsBaseUri: string, detectorId: string): string {
  return `${docsBaseUri.replace(/#.*$/, '')}#${detectorAnchor(detectorId)}`;
}

// ---------------------------------------------------------------------------------------------
// Initialization options (client → server, in `initialize.params.initializationOptions`)
// ---------------------------------------------------------------------------------------------

export interface InitializationOptions {
  /**
   * URI of `docs/detectors.md` (file: or https:), without fragment. Defaults to the file URI of
   * `../docs/detectors.md` relative to the server bundle (`dist/server.js`).
   */
  readonly docsBaseUri?: string;
  /**
   * A scan that does not finish within this many milliseconds is stopped (its worker is ended and
   * restarted) and the document is reported as not scanned. Default 15000. Tests lower it.
   */
  readonly scanTimeoutMs?: number;
  /** Settings to use when the client cannot answer `workspace/configuration` (e.g. Neovim 0.7). */
  readonly settings?: Partial<LeakproofSettings>;
  /**
   * Scan every workspace folder once the documents open at start-up have their diagnostics, so the
   * Problems panel and the counts cover files nobody opened. Default false (a plain LSP client opts
   * in); the VS Code extension passes its `leakproof.scanWorkspaceOnStartup` setting (default true).
   */
  readonly scanWorkspaceOnStartup?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Settings: section `leakproof`, read per resource with `workspace/configuration`
// ---------------------------------------------------------------------------------------------

export const SETTINGS_SECTION = 'leakproof';

/** A diagnostic severity a user can pick; `off` hides the findings. */
export type SeveritySetting = 'error' | 'warning' | 'information' | 'hint' | 'off';

export interface LeakproofSettings {
  /** Scan at all (per resource: a folder can turn Leakproof off). Default true. */
  readonly enable: boolean;
  readonly severity: {
    /** Provider-specific detectors (a GitHub token, an AWS key). Default `error`. */
    readonly specific: SeveritySetting;
    /** Generic detectors (a password assigned to `password`). Default `warning`. */
    readonly generic: SeveritySetting;
    /** Findings in test files/folders: `lower` (one step below the above, the default) or a fixed level. */
    readonly testFile: SeveritySetting | 'lower';
  };
  /** Delay between the last keystroke and the scan, in ms. Default 150. */
  readonly debounceMs: number;
  /** Globs (relative to the workspace folder) of files never scanned, on top of `.leakproof.json` `scan.exclude`. */
  readonly exclude: readonly string[];
  /** Files larger than this (bytes; UTF-16 code units for open buffers) are not scanned. Default 10 MiB. */
  readonly maxFileSize: number;
  /** Turn detectors on or off by id, on top of `.leakproof.json` (`{"generic.password": false}`). */
  readonly detectors: Readonly<Record<string, boolean>>;
  /** Scan while typing (`onType`, the default) or only when a document is opened or saved (`onSave`). */
  readonly run: 'onType' | 'onSave';
}

export const DEFAULT_SETTINGS: LeakproofSettings = {
  enable: true,
  severity: { specific: 'error', generic: 'warning', testFile: 'lower' },
  debounceMs: 150,
  exclude: [],
  maxFileSize: 10 * 1024 * 1024,
  detectors: {},
  run: 'onType',
};

// ---------------------------------------------------------------------------------------------
// Diagnostic.data (server → client, echoed back in codeAction context)
// ---------------------------------------------------------------------------------------------

/**
 * What a Leakproof diagnostic carries in `data`: enough for code actions and clients' own UI, and
 * never the secret. The server does not trust it blindly: it looks the finding up in its cache.
 */
export interface FindingData {
  /** Detector id + salted hash of the secret: the finding's identity, stable when lines move. */
  readonly fingerprint: string;
  /** Salted, slow hash of the secret value alone: what `.leakproof.json` `allowlist[].hash` stores. */
  readonly secretHash: string;
  readonly detectorId: string;
  readonly kind: 'specific' | 'generic';
  /** True when the finding is in a test file (its severity was lowered). */
  readonly testFile: boolean;
  /** Set on diagnostics of files that are not open (workspace scan). */
  readonly fromWorkspaceScan?: boolean;
  /** Set when the file is git-ignored and untracked (a local `.env`): Information, not counted as a leak. */
  readonly localOnly?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Custom requests and notifications
// ---------------------------------------------------------------------------------------------

export interface ScanWorkspaceParams extends WorkDoneProgressParams, PartialResultParams {
  /** Folder URIs to scan; default: every workspace folder. */
  readonly folders?: readonly string[];
}

export interface ScanWorkspaceResult {
  /** Files read and scanned. */
  readonly files: number;
  /** Findings reported (allowlisted ones not counted). */
  readonly findings: number;
  /** Files that had at least one finding. */
  readonly filesWithFindings: number;
  /** Files left out (binary, too large, excluded …) or whose scan failed or timed out. */
  readonly skipped: number;
  readonly durationMs: number;
  /** True when the scan was cancelled (partial results stay published). */
  readonly cancelled: boolean;
}

/**
 * client → server request: scan every file of the workspace folders (honouring `.gitignore`,
 * `.leakproof.json` and the `exclude` setting) and publish diagnostics for files that are not open,
 * so they appear in the Problems panel. Reports `$/progress` on `workDoneToken` when given, else on
 * a server-created progress when the client supports `window.workDoneProgress`. Cancellable
 * (`$/cancelRequest`, or the progress' cancel button). A new scan replaces the previous one's results.
 */
export const ScanWorkspaceRequest = new RequestType<ScanWorkspaceParams, ScanWorkspaceResult, void>('leakproof/scanWorkspace');

/** client → server request: forget the workspace scan's results (their diagnostics are cleared). */
export const ClearWorkspaceResultsRequest = new RequestType<void, void, void>('leakproof/clearWorkspaceResults');

export interface StatusParams {
  /** `idle`, or `scanning` while a workspace scan runs. */
  readonly state: 'idle' | 'scanning';
  /** Progress of the workspace scan: files done / total (only while scanning). */
  readonly done?: number;
  readonly total?: number;
  /** Open documents whose last scan was stopped (timeout or crash) and that are not scanned now. */
  readonly failedDocuments: readonly string[];
  /** Problems with `.leakproof.json` files, as `file:line:column: problem` (empty when all parse). */
  readonly configErrors: readonly string[];
  /**
   * Findings reported now: open documents (their latest diagnostics) and the workspace scan's files
   * that are not open. Sent again as soon as it changes (a fix, a scanned file, a close).
   */
  readonly findings?: FindingCounts;
}

export interface FindingCounts {
  /** Findings that count as leaks (local, git-ignored files left out). */
  readonly secrets: number;
  /** Files with at least one such finding. */
  readonly files: number;
  /** Findings in local files git ignores and does not track (a `.env`): listed, not counted as leaks. */
  readonly localOnly: number;
}

/** server → client notification: scanner state for a status bar (sent when it changes). */
export const StatusNotification = new NotificationType<StatusParams>('leakproof/status');

/** One file in the findings summary. */
export interface FileFindings {
  readonly uri: string;
  /** Path relative to its workspace folder (`/`-separated), else the URI's path; for display. */
  readonly label: string;
  readonly secrets: number;
  readonly localOnly: number;
  /** Where the first finding starts (0-based), to reveal it. */
  readonly line: number;
  readonly character: number;
  /** Detector ids found in the file, most frequent first. */
  readonly detectors: readonly string[];
  /** `open` when the counts come from the open document, `workspace` from the workspace scan. */
  readonly from: 'open' | 'workspace';
}

export interface FindingsSummary extends FindingCounts {
  /** Files with findings, most findings first. */
  readonly entries: readonly FileFindings[];
}

/** client → server request: every file with findings now, with counts (what the status bar's click lists). */
export const FindingsSummaryRequest = new RequestType<void, FindingsSummary, void>('leakproof/findingsSummary');

// ---------------------------------------------------------------------------------------------
// Commands (workspace/executeCommand, client → server). They are listed in the server's
// `executeCommandProvider`; vscode-languageclient registers them as VS Code commands by itself, so
// the extension must NOT register these ids (it may call them with `vscode.commands.executeCommand`).
// ---------------------------------------------------------------------------------------------

export const Commands = {
  /** `[]` → runs ScanWorkspaceRequest for every folder (for clients without custom-request support). */
  scanWorkspace: 'leakproof.server.scanWorkspace',
  /** `[detectorId: string]` → opens the detector's documentation (`window/showDocument`, else a message with the link). */
  openDocumentation: 'leakproof.server.openDocumentation',
  /**
   * `[MoveToEnvArgs]` → "Move to an environment variable" for clients without `codeAction/resolve`:
   * the server computes the edit (it holds the value for `.env`) and sends `workspace/applyEdit`.
   */
  moveToEnv: 'leakproof.server.moveToEnv',
  /**
   * `[CreateFilesArgs]` → for clients that cannot create files through a WorkspaceEdit: the server
   * creates `.leakproof.json`, `.env` or `.gitignore` inside a workspace folder, only if missing.
   */
  createFiles: 'leakproof.server.createFiles',
} as const;

export const SERVER_COMMANDS: readonly string[] = Object.values(Commands);

export interface MoveToEnvArgs {
  readonly uri: string;
  readonly version: number;
  readonly fingerprint: string;
  /** Start offset of the finding (tells apart two findings of the same secret). */
  readonly offset: number;
}

export interface CreateFilesArgs {
  readonly files: readonly { readonly uri: string; readonly content: string }[];
}

/** `CodeAction.data` of actions resolved lazily (`codeAction/resolve`). */
export type CodeActionData = { readonly kind: 'moveToEnv' } & MoveToEnvArgs;

/** Titles of the quick fixes (prefixes; tests and client UIs may match on them). */
export const CodeActionTitles = {
  allowLine: 'Allow this secret on this line',
  allowEverywhere: 'Allow this secret everywhere',
  ignorePath: 'Ignore files matching',
  disableDetector: 'Disable detector',
  moveToEnv: 'Move to an environment variable',
  learn: 'Learn about',
} as const;
