/**
 * The watched worker both the document executor and the workspace scan run on: a real worker thread
 * (a small script written to disk that misbehaves on request) shows the watchdog ends a silent
 * thread and the next request gets a fresh one, a caught error keeps the thread, a dying thread
 * rejects its request, and cancelling rejects with the caller's error at once.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ScanFailure, WatchedWorker, type Watch } from '../../server/src/watchedWorker.js';
import type { FromWorker, ToWorker } from '../../server/src/workerProtocol.js';

/** Answers a `list` request according to the folder name: ok, error, hang, hang-after-begin, exit. */
const SCRIPT = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', (m) => {
  const how = m.folder.folder;
  if (how === 'ok') parentPort.postMessage({ type: 'listed', id: m.id, files: ['a'], skipped: 0 });
  else if (how === 'error') parentPort.postMessage({ type: 'error', id: m.id, message: 'no such folder' });
  else if (how === 'exit') process.exit(3);
  else if (how === 'hang-after-begin') { parentPort.postMessage({ type: 'begin', id: m.id }); for (;;) {} }
  else for (;;) {}
});
`;

function worker(): WatchedWorker {
  const dir = mkdtempSync(join(tmpdir(), 'lp-watched-'));
  const script = join(dir, 'worker.cjs');
  writeFileSync(script, SCRIPT);
  return new WatchedWorker({ script });
}

let nextId = 1;
/** Generous first-reply limit (thread start-up on a loaded machine), short silence limit after a reply. */
const watch = (firstReplyMs: number, betweenRepliesMs: number): Watch => ({
  firstReplyMs,
  betweenRepliesMs,
  describe: (begun) => (begun ? 'silent after begin' : 'silent before begin'),
});

function list(w: WatchedWorker, how: string, limits: Watch = watch(60_000, 60_000)): Promise<readonly string[]> {
  const message: ToWorker & { id: number } = {
    type: 'list',
    id: nextId++,
    folder: { folder: how, exclude: [], maxFileSize: 1, toggles: {} },
  };
  return w.request(message, limits, (reply: FromWorker) => (reply.type === 'listed' ? reply.files : undefined));
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  assert.fail('expected a rejection');
}

describe('watched worker', { timeout: 120_000 }, () => {
  it('answers requests on one thread, and keeps it after an error the worker caught', async () => {
    const w = worker();
    try {
      assert.deepEqual(await list(w, 'ok'), ['a']);
      const error = await rejection(list(w, 'error'));
      assert.ok(error instanceof ScanFailure && error.reason === 'crash' && error.message === 'no such folder');
      assert.deepEqual(await list(w, 'ok'), ['a']);
      assert.equal(w.starts, 1, 'a caught error does not cost a thread');
    } finally {
      w.dispose();
    }
  });

  it('ends a thread that stays silent after it began, and the next request runs on a fresh thread', async () => {
    const w = worker();
    try {
      assert.deepEqual(await list(w, 'ok'), ['a']);
      const error = await rejection(list(w, 'hang-after-begin', watch(60_000, 200)));
      assert.ok(error instanceof ScanFailure && error.reason === 'timeout');
      assert.equal(error.message, 'silent after begin', 'the limit counted from the begin reply');
      assert.deepEqual(await list(w, 'ok'), ['a']);
      assert.equal(w.starts, 2);
    } finally {
      w.dispose();
    }
  });

  it('ends a thread that never answers, with the first-reply limit', async () => {
    const w = worker();
    try {
      const error = await rejection(list(w, 'hang', watch(1_000, 60_000)));
      assert.ok(error instanceof ScanFailure && error.reason === 'timeout' && error.message === 'silent before begin');
      assert.deepEqual(await list(w, 'ok'), ['a']);
    } finally {
      w.dispose();
    }
  });

  it('rejects the request of a thread that dies, as a crash', async () => {
    const w = worker();
    try {
      const error = await rejection(list(w, 'exit'));
      assert.ok(error instanceof ScanFailure && error.reason === 'crash');
      assert.match(error.message, /exit code 3/);
      assert.deepEqual(await list(w, 'ok'), ['a']);
      assert.equal(w.starts, 2);
    } finally {
      w.dispose();
    }
  });

  it('aborting rejects the request in flight with the caller’s error, and dispose refuses new work', async () => {
    const w = worker();
    class Cancelled extends Error {}
    const pending = rejection(list(w, 'hang'));
    w.abort(new Cancelled());
    assert.ok((await pending) instanceof Cancelled);
    w.dispose();
    const refused = await rejection(list(w, 'ok'));
    assert.ok(refused instanceof ScanFailure && /shut down/.test(refused.message));
  });
});
