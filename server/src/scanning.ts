/**
 * Running the engine, isolated. The engine is synchronous and bounded by its own time budget, but a
 * user's custom detector can still backtrack for minutes and a pathological document can exhaust
 * memory; so scans run in a worker thread watched by a watchdog: past the timeout (or on a crash)
 * the worker is ended and replaced, the document is reported as not scanned, and every other
 * document carries on. The in-process executor runs the same code synchronously (benchmarks, and
 * a fallback where workers cannot start).
 */
import { Worker } from 'node:worker_threads';
import { widenRegion, type Range, type ScanResult, type Scanner } from './engine/index.js';
import { ScannerCache, type ScannerSpec } from './project/scannerFactory.js';

export type { ScannerSpec } from './project/scannerFactory.js';

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

/** Why a scan produced nothing: it ran past the watchdog, or its worker died. */
export class ScanFailure extends Error {
  constructor(
    readonly reason: 'timeout' | 'crash',
    message: string,
  ) {
    super(message);
    this.name = 'ScanFailure';
  }
}

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

// ---------------------------------------------------------------------------------------------
// Worker protocol (internal to the server; not LSP)
// ---------------------------------------------------------------------------------------------

export const WORKER_MARKER = 'leakproof-scan-worker';

type ToWorker =
  { readonly type: 'scan'; readonly id: number; readonly request: ScanRequest } | { readonly type: 'warm'; readonly spec: ScannerSpec };
type FromWorker =
  | { readonly type: 'begin'; readonly id: number }
  | { readonly type: 'result'; readonly id: number; readonly results: ScanResult[] }
  | { readonly type: 'error'; readonly id: number; readonly message: string };

/** The worker's side: called from the bundle's entry when it runs as a scan worker. */
export function runScanWorker(port: {
  on(event: 'message', listener: (message: ToWorker) => void): void;
  postMessage(message: FromWorker): void;
}): void {
  const cache = serverScannerCache();
  port.on('message', (message) => {
    if (message.type === 'warm') {
      try {
        cache.get(message.spec);
      } catch {
        // reported when a real scan needs it
      }
      return;
    }
    const { id, request } = message;
    try {
      const scanner = cache.get(request.spec);
      port.postMessage({ type: 'begin', id });
      port.postMessage({ type: 'result', id, results: runScan(scanner, request) });
    } catch (error) {
      port.postMessage({ type: 'error', id, message: (error as Error).message });
    }
  });
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

/** One worker thread, one scan at a time, FIFO, with a watchdog. */
export class WorkerExecutor implements ScanExecutor {
  private worker: Worker | undefined;
  private readonly queue: Job[] = [];
  private current: (Job & { timer: NodeJS.Timeout }) | undefined;
  private nextId = 1;
  private disposed = false;
  /** Workers started so far (tests and logs). */
  restarts = -1;

  constructor(private readonly options: WorkerExecutorOptions) {}

  warm(spec: ScannerSpec): void {
    this.ensureWorker().postMessage({ type: 'warm', spec } satisfies ToWorker);
  }

  scan(request: ScanRequest): Promise<ScanResult[]> {
    if (this.disposed) return Promise.reject(new ScanFailure('crash', 'the scanner was shut down'));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, request, resolve, reject });
      this.pump();
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    this.restarts++;
    const worker = new Worker(this.options.script, {
      workerData: { role: WORKER_MARKER },
      // A runaway scan must not take the language server's memory with it.
      resourceLimits: { maxOldGenerationSizeMb: 2048 },
      stdout: true,
      stderr: true,
    });
    // Anything the worker prints must not reach our stdout (the LSP stream on --stdio), nor a log:
    // it could quote a document. Drained and counted only.
    worker.stdout.on('data', (chunk: Buffer) => this.options.log?.(`the scanner wrote ${chunk.length} bytes to stdout (discarded)`));
    worker.stderr.on('data', (chunk: Buffer) => this.options.log?.(`the scanner wrote ${chunk.length} bytes to stderr (discarded)`));
    worker.on('message', (message: FromWorker) => this.onMessage(worker, message));
    worker.on('error', (error: Error) => this.onDeath(worker, `the scanner crashed: ${error.message}`));
    worker.on('exit', (code) => this.onDeath(worker, `the scanner stopped (exit code ${code})`));
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private pump(): void {
    if (this.current || this.disposed) return;
    const job = this.queue.shift();
    if (!job) return;
    const worker = this.ensureWorker();
    const timer = setTimeout(
      () =>
        this.fail(
          new ScanFailure(
            'timeout',
            `the scan did not finish within ${Math.round(this.options.startupTimeoutMs ?? 60_000) / 1000} s (start-up)`,
          ),
        ),
      this.options.startupTimeoutMs ?? 60_000,
    );
    this.current = { ...job, timer };
    worker.postMessage({ type: 'scan', id: job.id, request: job.request } satisfies ToWorker);
  }

  private onMessage(worker: Worker, message: FromWorker): void {
    const job = this.current;
    if (worker !== this.worker || !job || message.id !== job.id) return;
    if (message.type === 'begin') {
      clearTimeout(job.timer);
      job.timer = setTimeout(
        () => this.fail(new ScanFailure('timeout', `the scan did not finish within ${this.options.timeoutMs / 1000} s`)),
        this.options.timeoutMs,
      );
      return;
    }
    clearTimeout(job.timer);
    this.current = undefined;
    if (message.type === 'result') job.resolve(message.results);
    else job.reject(new ScanFailure('crash', message.message));
    this.pump();
  }

  private onDeath(worker: Worker, why: string): void {
    if (worker !== this.worker) return;
    this.worker = undefined;
    if (this.disposed) return;
    this.options.log?.(why);
    const job = this.current;
    if (job) {
      clearTimeout(job.timer);
      this.current = undefined;
      job.reject(new ScanFailure('crash', why));
    }
    this.pump();
  }

  /** Ends the worker running the current job and rejects it; the queue goes on in a new worker. */
  private fail(failure: ScanFailure): void {
    const job = this.current;
    const worker = this.worker;
    this.current = undefined;
    this.worker = undefined;
    if (worker) void worker.terminate();
    this.options.log?.(`scan stopped: ${failure.message}`);
    job?.reject(failure);
    this.pump();
  }

  dispose(): void {
    this.disposed = true;
    if (this.current) clearTimeout(this.current.timer);
    for (const job of this.queue.splice(0)) job.reject(new ScanFailure('crash', 'the scanner was shut down'));
    this.current?.reject(new ScanFailure('crash', 'the scanner was shut down'));
    this.current = undefined;
    void this.worker?.terminate();
    this.worker = undefined;
  }
}
