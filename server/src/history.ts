/**
 * History-aware advice (issue 12 item 3), the pure part: what git's answers mean and what the
 * diagnostic and the hover say about them. A secret that was never committed needs removing, not
 * rotating, and never history-rewrite advice; a committed one needs rotating and a history clean-up;
 * a pushed one needs rotating now. Until git answers (or when it cannot), nothing is claimed.
 * features/secretHistory.ts asks git, off the typing path.
 */

/** Where a secret stands with the file's git history. */
export type SecretHistory =
  /** Not asked yet, not in a repository, or git failed or took too long: no claim either way. */
  | { readonly state: 'unknown' }
  /** In a repository, and no commit reachable from HEAD ever added it to this file. */
  | { readonly state: 'not-committed' }
  /** First added to this file by `commit` (abbreviated) on `date` (YYYY-MM-DD); `remotes` have it. */
  | { readonly state: 'committed'; readonly commit: string; readonly date: string; readonly remotes: readonly string[] };

export const UNKNOWN_HISTORY: SecretHistory = { state: 'unknown' };
export const NOT_COMMITTED: SecretHistory = { state: 'not-committed' };

export function sameHistory(a: SecretHistory, b: SecretHistory): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Starts each commit's header in HISTORY_LOG_FORMAT (a control character no patch line starts with). */
export const COMMIT_MARK = '\u0001';
/** `git log --format=` for firstCommitAdding: the mark, the short hash and the commit date. */
export const HISTORY_LOG_FORMAT = '%x01%h %cs';

/**
 * The oldest commit whose added lines hold the value, from `git log --reverse -p -U0
 * --format=HISTORY_LOG_FORMAT -- <file>`. Searched here rather than with git's pickaxe (`-S<value>`):
 * an argument is visible to every local process (`/proc/<pid>/cmdline`), and the value is a secret.
 * A value spanning lines (a PEM block) counts when its lines were added together.
 */
export function firstCommitAdding(logOutput: string, value: string): { commit: string; date: string } | undefined {
  let commit: { commit: string; date: string } | undefined;
  let added: string[] = [];
  const holds = () => commit !== undefined && added.length > 0 && added.join('\n').includes(value);
  for (const line of logOutput.split('\n')) {
    if (line.startsWith(COMMIT_MARK)) {
      if (holds()) return commit;
      const match = /^([0-9a-f]{4,64}) (\d{4}-\d{2}-\d{2})\s*$/.exec(line.slice(1).trim());
      commit = match ? { commit: match[1]!, date: match[2]! } : undefined;
      added = [];
    } else if (line.startsWith('+') && !line.startsWith('+++ ')) {
      added.push(line.slice(1));
    } else if (!line.startsWith('\\')) {
      // A context, removal or header line ends a run of added lines (a value spanning lines must be contiguous).
      if (holds()) return commit;
      if (added.length > 0) added.push('\u0000');
    }
  }
  return holds() ? commit : undefined;
}

/**
 * The remotes whose remote-tracking branches contain the commit, from
 * `git for-each-ref --contains <sha> --format=%(refname) refs/remotes` and `git remote`.
 * Remote names may contain '/', so each ref is matched to the longest remote name it starts with.
 */
export function remotesHolding(refsOutput: string, remotesOutput: string): string[] {
  const remotes = remotesOutput
    .split('\n')
    .map((name) => name.trim())
    .filter(Boolean)
    .sort((a, b) => b.length - a.length);
  const found = new Set<string>();
  for (const line of refsOutput.split('\n')) {
    const ref = line.trim();
    if (!ref.startsWith('refs/remotes/')) continue;
    const rest = ref.slice('refs/remotes/'.length);
    const remote = remotes.find((name) => rest.startsWith(`${name}/`));
    if (remote) found.add(remote);
  }
  return [...found].sort();
}

export const NOT_COMMITTED_ADVICE = 'not committed: remove it before committing; no rotation needed if it never left this machine';

function remoteList(remotes: readonly string[]): string {
  return remotes.join(', ');
}

/** Appended to the diagnostic's message once git has answered (undefined: nothing to add). */
export function historyNote(history: SecretHistory): string | undefined {
  switch (history.state) {
    case 'not-committed':
      return NOT_COMMITTED_ADVICE;
    case 'committed': {
      const pushed = history.remotes.length > 0 ? `; pushed to ${remoteList(history.remotes)}: rotate now` : '';
      return `already in history since ${history.commit} (${history.date}); rotate it, then clean history${pushed}`;
    }
    default:
      return undefined;
  }
}

/** The hover's paragraph about history (Markdown lines; none until git has answered). */
export function historyParagraph(history: SecretHistory): string[] {
  switch (history.state) {
    case 'not-committed':
      return ['**Not committed:** remove it before committing; no rotation needed if it never left this machine.'];
    case 'committed': {
      const lines = [`**Already in history** since \`${history.commit}\` (${history.date}): rotate it, then clean history.`];
      if (history.remotes.length > 0) lines.push(`**Pushed to ${remoteList(history.remotes)}: rotate now.**`);
      return lines;
    }
    default:
      return [];
  }
}

/**
 * The last revoke step: how to deal with history. Rewriting history (and force-pushing it) is only
 * ever suggested for a secret that is in it; a secret never committed gets no such step.
 */
export function historyStep(history: SecretHistory): string | undefined {
  switch (history.state) {
    case 'not-committed':
      return undefined;
    case 'committed':
      return history.remotes.length > 0
        ? 'Clean history after revoking (`git filter-repo --replace-text`, then force-push and have everyone re-clone; see the guide).'
        : 'Clean history after revoking (`git filter-repo --replace-text`, see the guide); it was not pushed, so no force-push is needed.';
    default:
      return 'If it was committed: purge history after revoking (`git filter-repo --replace-text`, see the guide).';
  }
}
