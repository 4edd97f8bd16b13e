/**
 * Running the engine, isolated. The engine is synchronous and bounded by its own time budget, but a
 * user's custom detector can still backtrack for minutes and a pathological document can exhaust
 * memory; so scans run in a worker thread watched by a watchdog: past the timeout (or on a crash)
 * the worker is ended and replaced, the document is reported as not scanned, and every other
 * document carries on. The in-process executor runs the same code synchronously (benchmarks, and
 * a fallback where workers cannot start).
 */
import { widenRegion, type ScanResult, type Scanner } from './engine/index.js';
import { ScannerCache, type ScannerSpec } from './project/scannerFactory.js';
import { ScanFailure, WatchedWorker } from './watchedWorker.js';
import type { ScanRequest } from './workerProtocol.js';

export type { ScannerSpec } from './project/scannerFactory.js';
export type { ScanRequest } from './workerProtocol.js';
export { ScanFailure } from './watchedWorker.js';

export interface ScanExecutor {
  scan(request: ScanRequest): Promise<ScanResult[]>;
  dispose(): void;
}

/** Far more than the engine's per-file cap (8): the cache must hold what a region scan may reveal; the cap is applied when publishing. */
export const SERVER_CAP = 1000;

/** The scanners of the language server's workers: every one keeps up to SERVER_CAP findings per detector. */
export function serverScannerCache(size = 8): ScannerCache {
  return new ScannerCache(size, { capPerDetector: SERVER_CAP });
}

/**
 * Scans a request. A region is widened twice: the engine widens the edited span to the window it
 * can affect (`inner`), and scanning `inner` as the region gives every finding in it the same
 * context on both sides as a full scan would (keywords a few lines above, the block a value sits
 * in). Only findings touching `inner` are returned, with `inner` as the window to replace.
 */
export function runScan(scanner: Scanner, request: ScanRequest): ScanResult[] {
  const document = { text: request.text, ...(request.path !== undefined ? { path: request.path } : {}) };
  if (!request.regions) return [scanner.scan(document)];
  return request.regions.map((region) => {
    const inner = widenRegion(request.text, region);
    const result = scanner.scan(document, inner, request.documentKeywords ? { documentKeywords: request.documentKeywords } : {});
    if (!result.window) return result;
    return { ...result, window: inner, findings: result.findings.filter((f) => f.range[0] < inner[1] && f.range[1] > inner[0]) };
  });
}

/** Runs scans synchronously on the calling thread (no isolation). */
export class InProcessExecutor implements ScanExecutor {
  readonly cache = serverScannerCache();

  scan(request: ScanRequest): Promise<ScanResult[]> {
    try {
      return Promise.resolve(this.scanNow(request));
    } catch (error) {
      return Promise.reject(new ScanFailure('crash', (error as Error).message));
    }
  }

  scanNow(request: ScanRequest): ScanResult[] {
    return runScan(this.cache.get(request.spec), request);
  }

  dispose(): void {}
}

interface Job {
  readonly id: number;
  readonly request: ScanRequest;
  readonly resolve: (results: ScanResult[]) => void;
  readonly reject: (error: Error) => void;
}

export interface WorkerExecutorOptions {
  /** The script the worker runs (the server bundle itself). */
  readonly script: string;
  /** A scan running longer than this is stopped. */
  readonly timeoutMs: number;
  /** Start-up and scanner construction get this much before the watchdog counts the scan. */
  readonly startupTimeoutMs?: number;
  readonly log?: (message: string) => void;
}

/** One worker thread under a watchdog, one scan at a time, FIFO. */
export class WorkerExecutor implements ScanExecutor {
  private readonly worker: WatchedWorker;
  private readonly queue: Job[] = [];
  private running = false;
  private nextId = 1;
  private disposed = false;

  constructor(private readonly options: WorkerExecutorOptions) {
    this.worker = new WatchedWorker({ script: options.script, ...(options.log ? { log: options.log } : {}) });
  }

  /** Workers restarted after the first (tests and logs). */
  get restarts(): number {
    return this.worker.starts - 1;
  }

  warm(spec: ScannerSpec): void {
    this.worker.post({ type: 'warm', spec });
  }

  scan(request: ScanRequest): Promise<ScanResult[]> {
    if (this.disposed) return Promise.reject(new ScanFailure('crash', 'the scanner was shut down'));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, request, resolve, reject });
      void this.pump();
    });
  }

  private async pump(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      for (let job = this.queue.shift(); job && !this.disposed; job = this.queue.shift()) {
        const startupMs = this.options.startupTimeoutMs ?? 60_000;
        const { timeoutMs } = this.options;
        try {
          const results = await this.worker.request(
            { type: 'scan', id: job.id, request: job.request },
            {
              firstReplyMs: startupMs,
              betweenRepliesMs: timeoutMs,
              describe: (begun) =>
                begun
                  ? `the scan did not finish within ${timeoutMs / 1000} s`
                  : `the scan did not finish within ${Math.round(startupMs) / 1000} s (start-up)`,
            },
            (reply) => (reply.type === 'result' ? reply.results : undefined),
          );
          job.resolve(results);
        } catch (error) {
          job.reject(error instanceof ScanFailure ? error : new ScanFailure('crash', (error as Error).message));
        }
      }
    } finally {
      this.running = false;
    }
  }

  dispose(): void {
    this.disposed = true;
    for (const job of this.queue.splice(0)) job.reject(new ScanFailure('crash', 'the scanner was shut down'));
    this.worker.dispose();
  }
}
