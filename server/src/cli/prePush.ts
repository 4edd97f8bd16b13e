/**
 * `leakproof scan --pre-push [remote] [url]`: git feeds the hook one line per ref being pushed,
 * `<local ref> <local sha> <remote ref> <remote sha>`, on standard input. Every commit that the
 * remote does not have yet is scanned (what server-side push protection would see): reachable from
 * the pushed shas, excluding what the remote had for those refs and every remote-tracking branch
 * of that remote. Deleting a ref pushes no content.
 */
import { ZERO_ID, git, type Repository } from './git.js';

export interface PushedRef {
  readonly localRef: string;
  readonly localSha: string;
  readonly remoteRef: string;
  readonly remoteSha: string;
}

export function parsePrePushInput(text: string): PushedRef[] {
  const refs: PushedRef[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const parts = line.trim().split(/\s+/);
    if (parts.length !== 4 || !/^[0-9a-f]{40,64}$/.test(parts[1]!) || !/^[0-9a-f]{40,64}$/.test(parts[3]!)) {
      throw new Error(
        `unexpected pre-push input line: ${JSON.stringify(line.slice(0, 200))} (expected "<local ref> <local sha> <remote ref> <remote sha>")`,
      );
    }
    refs.push({ localRef: parts[0]!, localSha: parts[1]!, remoteRef: parts[2]!, remoteSha: parts[3]! });
  }
  return refs;
}

/**
 * The pre-commit framework consumes the hook's standard input and passes the range in
 * PRE_COMMIT_FROM_REF / PRE_COMMIT_TO_REF instead.
 */
export function refsFromPreCommitFramework(env: NodeJS.ProcessEnv): PushedRef[] {
  const to = env.PRE_COMMIT_TO_REF;
  if (!to) return [];
  return [
    {
      localRef: env.PRE_COMMIT_LOCAL_BRANCH ?? to,
      localSha: to,
      remoteRef: env.PRE_COMMIT_REMOTE_BRANCH ?? '',
      remoteSha: env.PRE_COMMIT_FROM_REF ?? '0'.repeat(40),
    },
  ];
}

/** `git log` revision arguments for the pushed commits, or undefined when nothing is pushed. */
export function pushRevisions(repo: Repository, remote: string | undefined, refs: readonly PushedRef[]): string[] | undefined {
  const include = [...new Set(refs.filter((r) => !ZERO_ID.test(r.localSha)).map((r) => r.localSha))];
  if (include.length === 0) return undefined;
  for (const sha of include) if (sha.startsWith('-')) throw new Error(`not a commit: ${sha}`);
  // What the remote had: only ids this repository knows can be excluded (after a force push by
  // someone else, the old remote id may be unknown here — then the remote-tracking refs still bound it).
  const remoteIds = [...new Set(refs.map((r) => r.remoteSha).filter((sha) => !ZERO_ID.test(sha) && /^[0-9a-f]{40,64}$/.test(sha)))];
  const known: string[] = [];
  if (remoteIds.length > 0) {
    const out = git(['cat-file', '--batch-check'], { cwd: repo.top, input: `${remoteIds.map((id) => `${id}^{commit}`).join('\n')}\n` })
      .toString('utf8')
      .split('\n');
    remoteIds.forEach((id, index) => {
      if (/ commit \d+$/.test(out[index] ?? '')) known.push(id);
    });
  }
  const revisions = [...include, ...known.map((id) => `^${id}`)];
  // A remote name (not a URL): its remote-tracking branches are already there.
  if (remote && /^[\w.-]+$/.test(remote)) revisions.push('--not', `--remotes=${remote}`);
  return revisions;
}
