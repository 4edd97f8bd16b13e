/**
 * The one message protocol between the language server and its worker threads (internal; not LSP).
 * Open documents and the workspace scan use the same worker script and the same messages, each in
 * its own thread so a long workspace scan never delays a keystroke's diagnostics.
 *
 * Every request carries an id; every reply names it. A worker sends `begin` when it starts on an
 * item: the watchdog (watchedWorker.ts) counts the item's time from there, so start-up and scanner
 * construction do not eat a scan's budget.
 */
import type { Range as LspRange } from 'vscode-languageserver';
import type { Finding, Range, ScanResult } from './engine/index.js';
import type { ScannerSpec } from './project/scannerFactory.js';

/** Marks a worker thread of the server bundle (workerData.role). */
export const WORKER_ROLE = 'leakproof-worker';

export interface ScanRequest {
  readonly spec: ScannerSpec;
  readonly text: string;
  /** Path relative to `spec.folder` (or absolute): pre-validators, insights, allowlist globs. */
  readonly path?: string;
  /** Regions to rescan; absent: the whole document. */
  readonly regions?: readonly Range[];
  /** With regions: the keywords known to occur in the document (DocumentState.keywords). */
  readonly documentKeywords?: readonly string[];
}

/** A workspace folder as the workspace scan sees it. */
export interface FolderSettings {
  readonly folder: string;
  readonly exclude: readonly string[];
  readonly maxFileSize: number;
  readonly toggles: Readonly<Record<string, boolean>>;
}

/** What the main thread needs per file of a workspace scan. */
export interface FileResult {
  readonly path: string;
  readonly findings: readonly Finding[];
  /** LSP ranges of each finding's matches (index-aligned). */
  readonly ranges: readonly LspRange[][];
  readonly skipped?: string;
}

export type ToWorker =
  /** Build a scanner before the first document needs it (no reply). */
  | { readonly type: 'warm'; readonly spec: ScannerSpec }
  /** Scan one document's text → `begin`, `result`. */
  | { readonly type: 'scan'; readonly id: number; readonly request: ScanRequest }
  /** List a workspace folder's files → `listed`. */
  | { readonly type: 'list'; readonly id: number; readonly folder: FolderSettings }
  /** Read and scan files from disk → (`begin`, `file`) per file, then `done`. */
  | { readonly type: 'scan-files'; readonly id: number; readonly folder: FolderSettings; readonly files: readonly string[] };

export type FromWorker =
  | { readonly type: 'begin'; readonly id: number; readonly path?: string }
  | { readonly type: 'result'; readonly id: number; readonly results: ScanResult[] }
  | { readonly type: 'listed'; readonly id: number; readonly files: readonly string[]; readonly skipped: number }
  | { readonly type: 'file'; readonly id: number; readonly result: FileResult }
  | { readonly type: 'done'; readonly id: number }
  | { readonly type: 'error'; readonly id: number; readonly message: string };

/** The worker's end of a message port (parentPort, or a test double). */
export interface WorkerPort {
  on(event: 'message', listener: (message: ToWorker) => void): void;
  postMessage(message: FromWorker): void;
}
