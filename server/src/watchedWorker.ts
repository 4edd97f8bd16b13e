/**
 * The one owner of a worker thread: starts it on demand, routes replies to the request in flight,
 * and watches it. The engine is synchronous, so a runaway regex (a user's custom detector) or a
 * pathological file cannot be interrupted from inside; the watchdog ends the whole thread instead,
 * rejects the request, and the next request starts a fresh thread. Used by the executor for open
 * documents and by the workspace scan, each with its own instance.
 */
import { Worker } from 'node:worker_threads';
import { WORKER_ROLE, type FromWorker, type ToWorker } from './workerProtocol.js';

/** Why a request produced nothing: it ran past the watchdog, or its worker died. */
export class ScanFailure extends Error {
  constructor(
    readonly reason: 'timeout' | 'crash',
    message: string,
  ) {
    super(message);
    this.name = 'ScanFailure';
  }
}

export interface WatchedWorkerOptions {
  /** The script the worker runs (the server bundle itself). */
  readonly script: string;
  readonly log?: (message: string) => void;
}

/** How long a request may stay silent: before its first reply (start-up included), and between replies. */
export interface Watch {
  readonly firstReplyMs: number;
  readonly betweenRepliesMs: number;
  /** Says what the limit was, for the failure message. */
  readonly describe: (afterFirstReply: boolean) => string;
}

interface InFlight {
  readonly id: number;
  readonly onReply: (reply: FromWorker) => void;
  readonly reject: (error: Error) => void;
  timer: NodeJS.Timeout | undefined;
}

export class WatchedWorker {
  private worker: Worker | undefined;
  private inFlight: InFlight | undefined;
  private disposed = false;
  /** Threads started so far (tests and logs). */
  starts = 0;

  constructor(private readonly options: WatchedWorkerOptions) {}

  /** Sends a message that expects no reply (it starts the thread if needed). */
  post(message: ToWorker): void {
    if (!this.disposed) this.ensureWorker().postMessage(message);
  }

  /**
   * Sends a request and feeds its replies to `accept` until it returns a value. A silence past the
   * watch, an `error` reply or the thread's death rejects with a ScanFailure; only one request is
   * in flight at a time (callers queue).
   */
  request<T>(message: ToWorker & { readonly id: number }, watch: Watch, accept: (reply: FromWorker) => T | undefined): Promise<T> {
    if (this.disposed) return Promise.reject(new ScanFailure('crash', 'the scanner was shut down'));
    if (this.inFlight) return Promise.reject(new Error('a worker request is already in flight'));
    return new Promise<T>((resolve, reject) => {
      const worker = this.ensureWorker();
      let replied = false;
      const inFlight: InFlight = {
        id: message.id,
        reject,
        timer: undefined,
        onReply: (reply) => {
          if (reply.type === 'error') {
            // The worker caught it (a scanner that cannot be built, say) and is fine: only the request fails.
            clearTimeout(inFlight.timer);
            this.inFlight = undefined;
            return reject(new ScanFailure('crash', reply.message));
          }
          replied = true;
          this.arm(inFlight, watch.betweenRepliesMs, () => watch.describe(true));
          const value = accept(reply);
          if (value === undefined || this.inFlight !== inFlight) return;
          clearTimeout(inFlight.timer);
          this.inFlight = undefined;
          resolve(value);
        },
      };
      this.inFlight = inFlight;
      this.arm(inFlight, watch.firstReplyMs, () => watch.describe(replied));
      worker.postMessage(message);
    });
  }

  /** Ends the thread at once; the request in flight is rejected with `error`. */
  abort(error: Error): void {
    this.fail(error, false);
  }

  dispose(): void {
    this.disposed = true;
    this.fail(new ScanFailure('crash', 'the scanner was shut down'), false);
  }

  private arm(inFlight: InFlight, ms: number, describe: () => string): void {
    clearTimeout(inFlight.timer);
    inFlight.timer = setTimeout(() => {
      if (this.inFlight === inFlight) this.fail(new ScanFailure('timeout', describe()), true);
    }, ms);
  }

  /** Rejects the request in flight and ends the thread running it (the next request starts a new one). */
  private fail(error: Error, log: boolean): void {
    const inFlight = this.inFlight;
    this.inFlight = undefined;
    const worker = this.worker;
    this.worker = undefined;
    if (worker) void worker.terminate();
    if (log) this.options.log?.(`scan stopped: ${error.message}`);
    if (inFlight) {
      clearTimeout(inFlight.timer);
      inFlight.reject(error);
    }
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    this.starts++;
    const worker = new Worker(this.options.script, {
      workerData: { role: WORKER_ROLE },
      // A runaway scan must not take the language server's memory with it.
      resourceLimits: { maxOldGenerationSizeMb: 2048 },
      stdout: true,
      stderr: true,
    });
    // Anything the worker prints must not reach our stdout (the LSP stream on --stdio), nor a log:
    // it could quote a document. Drained and counted only.
    worker.stdout.on('data', (chunk: Buffer) => this.options.log?.(`the scanner wrote ${chunk.length} bytes to stdout (discarded)`));
    worker.stderr.on('data', (chunk: Buffer) => this.options.log?.(`the scanner wrote ${chunk.length} bytes to stderr (discarded)`));
    worker.on('message', (reply: FromWorker) => {
      if (worker === this.worker && this.inFlight?.id === reply.id) this.inFlight.onReply(reply);
    });
    const died = (why: string) => {
      if (worker !== this.worker) return;
      this.worker = undefined;
      if (this.disposed) return;
      this.options.log?.(why);
      const inFlight = this.inFlight;
      this.inFlight = undefined;
      if (inFlight) {
        clearTimeout(inFlight.timer);
        inFlight.reject(new ScanFailure('crash', why));
      }
    };
    worker.on('error', (error: Error) => died(`the scanner crashed: ${error.message}`));
    worker.on('exit', (code) => died(`the scanner stopped (exit code ${code})`));
    worker.unref();
    this.worker = worker;
    return worker;
  }
}
