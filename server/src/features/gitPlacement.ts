/**
 * Where each open file stands with git — ignored and untracked (a local `.env`), tracked although
 * `.gitignore` ignores it, or neither — looked up off the typing path: diagnostics never wait for
 * git. A lookup runs when a document opens or is saved and when a `.gitignore` changes; until it
 * answers the file is 'unknown' (treated as an ordinary file), and when the answer changes what was
 * published, the listener re-publishes it.
 */
import { basename, dirname } from 'node:path';
import type { GitPlacement } from '../diagnostics.js';
import { gitQueryAsync } from '../project/git.js';

/** Asks git about one file. */
export type PlacementLookup = (path: string) => Promise<GitPlacement>;

/** A hang guard: placement is advice, never worth a stuck git. */
const GIT_TIMEOUT_MS = 10_000;

/**
 * `git ls-files` says whether git tracks the file; `git check-ignore --no-index` whether the ignore
 * rules match it regardless of the index (without `--no-index` a tracked file is never "ignored",
 * which is exactly the case worth an error). Outside a repository (or without git): 'other'.
 */
export const gitPlacementOf: PlacementLookup = async (path) => {
  const cwd = dirname(path);
  const name = basename(path);
  const [tracked, ignored] = await Promise.all([
    gitQueryAsync(['ls-files', '-z', '--', name], cwd, { timeoutMs: GIT_TIMEOUT_MS }),
    gitQueryAsync(['check-ignore', '-q', '--no-index', '--', name], cwd, { timeoutMs: GIT_TIMEOUT_MS }),
  ]);
  if (ignored === undefined) return 'other'; // exit 1: not ignored; 128: not a repository
  return tracked !== undefined && tracked.length > 0 ? 'tracked-ignored' : 'untracked-ignored';
};

/** At most this many paths are remembered (open documents; a few thousand is plenty). */
const MAX_PATHS = 5000;

export class GitPlacements {
  private readonly known = new Map<string, GitPlacement>();
  private readonly inFlight = new Set<string>();
  /** Paths whose lookup must run again when the one in flight ends (a file event arrived meanwhile). */
  private readonly again = new Set<string>();
  /** Called when a path's placement changed (the owner re-publishes its diagnostics). */
  onChanged: (path: string) => void = () => undefined;

  constructor(private readonly lookup: PlacementLookup = gitPlacementOf) {}

  /** The placement as last looked up ('unknown' before); never waits. */
  get(path: string | undefined): GitPlacement {
    if (!path) return 'other';
    const placement = this.known.get(path);
    if (placement === undefined) this.refresh(path);
    return placement ?? 'unknown';
  }

  /** Looks the path up again in the background (opened, saved). */
  refresh(path: string): void {
    if (this.inFlight.has(path)) {
      this.again.add(path);
      return;
    }
    this.inFlight.add(path);
    void this.lookup(path)
      .catch((): GitPlacement => 'other')
      .then((placement) => {
        this.inFlight.delete(path);
        if (this.again.delete(path)) return this.refresh(path);
        const before = this.known.get(path);
        if (this.known.size >= MAX_PATHS && before === undefined) this.known.delete(this.known.keys().next().value!);
        this.known.set(path, placement);
        if (before !== placement) this.onChanged(path);
      });
  }

  /** A `.gitignore` (or the index) changed: every known path may have moved. */
  refreshAll(): void {
    for (const path of this.known.keys()) this.refresh(path);
  }

  /** A document closed: forget it (it is looked up again when reopened). */
  forget(path: string): void {
    this.known.delete(path);
  }
}
