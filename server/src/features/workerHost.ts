/**
 * The one place that owns worker threads: the scan executor for open documents (scanning.ts) and
 * the workspace scan (workspaceScan.ts), each a watched worker (watchedWorker.ts) speaking the one
 * worker protocol (workerProtocol.ts); and — in a worker thread of the bundle — the worker side
 * (scanWorker.ts). Everything else asks this host.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { InProcessExecutor, WorkerExecutor, type ScanExecutor, type ScannerSpec } from '../scanning.js';
import { runScanWorker } from '../scanWorker.js';
import { WORKER_ROLE } from '../workerProtocol.js';
import { WorkspaceScan } from '../workspaceScan.js';
import type { ServerState } from './state.js';

export class WorkerHost {
  private executorInstance: ScanExecutor | undefined;
  /** The server bundle, for worker threads (undefined when running from sources: scans in-process). */
  readonly script: string | undefined;

  constructor(private readonly state: ServerState) {
    this.script = state.runtime.workerScript ?? (__filename.endsWith('.js') ? __filename : undefined);
  }

  /** Starts the executor (after `initialize`: its timeout comes from the client's options). */
  start(): ScanExecutor {
    const { runtime, scanTimeoutMs, log } = this.state;
    this.executorInstance =
      runtime.executor ??
      (this.script ? new WorkerExecutor({ script: this.script, timeoutMs: scanTimeoutMs, log }) : new InProcessExecutor());
    return this.executorInstance;
  }

  get executor(): ScanExecutor {
    if (!this.executorInstance) throw new Error('the server is not initialized');
    return this.executorInstance;
  }

  /** Builds a scanner in the worker before the first document needs it. */
  warm(spec: ScannerSpec): void {
    if (this.executorInstance instanceof WorkerExecutor) this.executorInstance.warm(spec);
  }

  /** A workspace scan over its own workers (it needs the bundle). */
  workspaceScan(): WorkspaceScan {
    if (!this.script) throw new Error('the workspace scan needs the bundled server (dist/server.js)');
    return new WorkspaceScan({ script: this.script, timeoutMs: this.state.scanTimeoutMs, log: this.state.log });
  }

  dispose(): void {
    this.executorInstance?.dispose();
  }
}

/** In a worker thread of the bundle: runs the worker its creator asked for. */
export function runWorkerThread(): void {
  if (!parentPort) return;
  if ((workerData as { role?: string } | null)?.role === WORKER_ROLE) runScanWorker(parentPort);
}
