/**
 * History-aware advice (issue 12 item 3): the diagnostic and the hover say whether the secret is
 * already in git — never committed (remove it; no rotation, no history rewrite), committed (since
 * which commit; rotate, clean history), pushed (rotate now). Real git repositories and a bare
 * remote, the bundled server over stdio; git is asked off the typing path, so diagnostics are
 * published before the answer and again with it.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { PublishDiagnosticsNotification, type Diagnostic, type Hover, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { fakeGithubToken } from '../../server/src/engine/detectors/code-hosting/github.examples.js';
import { gitHistoryOf } from '../../server/src/features/secretHistory.js';
import {
  NOT_COMMITTED,
  COMMIT_MARK,
  firstCommitAdding,
  historyNote,
  historyParagraph,
  historyStep,
  remotesHolding,
} from '../../server/src/history.js';
import { workspace } from './expected.js';
import { TestClient } from './lspClient.js';

let client: TestClient | undefined;
afterEach(async () => {
  await client?.stop();
  client = undefined;
});

const HANG_GUARD_MS = 60_000;
/** Advice that only makes sense for a secret that is in history. */
const HISTORY_REWRITE = /force|filter-repo|purge|clean history|rewrite/i;

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
}

/** A repository with one unrelated commit (so HEAD exists) and an identity of its own. */
function repo(): string {
  const root = workspace();
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'config', 'user.name', 'Leakproof Test');
  git(root, 'config', 'user.email', 'test@leakproof.invalid');
  git(root, 'config', 'commit.gpgsign', 'false');
  writeFileSync(join(root, 'README.md'), '# sample\n');
  git(root, 'add', 'README.md');
  git(root, 'commit', '-q', '-m', 'initial');
  return root;
}

function commitFile(root: string, name: string, text: string, message = `add ${name}`): { sha: string; date: string } {
  writeFileSync(join(root, name), text);
  git(root, 'add', name);
  git(root, 'commit', '-q', '-m', message);
  const [sha = '', date = ''] = git(root, 'log', '-1', '--format=%h %cs').split(' ');
  return { sha, date };
}

/** Pushes main to a fresh bare repository named `origin` (a real remote-tracking branch). */
function pushToOrigin(root: string): void {
  const remote = join(workspace(), 'origin.git');
  mkdirSync(remote);
  git(remote, 'init', '-q', '--bare');
  git(root, 'remote', 'add', 'origin', remote);
  git(root, 'push', '-q', 'origin', 'main');
}

const code = (token: string) => `export const githubToken = "${token}";\n`;

function finding(c: TestClient, uri: string, pattern: RegExp): Promise<Diagnostic> {
  return c.waitFor(
    () => c.diagnostics.get(uri)?.diagnostics.find((d) => d.code === 'github.pat-classic' && pattern.test(d.message)),
    HANG_GUARD_MS,
    `a diagnostic matching ${pattern}`,
  );
}

async function hoverText(c: TestClient, uri: string, diagnostic: Diagnostic): Promise<string> {
  const hover = await c.request<Hover>('textDocument/hover', { textDocument: { uri }, position: diagnostic.range.start });
  return (hover.contents as { value: string }).value;
}

describe('history-aware advice: the pure part', () => {
  it('reads the first commit of a reversed pickaxe log and ignores anything else', () => {
    const log = [
      `${COMMIT_MARK}aaa1111 2026-10-01`,
      'diff --git a/x b/x',
      '+++ b/x',
      '@@ -0,0 +1 @@',
      '+unrelated',
      `${COMMIT_MARK}abc1234 2026-11-02`,
      '@@ -1 +1,3 @@',
      '-unrelated',
      '+token = "VALUE-1"',
      '+-----BEGIN KEY-----',
      '+line two',
      `${COMMIT_MARK}def5678 2026-12-01`,
      '+VALUE-1 again',
    ].join('\n');
    assert.deepEqual(firstCommitAdding(log, 'VALUE-1'), { commit: 'abc1234', date: '2026-11-02' });
    assert.deepEqual(
      firstCommitAdding(log, '-----BEGIN KEY-----\nline two'),
      { commit: 'abc1234', date: '2026-11-02' },
      'lines added together',
    );
    assert.equal(firstCommitAdding(log, 'unrelated\ntoken'), undefined, 'a removed line does not join added ones');
    assert.equal(firstCommitAdding(log, 'never there'), undefined);
    assert.equal(firstCommitAdding('', 'VALUE-1'), undefined);
  });

  it('maps remote-tracking refs to remotes, including remote names with a slash', () => {
    const refs = 'refs/remotes/origin/main\nrefs/remotes/origin/HEAD\nrefs/remotes/team/backup/main\n';
    assert.deepEqual(remotesHolding(refs, 'origin\nteam/backup\nunused\n'), ['origin', 'team/backup']);
    assert.deepEqual(remotesHolding('', 'origin\n'), []);
  });

  it('never gives history-rewrite advice for a secret that was never committed', () => {
    assert.equal(historyStep(NOT_COMMITTED), undefined);
    assert.doesNotMatch(historyNote(NOT_COMMITTED)!, HISTORY_REWRITE);
    assert.doesNotMatch(historyParagraph(NOT_COMMITTED).join('\n'), HISTORY_REWRITE);
    const pushed = { state: 'committed', commit: 'abc1234', date: '2026-11-02', remotes: ['origin'] } as const;
    assert.equal(
      historyNote(pushed),
      'already in history since abc1234 (2026-11-02); rotate it, then clean history; pushed to origin: rotate now',
    );
    assert.equal(historyNote({ state: 'unknown' }), undefined, 'nothing is claimed before git answers');
  });
});

describe('history lookup against real repositories (gitHistoryOf)', () => {
  it('outside a repository: no claim; a repository without commits: not committed', async () => {
    const token = fakeGithubToken('ghp_', 'history-lookup-none');
    const loose = workspace();
    writeFileSync(join(loose, 'a.ts'), code(token));
    assert.equal((await gitHistoryOf(join(loose, 'a.ts'), token)).history.state, 'unknown');
    const empty = workspace();
    git(empty, 'init', '-q');
    writeFileSync(join(empty, 'a.ts'), code(token));
    assert.deepEqual((await gitHistoryOf(join(empty, 'a.ts'), token)).history, NOT_COMMITTED);
  });

  it('finds the commit that added the value to the file, not a later one, and the remote that has it', async () => {
    const token = fakeGithubToken('ghp_', 'history-lookup-commit');
    const root = repo();
    const added = commitFile(root, 'config.ts', code(token));
    commitFile(root, 'config.ts', `${code(token)}// later\n`, 'a later change');
    let answer = await gitHistoryOf(join(root, 'config.ts'), token);
    assert.deepEqual(answer.history, { state: 'committed', commit: added.sha, date: added.date, remotes: [] });
    assert.equal(answer.head, git(root, 'rev-parse', 'HEAD'));
    pushToOrigin(root);
    answer = await gitHistoryOf(join(root, 'config.ts'), token);
    assert.deepEqual(answer.history, { state: 'committed', commit: added.sha, date: added.date, remotes: ['origin'] });
    const other = fakeGithubToken('ghp_', 'history-lookup-other');
    assert.deepEqual((await gitHistoryOf(join(root, 'config.ts'), other)).history, NOT_COMMITTED);
  });
});

describe('history-aware advice in the language server', () => {
  it('a secret never committed: "not committed" advice, no rotation or history-rewrite step', async () => {
    const token = fakeGithubToken('ghp_', 'history-uncommitted');
    const root = repo();
    writeFileSync(join(root, 'config.ts'), code(token));
    ({ client } = await TestClient.start({ rootPath: root }));
    const uri = client.open(join(root, 'config.ts'), code(token), 'typescript');
    const diagnostic = await finding(client, uri, /not committed/);
    assert.match(diagnostic.message, / — not committed: remove it before committing; no rotation needed if it never left this machine$/);
    assert.doesNotMatch(diagnostic.message, HISTORY_REWRITE);
    const text = await hoverText(client, uri, diagnostic);
    assert.match(text, /\*\*Not committed:\*\* remove it before committing; no rotation needed if it never left this machine\./);
    assert.doesNotMatch(text, HISTORY_REWRITE, text);
    assert.ok(!client.transcript().includes(token), 'the value never crosses the wire');
  });

  it('a committed secret: the short sha and date of the commit that added it', async () => {
    const token = fakeGithubToken('ghp_', 'history-committed');
    const root = repo();
    const { sha, date } = commitFile(root, 'config.ts', code(token));
    ({ client } = await TestClient.start({ rootPath: root }));
    const uri = client.open(join(root, 'config.ts'), code(token), 'typescript');
    const diagnostic = await finding(client, uri, /already in history/);
    assert.ok(
      diagnostic.message.endsWith(` — already in history since ${sha} (${date}); rotate it, then clean history`),
      diagnostic.message,
    );
    const text = await hoverText(client, uri, diagnostic);
    assert.ok(text.includes(`**Already in history** since \`${sha}\` (${date}): rotate it, then clean history.`), text);
    assert.doesNotMatch(text, /Pushed to|force-push and/);
    assert.ok(!client.transcript().includes(token));
  });

  it('a committed secret pushed to a remote: "pushed to origin: rotate now"', async () => {
    const token = fakeGithubToken('ghp_', 'history-pushed');
    const root = repo();
    const { sha } = commitFile(root, 'config.ts', code(token));
    pushToOrigin(root);
    ({ client } = await TestClient.start({ rootPath: root }));
    const uri = client.open(join(root, 'config.ts'), code(token), 'typescript');
    const diagnostic = await finding(client, uri, /pushed to origin: rotate now/);
    assert.match(
      diagnostic.message,
      new RegExp(
        `already in history since ${sha} \\(\\d{4}-\\d{2}-\\d{2}\\); rotate it, then clean history; pushed to origin: rotate now$`,
      ),
    );
    const text = await hoverText(client, uri, diagnostic);
    assert.match(text, /\*\*Pushed to origin: rotate now\.\*\*/);
    assert.ok(!client.transcript().includes(token));
  });

  it('a commit made while the file is open moves the advice from "not committed" to "already in history"', async () => {
    const token = fakeGithubToken('ghp_', 'history-commit-later');
    const root = repo();
    writeFileSync(join(root, 'config.ts'), code(token));
    ({ client } = await TestClient.start({ rootPath: root }));
    const uri = client.open(join(root, 'config.ts'), code(token), 'typescript');
    await finding(client, uri, /not committed/);
    git(root, 'add', 'config.ts');
    git(root, 'commit', '-q', '-m', 'oops');
    const sha = git(root, 'log', '-1', '--format=%h');
    client.notify('textDocument/didSave', { textDocument: { uri } }); // HEAD is read again (also without a save, after a while)
    const diagnostic = await finding(client, uri, /already in history/);
    assert.match(diagnostic.message, new RegExp(`since ${sha} `));
  });

  it('a huge history does not hold up the first diagnostics: they come first, the advice after', async () => {
    const token = fakeGithubToken('ghp_', 'history-huge');
    const root = repo();
    const { sha } = commitFile(root, 'config.ts', code(token));
    // Hundreds of later commits rewriting a large file: the pickaxe has to read every version.
    const filler = Array.from({ length: 1500 }, (_, i) => `export const line${i} = ${i};`).join('\n');
    let stream = '';
    for (let i = 0; i < 600; i++) {
      const text = `${code(token)}${filler}\n// revision ${i}\n`;
      stream += `commit refs/heads/main\ncommitter Leakproof Test <test@leakproof.invalid> ${1_700_000_000 + i} +0000\ndata 3\nrev\n`;
      stream += `${i === 0 ? 'from refs/heads/main^0\n' : ''}M 100644 inline config.ts\ndata ${Buffer.byteLength(text)}\n${text}\n`;
    }
    execFileSync('git', ['fast-import', '--quiet'], { cwd: root, input: stream });
    git(root, 'reset', '-q', '--hard', 'main');
    const text = `${code(token)}${filler}\n// revision 599\n`;
    ({ client } = await TestClient.start({ rootPath: root }));
    const uri = client.open(join(root, 'config.ts'), text, 'typescript');
    await finding(client, uri, /already in history/);
    const published = client.received
      .filter((m) => m.method === PublishDiagnosticsNotification.method)
      .map((m) => m.params as PublishDiagnosticsParams)
      .filter((p) => p.uri === uri)
      .map((p) => p.diagnostics.find((d) => d.code === 'github.pat-classic'));
    const first = published.findIndex((d) => d !== undefined);
    const answered = published.findIndex((d) => d !== undefined && /already in history/.test(d.message));
    assert.ok(first >= 0 && first < answered, `the finding is published (#${first}) before the history answer (#${answered})`);
    assert.doesNotMatch(published[first]!.message, /history|committed/, 'nothing is claimed before git answers');
    assert.match(published[answered]!.message, new RegExp(`since ${sha} `));
  });
});
