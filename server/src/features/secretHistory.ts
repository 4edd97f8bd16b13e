/**
 * Whether each open secret is already in git history (issue 12 item 3), asked off the typing path:
 * `get` never waits — it answers from the cache (possibly stale, or 'unknown' at first) and queues
 * a lookup; when an answer changes what was shown, `onChanged` lets the owner re-publish. Lookups
 * are bounded (a timeout kills git, at most MAX_RUNNING at once on a machine that scans too) and
 * cached by (path, hash of the value, HEAD): HEAD is re-read at most every HEAD_TTL_MS, so a commit
 * made in a terminal shows up without a save. The value never leaves this process: git lists the
 * file's patches and the search happens here (a pickaxe argument would show in the process table);
 * never logged, never kept (the cache key holds a hash).
 */
import { createHash } from 'node:crypto';
import { basename, dirname } from 'node:path';
import {
  HISTORY_LOG_FORMAT,
  NOT_COMMITTED,
  UNKNOWN_HISTORY,
  firstCommitAdding,
  remotesHolding,
  sameHistory,
  type SecretHistory,
} from '../history.js';
import { gitQueryAsync } from '../project/git.js';

/** What one lookup found, and the HEAD it was computed against ('' when there is none, undefined outside a repository). */
export interface HistoryAnswer {
  readonly head: string | undefined;
  readonly history: SecretHistory;
}

/** Asks git about one value in one file. */
export type HistoryLookup = (path: string, value: string) => Promise<HistoryAnswer>;

/** A hang guard per git call: a huge history answers 'unknown' rather than never. */
export const GIT_TIMEOUT_MS = 10_000;
/** HEAD is read again after this long when a finding is shown (a commit made outside the editor). */
export const HEAD_TTL_MS = 3000;
const MAX_RUNNING = 2;
const MAX_ENTRIES = 2000;
/** Values typed and gone again must not pile up: the oldest waiting lookups are dropped (asked again if still shown). */
const MAX_QUEUED = 64;
const MAX_VALUE_LENGTH = 32 * 1024;

async function git(args: readonly string[], cwd: string): Promise<string | undefined> {
  const out = await gitQueryAsync(args, cwd, { timeoutMs: GIT_TIMEOUT_MS, ignoreLocationVariables: true });
  return out?.toString('utf8');
}

/** HEAD's commit; '' in a repository without commits; undefined outside a repository. */
export async function headOf(path: string): Promise<string | undefined> {
  const cwd = dirname(path);
  if ((await git(['rev-parse', '--is-inside-work-tree'], cwd))?.trim() !== 'true') return undefined;
  return (await git(['rev-parse', '-q', '--verify', 'HEAD^{commit}'], cwd))?.trim() ?? '';
}

/** The real lookup: the file's patches, oldest first, searched for the value; then which remotes hold the commit. */
export const gitHistoryOf: HistoryLookup = async (path, value) => {
  const cwd = dirname(path);
  const head = await headOf(path);
  if (head === undefined) return { head, history: UNKNOWN_HISTORY };
  if (head === '') return { head, history: NOT_COMMITTED };
  // --no-textconv / -a: the committed bytes, not what a diff driver shows; -U0: added lines only matter.
  const log = await git(
    [
      'log',
      '--no-textconv',
      '--no-ext-diff',
      '--no-color',
      '-a',
      '-p',
      '-U0',
      '--reverse',
      `--format=${HISTORY_LOG_FORMAT}`,
      head,
      '--',
      basename(path),
    ],
    cwd,
  );
  if (log === undefined) return { head, history: UNKNOWN_HISTORY }; // timed out, failed or too large: no claim
  const first = firstCommitAdding(log, value);
  if (!first) return { head, history: NOT_COMMITTED };
  const [refs, remotes] = await Promise.all([
    git(['for-each-ref', '--contains', first.commit, '--format=%(refname)', 'refs/remotes'], cwd),
    git(['remote'], cwd),
  ]);
  return { head, history: { state: 'committed', ...first, remotes: remotesHolding(refs ?? '', remotes ?? '') } };
};

interface Entry {
  readonly head: string | undefined;
  readonly history: SecretHistory;
}

interface Job {
  readonly key: string;
  readonly path: string;
  readonly value: string;
}

export class SecretHistories {
  private readonly entries = new Map<string, Entry>();
  /** HEAD per path as last read, and when. */
  private readonly heads = new Map<string, { head: string | undefined; readAt: number }>();
  private readonly headsInFlight = new Set<string>();
  private readonly queue: Job[] = [];
  private readonly queued = new Set<string>();
  private running = 0;
  /** Called when what is known about a path's secrets changed (the owner re-publishes it). */
  onChanged: (path: string) => void = () => undefined;

  constructor(
    private readonly lookup: HistoryLookup = gitHistoryOf,
    private readonly readHead: (path: string) => Promise<string | undefined> = headOf,
    private readonly now: () => number = Date.now,
  ) {}

  /** What is known about `value` in the file at `path`; never waits (queues a lookup instead). */
  get(path: string | undefined, value: string): SecretHistory {
    // A value too long for a command-line argument (a whole key file) is not looked up.
    if (!path || !value || value.length > MAX_VALUE_LENGTH) return UNKNOWN_HISTORY;
    const key = `${path}\0${createHash('sha256').update(value).digest('hex')}`;
    const entry = this.entries.get(key);
    const head = this.heads.get(path);
    if (head && this.now() - head.readAt > HEAD_TTL_MS) this.rereadHead(path);
    // Outside a repository there is nothing to look up (re-checked with HEAD, e.g. after `git init`).
    if (head && head.head === undefined) return UNKNOWN_HISTORY;
    if (!entry || !head || entry.head !== head.head) this.enqueue({ key, path, value });
    return entry?.history ?? UNKNOWN_HISTORY;
  }

  /** The file was saved or reopened: HEAD may have moved (a commit). */
  refresh(path: string): void {
    if (this.heads.has(path)) this.rereadHead(path);
  }

  /** A document closed: forget its answers (they are looked up again when reopened). */
  forget(path: string): void {
    this.heads.delete(path);
    for (const key of this.entries.keys()) if (key.startsWith(`${path}\0`)) this.entries.delete(key);
  }

  private rereadHead(path: string): void {
    if (this.headsInFlight.has(path)) return;
    this.headsInFlight.add(path);
    void this.readHead(path)
      .catch(() => undefined)
      .then((head) => {
        this.headsInFlight.delete(path);
        const before = this.heads.get(path);
        this.heads.set(path, { head, readAt: this.now() });
        // A new HEAD makes every answer for the path stale: re-publishing asks again (showing the
        // stale answer meanwhile rather than flickering back to 'unknown').
        if (before && before.head !== head) this.onChanged(path);
      });
  }

  private enqueue(job: Job): void {
    if (this.queued.has(job.key)) return;
    this.queued.add(job.key);
    this.queue.push(job);
    while (this.queue.length > MAX_QUEUED) this.queued.delete(this.queue.shift()!.key);
    this.pump();
  }

  private pump(): void {
    while (this.running < MAX_RUNNING) {
      const job = this.queue.shift();
      if (!job) return;
      this.running++;
      void this.lookup(job.path, job.value)
        .catch((): HistoryAnswer => ({ head: undefined, history: UNKNOWN_HISTORY }))
        .then((answer) => {
          this.running--;
          this.queued.delete(job.key);
          this.settle(job, answer);
          this.pump();
        });
    }
  }

  private settle(job: Job, answer: HistoryAnswer): void {
    const before = this.entries.get(job.key);
    if (!before && this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(job.key, answer);
    // A HEAD read meanwhile is newer than the one this lookup used: keep it (the entry is then
    // stale and asked again at the next publish).
    if (!this.heads.has(job.path)) this.heads.set(job.path, { head: answer.head, readAt: this.now() });
    const shown = before?.history ?? UNKNOWN_HISTORY;
    if (!sameHistory(shown, answer.history)) this.onChanged(job.path);
  }
}
