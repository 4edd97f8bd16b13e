/**
 * Workspace scan: every file of the workspace folders (honouring `.gitignore`, `.leakproof.json`
 * and the `exclude` setting), so that files nobody opened still land in the Problems panel.
 *
 * The files are read and scanned in a worker thread (the editor's own scans keep their worker and
 * stay responsive). A watchdog ends the worker when one file takes too long; that file is counted
 * as failed and the scan goes on in a new worker. Cancelling ends the worker at once.
 */
import { dirname, relative, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Range as LspRange } from 'vscode-languageserver';
import { LineIndex, type Finding } from './engine/index.js';
import { ConfigCache } from './project/configFile.js';
import { configExcludeRule, excludedBy, settingExcludeRule, type ExcludeRule } from './project/exclude.js';
import { listFiles } from './project/fileListing.js';
import { decodeFile, describeFailedRead, readRegularFile } from './project/fileReader.js';
import { scannerSpec } from './project/scannerFactory.js';
import { serverScannerCache } from './scanning.js';

export const WORKSPACE_WORKER_MARKER = 'leakproof-workspace-worker';

/** What the main thread needs per scanned file. */
export interface FileResult {
  readonly path: string;
  readonly findings: readonly Finding[];
  /** LSP ranges of each finding's matches (index-aligned). */
  readonly ranges: readonly LspRange[][];
  readonly skipped?: string;
}

export interface FolderSettings {
  readonly folder: string;
  readonly exclude: readonly string[];
  readonly maxFileSize: number;
  readonly toggles: Readonly<Record<string, boolean>>;
}

type ToWorker =
  | { readonly type: 'list'; readonly id: number; readonly folder: FolderSettings }
  | { readonly type: 'scan'; readonly id: number; readonly folder: FolderSettings; readonly files: readonly string[] };

type FromWorker =
  | { readonly type: 'listed'; readonly id: number; readonly files: readonly string[]; readonly skipped: number }
  | { readonly type: 'begin'; readonly id: number; readonly path: string }
  | { readonly type: 'file'; readonly id: number; readonly result: FileResult }
  | { readonly type: 'done'; readonly id: number }
  | { readonly type: 'error'; readonly id: number; readonly message: string };

// ---------------------------------------------------------------------------------------------
// Worker side
// ---------------------------------------------------------------------------------------------

/** Never worth a workspace scan, even when a repository tracks them. */
const THIRD_PARTY: ExcludeRule = { base: '/', globs: ['**/node_modules/**', '**/.git/**'], reason: 'third-party folder' };

export function runWorkspaceWorker(port: {
  on(event: 'message', listener: (message: ToWorker) => void): void;
  postMessage(message: FromWorker): void;
}): void {
  const configs = new ConfigCache();
  const scanners = serverScannerCache(4);
  const toFolder = (folder: string, path: string) => relative(folder, path).split(sep).join('/');

  /** The exclude check for a folder's files: third-party folders, the setting, and the nearest config's `scan.exclude`. */
  const excluded = (settings: FolderSettings) => {
    const fixed = [{ ...THIRD_PARTY, base: settings.folder }, settingExcludeRule(settings.folder, settings.exclude)];
    return (absolute: string, isDirectory: boolean): boolean => {
      const loaded = configs.forDirectory(isDirectory ? absolute : dirname(absolute), settings.folder);
      return excludedBy([...fixed, configExcludeRule(loaded.root, loaded.config)], absolute, isDirectory) !== undefined;
    };
  };

  port.on('message', (message) => {
    const { id } = message;
    try {
      if (message.type === 'list') {
        const listed = listFiles([message.folder.folder], { gitignore: true, exclude: excluded(message.folder) });
        // A file whose name is not valid UTF-8 has no document URI an editor could open: counted as skipped.
        const named = listed.files.flatMap((f) => (typeof f.absolute === 'string' ? [f.absolute] : []));
        port.postMessage({ type: 'listed', id, files: named, skipped: listed.skipped.length + listed.files.length - named.length });
        return;
      }
      const { folder } = message;
      for (const path of message.files) {
        port.postMessage({ type: 'begin', id, path });
        port.postMessage({ type: 'file', id, result: scanFile(path, folder) });
      }
      port.postMessage({ type: 'done', id });
    } catch (error) {
      port.postMessage({ type: 'error', id, message: (error as Error).message });
    }
  });

  function scanFile(path: string, folder: FolderSettings): FileResult {
    const empty = (skipped: string): FileResult => ({ path, findings: [], ranges: [], skipped });
    const loaded = configs.forDirectory(dirname(path), folder.folder);
    const scanner = scanners.get(
      scannerSpec(loaded, { folder: folder.folder, toggles: folder.toggles, maxSize: folder.maxFileSize, ignorePathFilters: false }),
    );
    const relativePath = toFolder(folder.folder, path);
    // Binaries, third-party folders and low-value files are skipped by path, before a byte is read.
    const pathSkip = scanner.skipForPath(relativePath);
    if (pathSkip) return empty(`${pathSkip.reason}: ${pathSkip.detail}`);
    const maxSize = scanner.options.maxSize;
    const read = readRegularFile(path, maxSize);
    if (read.kind !== 'bytes')
      return empty(read.kind === 'too-large' ? `too large (${read.size} bytes)` : describeFailedRead(read, maxSize));
    const decoded = decodeFile(read.bytes);
    if (decoded.kind === 'binary') return empty('binary content');
    const text = decoded.text;
    const result = scanner.scan({ text, path: relativePath });
    const lines = new LineIndex(text);
    const ranges = result.findings.map((f) =>
      f.matches.map((m) => ({ start: lines.position(m.range[0]), end: lines.position(m.range[1]) })),
    );
    return {
      path,
      findings: result.findings,
      ranges,
      ...(result.skipped ? { skipped: `${result.skipped.reason}: ${result.skipped.detail}` } : {}),
    };
  }
}

// ---------------------------------------------------------------------------------------------
// Main side
// ---------------------------------------------------------------------------------------------

export interface WorkspaceScanOptions {
  readonly script: string;
  /** No word from the worker for this long: the file being scanned is given up on. */
  readonly timeoutMs: number;
  readonly batchSize?: number;
  readonly log?: (message: string) => void;
}

export interface WorkspaceScanHooks {
  isCancelled(): boolean;
  onCancel(listener: () => void): void;
  progress(done: number, total: number): void;
  file(result: FileResult, folder: FolderSettings): void;
}

export interface WorkspaceScanOutcome {
  readonly files: number;
  readonly skipped: number;
  readonly cancelled: boolean;
}

class Cancelled extends Error {}

/** One run over some folders; `run` resolves when done or cancelled. */
export class WorkspaceScan {
  private worker: Worker | undefined;
  private pending:
    { id: number; onMessage: (message: FromWorker) => void; reject: (error: Error) => void; timer?: NodeJS.Timeout } | undefined;
  private nextId = 1;
  private cancelled = false;

  constructor(private readonly options: WorkspaceScanOptions) {}

  async run(folders: readonly FolderSettings[], hooks: WorkspaceScanHooks): Promise<WorkspaceScanOutcome> {
    hooks.onCancel(() => this.cancel());
    let files = 0;
    let skipped = 0;
    try {
      const lists: { folder: FolderSettings; files: readonly string[] }[] = [];
      for (const folder of folders) {
        const listed = await this.request({ type: 'list', id: this.nextId++, folder }, (m) => (m.type === 'listed' ? m : undefined));
        skipped += listed.skipped;
        lists.push({ folder, files: listed.files });
      }
      const total = lists.reduce((n, l) => n + l.files.length, 0);
      let done = 0;
      hooks.progress(0, total);
      for (const { folder, files: paths } of lists) {
        const batchSize = this.options.batchSize ?? 32;
        for (let start = 0; start < paths.length; start += batchSize) {
          let queue = paths.slice(start, start + batchSize);
          while (queue.length > 0) {
            if (this.cancelled || hooks.isCancelled()) throw new Cancelled();
            let current: string | undefined;
            const finished: string[] = [];
            try {
              await this.request({ type: 'scan', id: this.nextId++, folder, files: queue }, (m) => {
                if (m.type === 'begin') current = m.path;
                if (m.type === 'file') {
                  finished.push(m.result.path);
                  files++;
                  if (m.result.skipped) skipped++;
                  hooks.file(m.result, folder);
                  hooks.progress(++done, total);
                }
                return m.type === 'done' ? true : undefined;
              });
              queue = [];
            } catch (error) {
              if (error instanceof Cancelled) throw error;
              // The worker hung or died on `current`: count it, go on with the rest in a new worker.
              this.options.log?.(`workspace scan: gave up on a file (${(error as Error).message})`);
              const failed = current ?? queue[finished.length];
              if (failed) {
                skipped++;
                hooks.file({ path: failed, findings: [], ranges: [], skipped: (error as Error).message }, folder);
                hooks.progress(++done, total);
              }
              queue = queue.filter((p) => p !== failed && !finished.includes(p));
            }
          }
        }
      }
      return { files, skipped, cancelled: false };
    } catch (error) {
      if (error instanceof Cancelled) return { files, skipped, cancelled: true };
      throw error;
    } finally {
      this.stopWorker();
    }
  }

  cancel(): void {
    this.cancelled = true;
    const pending = this.pending;
    this.pending = undefined;
    this.stopWorker();
    if (pending) {
      clearTimeout(pending.timer);
      pending.reject(new Cancelled());
    }
  }

  private stopWorker(): void {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) void worker.terminate();
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.options.script, {
      workerData: { role: WORKSPACE_WORKER_MARKER },
      resourceLimits: { maxOldGenerationSizeMb: 2048 },
      stdout: true,
      stderr: true,
    });
    worker.stdout.resume();
    worker.stderr.resume();
    worker.on('message', (message: FromWorker) => {
      if (worker === this.worker && this.pending && message.id === this.pending.id) this.pending.onMessage(message);
    });
    const died = (why: string) => {
      if (worker !== this.worker) return;
      this.worker = undefined;
      const pending = this.pending;
      this.pending = undefined;
      if (pending) {
        clearTimeout(pending.timer);
        pending.reject(new Error(why));
      }
    };
    worker.on('error', (error: Error) => died(`the scanner crashed: ${error.message}`));
    worker.on('exit', (code) => died(`the scanner stopped (exit code ${code})`));
    worker.unref();
    this.worker = worker;
    return worker;
  }

  /** Sends a message and feeds replies to `accept` until it returns a value; a silence past the timeout fails. */
  private request<T>(message: ToWorker, accept: (reply: FromWorker) => T | undefined): Promise<T> {
    if (this.cancelled) return Promise.reject(new Cancelled());
    return new Promise<T>((resolvePromise, reject) => {
      const worker = this.ensureWorker();
      const fail = (error: Error) => {
        if (this.pending?.id !== message.id) return;
        clearTimeout(this.pending.timer);
        this.pending = undefined;
        this.stopWorker();
        reject(error);
      };
      const arm = () => {
        if (!this.pending) return;
        clearTimeout(this.pending.timer);
        this.pending.timer = setTimeout(
          () => fail(new Error(`no progress within ${this.options.timeoutMs / 1000} s`)),
          this.options.timeoutMs,
        );
      };
      this.pending = {
        id: message.id,
        reject,
        onMessage: (reply) => {
          if (reply.type === 'error') return fail(new Error(reply.message));
          arm();
          const value = accept(reply);
          if (value !== undefined && this.pending?.id === message.id) {
            clearTimeout(this.pending.timer);
            this.pending = undefined;
            resolvePromise(value);
          }
        },
      };
      arm();
      worker.postMessage(message);
    });
  }
}
