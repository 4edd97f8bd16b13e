/**
 * A progress bar on standard error for tree scans that take longer than a second, in a terminal
 * only (a pipe, a file or CI log gets nothing: carriage returns make logs unreadable). Drawn at
 * most ten times a second and erased when the scan ends, so the report starts on a clean line.
 * LEAKPROOF_PROGRESS_AFTER_MS moves the one-second threshold (tests use 0).
 */
import { formatBytes } from './format/size.js';

export interface Progress {
  readonly update: (done: number, total: number, bytes: number) => void;
  readonly done: () => void;
}

const WIDTH = 24;

export function progressBar(stream: NodeJS.WriteStream, env = process.env, now = () => Date.now()): Progress {
  const noop: Progress = { update: () => {}, done: () => {} };
  if (stream.isTTY !== true) return noop;
  const after = Number(env.LEAKPROOF_PROGRESS_AFTER_MS ?? 1000);
  const started = now();
  let lastDraw = -Infinity;
  let drawn = false;
  return {
    update(done, total, bytes) {
      const t = now();
      if (t - started < (Number.isFinite(after) ? after : 1000) || t - lastDraw < 100) return;
      lastDraw = t;
      drawn = true;
      const filled = total > 0 ? Math.round((done / total) * WIDTH) : 0;
      const bar = `${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}`;
      stream.write(`\r\u001b[2Kleakproof: scanning ${bar} ${done}/${total} files, ${formatBytes(bytes)}`);
    },
    done() {
      if (drawn) stream.write('\r\u001b[2K');
    },
  };
}
