/**
 * Workspace scan: every file of the workspace folders (honouring `.gitignore`, `.leakproof.json`
 * and the `exclude` setting), so that files nobody opened still land in the Problems panel.
 *
 * The files are read and scanned in a worker thread (the editor's own scans keep their worker and
 * stay responsive). A watchdog ends the worker when one file takes too long; that file is counted
 * as failed and the scan goes on in a new worker. Cancelling ends the worker at once.
 */
import { dirname, relative, sep } from 'node:path';
import { LineIndex } from './engine/index.js';
import type { ConfigCache } from './project/configFile.js';
import { configExcludeRule, excludedBy, settingExcludeRule, type ExcludeRule } from './project/exclude.js';
import { listFiles } from './project/fileListing.js';
import { decodeFile, describeFailedRead, readRegularFile } from './project/fileReader.js';
import { scannerSpec, type ScannerCache } from './project/scannerFactory.js';
import { WatchedWorker } from './watchedWorker.js';
import type { FileResult, FolderSettings, FromWorker, ToWorker } from './workerProtocol.js';

export type { FileResult, FolderSettings } from './workerProtocol.js';

// ---------------------------------------------------------------------------------------------
// Worker side
// ---------------------------------------------------------------------------------------------

/** Never worth a workspace scan, even when a repository tracks them. */
const THIRD_PARTY: ExcludeRule = { base: '/', globs: ['**/node_modules/**', '**/.git/**'], reason: 'third-party folder' };

/** The worker side of a workspace scan: lists a folder's files and scans them from disk. */
export class WorkspaceFiles {
  constructor(
    private readonly configs: ConfigCache,
    private readonly scanners: ScannerCache,
  ) {}

  /** The files worth scanning (a file whose name is not valid UTF-8 has no URI an editor could open: skipped). */
  list(folder: FolderSettings): { readonly files: readonly string[]; readonly skipped: number } {
    const listed = listFiles([folder.folder], { gitignore: true, exclude: this.excluded(folder) });
    const named = listed.files.flatMap((f) => (typeof f.absolute === 'string' ? [f.absolute] : []));
    return { files: named, skipped: listed.skipped.length + listed.files.length - named.length };
  }

  /** The exclude check for a folder's files: third-party folders, the setting, and the nearest config's `scan.exclude`. */
  private excluded(settings: FolderSettings) {
    const fixed = [{ ...THIRD_PARTY, base: settings.folder }, settingExcludeRule(settings.folder, settings.exclude)];
    return (absolute: string, isDirectory: boolean): boolean => {
      const loaded = this.configs.forDirectory(isDirectory ? absolute : dirname(absolute), settings.folder);
      return excludedBy([...fixed, configExcludeRule(loaded.root, loaded.config)], absolute, isDirectory) !== undefined;
    };
  }

  scan(path: string, folder: FolderSettings): FileResult {
    const empty = (skipped: string): FileResult => ({ path, findings: [], ranges: [], skipped });
    const loaded = this.configs.forDirectory(dirname(path), folder.folder);
    const scanner = this.scanners.get(
      scannerSpec(loaded, { folder: folder.folder, toggles: folder.toggles, maxSize: folder.maxFileSize, ignorePathFilters: false }),
    );
    const relativePath = relative(folder.folder, path).split(sep).join('/');
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

/** One run over some folders, in its own watched worker thread; `run` resolves when done or cancelled. */
export class WorkspaceScan {
  private readonly worker: WatchedWorker;
  private nextId = 1;
  private cancelled = false;

  constructor(private readonly options: WorkspaceScanOptions) {
    this.worker = new WatchedWorker({ script: options.script, ...(options.log ? { log: options.log } : {}) });
  }

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
              await this.request({ type: 'scan-files', id: this.nextId++, folder, files: queue }, (m) => {
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
      this.worker.dispose();
    }
  }

  cancel(): void {
    this.cancelled = true;
    this.worker.abort(new Cancelled());
  }

  /** Sends a request and feeds replies to `accept` until it returns a value; a silence past the timeout fails. */
  private request<T>(message: ToWorker & { readonly id: number }, accept: (reply: FromWorker) => T | undefined): Promise<T> {
    if (this.cancelled) return Promise.reject(new Cancelled());
    const { timeoutMs } = this.options;
    const describe = () => `no progress within ${timeoutMs / 1000} s`;
    return this.worker.request(message, { firstReplyMs: timeoutMs, betweenRepliesMs: timeoutMs, describe }, accept);
  }
}
