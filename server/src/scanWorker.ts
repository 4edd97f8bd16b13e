/**
 * The worker side of the worker protocol (workerProtocol.ts): one loop for every request, so a
 * document scan and a workspace scan share the scanner and config caches of the thread they run
 * in. Errors are caught per request and answered with `error`: the thread stays usable.
 */
import { ConfigCache } from './project/configFile.js';
import { runScan, serverScannerCache } from './scanning.js';
import type { WorkerPort } from './workerProtocol.js';
import { WorkspaceFiles } from './workspaceScan.js';

export function runScanWorker(port: WorkerPort): void {
  const scanners = serverScannerCache();
  const workspace = new WorkspaceFiles(new ConfigCache(), scanners);
  port.on('message', (message) => {
    if (message.type === 'warm') {
      try {
        scanners.get(message.spec);
      } catch {
        // reported when a real scan needs it
      }
      return;
    }
    const { id } = message;
    try {
      switch (message.type) {
        case 'scan': {
          const scanner = scanners.get(message.request.spec);
          port.postMessage({ type: 'begin', id });
          port.postMessage({ type: 'result', id, results: runScan(scanner, message.request) });
          return;
        }
        case 'list': {
          port.postMessage({ type: 'listed', id, ...workspace.list(message.folder) });
          return;
        }
        case 'scan-files': {
          for (const path of message.files) {
            port.postMessage({ type: 'begin', id, path });
            port.postMessage({ type: 'file', id, result: workspace.scan(path, message.folder) });
          }
          port.postMessage({ type: 'done', id });
          return;
        }
      }
    } catch (error) {
      port.postMessage({ type: 'error', id, message: (error as Error).message });
    }
  });
}
