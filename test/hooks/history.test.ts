/**
 * `leakproof scan --history` and `scan --pre-push`: real repositories — a small hand-made one with
 * branches, a merge, a rename and removals; a generated one (git fast-import) checked against its
 * independently computed ground truth, and against `git grep` over every commit; and a real bare
 * remote that `git push` talks to through the installed pre-push hook.
 */
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { tempTree, type JsonReport } from '../helpers.js';
import { CLI, cleanEnv, git, gitRun, leakproof, makeRepo, parseReport, token, write } from './gitHelpers.js';
import { generateHistory, type GeneratedHistory } from './historyRepo.js';

interface HistoryFinding {
  path: string;
  line: number;
  detector: string;
  commit: { hash: string; date: string; author: string; stillIn: number };
}

function history(
  repo: string,
  args: readonly string[] = [],
): { status: number | null; findings: HistoryFinding[]; report: JsonReport; stderr: string } {
  const result = leakproof(repo, ['scan', '--history', '--format', 'json', ...args]);
  const report = parseReport(result);
  return { status: result.status, findings: report.findings as unknown as HistoryFinding[], report, stderr: result.stderr };
}

/** Commits with explicit, increasing dates (for --since) and no hooks. */
function commitAt(repo: string, day: number, files: Record<string, string | null>, message: string): string {
  for (const [path, content] of Object.entries(files)) {
    if (content === null) git(repo, 'rm', '-q', path);
    else {
      write(repo, { [path]: content });
      git(repo, 'add', path);
    }
  }
  const date = `2024-01-${String(day).padStart(2, '0')}T12:00:00+00:00`;
  const result = gitRun(repo, ['commit', '-q', '--no-verify', '--allow-empty', '-m', message], {
    env: { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
  });
  assert.equal(result.status, 0, result.stderr);
  return git(repo, 'rev-parse', 'HEAD');
}

/** Independent oracle: in how many commits (all refs) does `path` contain `secret`? */
function commitsContaining(repo: string, secret: string, path: string): number {
  const commits = git(repo, 'rev-list', '--all').split('\n');
  const out = gitRun(repo, ['grep', '-l', '-F', '-e', secret, ...commits, '--', path]).stdout.trim();
  return out ? out.split('\n').length : 0;
}

describe('scan --history on a hand-made repository', () => {
  const A = token('history-a');
  const B = token('history-b');
  const C = token('history-c');
  let repo = '';
  const at: Record<string, string> = {};

  before(() => {
    repo = makeRepo();
    at.c1 = commitAt(repo, 1, { 'app.py': 'print("hello")\n' }, 'c1');
    at.c2 = commitAt(repo, 2, { 'config.py': `DEBUG = False\nNAME = "demo"\nTOKEN = "${A}"\n` }, 'c2: secret A');
    git(repo, 'checkout', '-q', '-b', 'feature');
    at.f1 = commitAt(repo, 3, { 'feature.py': `# feature\nB = "${B}"\n` }, 'f1: secret B');
    at.f2 = commitAt(repo, 4, { 'feature.py': `# feature, more\nB = "${B}"\nx = 1\n` }, 'f2');
    git(repo, 'checkout', '-q', 'main');
    at.c3 = commitAt(repo, 5, { 'app.py': 'print("hello, world")\n' }, 'c3');
    git(repo, 'checkout', '-q', '-b', 'experiment');
    at.e1 = commitAt(repo, 6, { 'notes.md': `Deploy token: ${C}\n` }, 'e1: secret C, never merged');
    git(repo, 'checkout', '-q', 'main');
    at.c4 = commitAt(repo, 7, { 'config.py': 'DEBUG = False\nNAME = "demo"\nTOKEN = os.environ["TOKEN"]\n' }, 'c4: A removed');
    const merge = gitRun(repo, ['merge', '-q', '--no-ff', '--no-verify', '-m', 'm1: merge feature', 'feature'], {
      env: { GIT_AUTHOR_DATE: '2024-01-08T12:00:00+00:00', GIT_COMMITTER_DATE: '2024-01-08T12:00:00+00:00' },
    });
    assert.equal(merge.status, 0, merge.stderr);
    at.m1 = git(repo, 'rev-parse', 'HEAD');
    git(repo, 'mv', 'feature.py', 'feat.py');
    at.c5 = commitAt(repo, 9, {}, 'c5: rename feature.py -> feat.py (B carried along)');
  });

  it('reports each secret once, at the commit that introduced it, with date, author, file, line', () => {
    const { status, findings, stderr } = history(repo, ['--all']);
    assert.equal(status, 1, stderr);
    const byPath = Object.fromEntries(findings.map((f) => [f.path, f]));
    assert.deepEqual(Object.keys(byPath).sort(), ['config.py', 'feature.py', 'notes.md']);
    assert.deepEqual([byPath['config.py']!.commit.hash, byPath['config.py']!.line], [at.c2, 3]);
    assert.deepEqual([byPath['feature.py']!.commit.hash, byPath['feature.py']!.line], [at.f1, 2]);
    assert.deepEqual([byPath['notes.md']!.commit.hash, byPath['notes.md']!.line], [at.e1, 1]);
    assert.equal(byPath['config.py']!.commit.date, '2024-01-02T12:00:00+00:00');
    assert.equal(byPath['config.py']!.commit.author, 'Leakproof Test');
    assert.match(stderr, /scanned 9 commit\(s\)/);
  });

  it('counts the commits that still contain each secret (branches, the merge and the rename included)', () => {
    const { findings } = history(repo);
    const stillIn = Object.fromEntries(findings.map((f) => [f.path, f.commit.stillIn]));
    // A: c2, f1, f2, c3, e1 (c4 removed it on main; the merge keeps main's side).
    // B: f1, f2, m1, and c5 under its new name. C: e1.
    assert.deepEqual(stillIn, { 'config.py': 5, 'feature.py': 4, 'notes.md': 1 });
    assert.equal(commitsContaining(repo, A, 'config.py'), 5, 'oracle agrees');
    assert.equal(commitsContaining(repo, B, 'feature.py') + commitsContaining(repo, B, 'feat.py'), 4, 'oracle agrees');
  });

  it('a branch or a range limits the walk; --since drops older commits', () => {
    assert.deepEqual(
      history(repo, ['main'])
        .findings.map((f) => f.path)
        .sort(),
      ['config.py', 'feature.py'],
      'main does not see the unmerged branch',
    );
    assert.deepEqual(
      history(repo, [`${at.c2}..main`]).findings.map((f) => f.path),
      ['feature.py'],
      'A was introduced outside the range',
    );
    assert.deepEqual(
      history(repo, ['--all', '--since', '2024-01-05T00:00:00Z']).findings.map((f) => f.path),
      ['notes.md'],
    );
    const clean = history(repo, [`${at.m1}..main`]);
    assert.equal(clean.status, 0);
    assert.equal(clean.findings.length, 0);
  });

  it('writes text and SARIF like `scan`, with the commit', () => {
    const text = leakproof(repo, ['scan', '--history', '--no-color']);
    assert.equal(text.status, 1);
    assert.match(
      text.stdout,
      new RegExp(
        `^config\\.py\\n  config\\.py:3:10  error  GitHub personal access token \\(classic\\)  ghp_\\w\\w\\*{8}  \\[github\\.pat-classic, high confidence\\]\\n      │ .*ghp_\\w\\w\\*{8}.*\\n      introduced in ${at.c2!.slice(0, 12)} on 2024-01-02T12:00:00\\+00:00 by Leakproof Test; still in 5 commit\\(s\\)`,
        'm',
      ),
    );
    assert.ok(![A, B, C].some((s) => text.stdout.includes(s)), 'never the secret itself');
    const sarif = JSON.parse(leakproof(repo, ['scan', '--history', '--format', 'sarif']).stdout);
    const results = sarif.runs[0].results as {
      locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
      properties: { commit: string };
    }[];
    const config = results.find((r) => r.locations[0]!.physicalLocation.artifactLocation.uri === 'config.py');
    assert.equal(config?.properties.commit, at.c2);
  });

  it('bad revisions are errors with git’s reason (exit 2); option-like revisions are refused', () => {
    const bad = leakproof(repo, ['scan', '--history', 'no-such-branch']);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /git log failed: .*no-such-branch/);
    const smuggled = leakproof(repo, ['scan', '--history', '--', '--output=/tmp/x']);
    assert.equal(smuggled.status, 2);
    assert.match(smuggled.stderr, /not a revision or range/);
    const outside = leakproof(tempTree(), ['scan', '--history']);
    assert.equal(outside.status, 2);
  });
});

describe('scan --history: file kinds', () => {
  it('finds a secret in a file that .gitattributes hides from diffs, in a binary’s printable runs, follows odd names', () => {
    const repo = makeRepo();
    commitAt(repo, 1, { '.gitattributes': '*.cfg -diff\n', 'odd name é.txt': 'x\n' }, 'attributes');
    const hidden = commitAt(
      repo,
      2,
      { 'deploy.cfg': `token = ${token('hidden')}\n`, 'odd name é.txt': `x\ntoken: ${token('odd')}\n` },
      'secrets',
    );
    write(repo, { 'blob.bin': Buffer.concat([Buffer.from([0, 1, 2, 0]), Buffer.from(`token=${token('binary')}\n`)]) });
    git(repo, 'add', 'blob.bin');
    git(repo, 'commit', '-q', '--no-verify', '-m', 'binary');
    const binary = git(repo, 'rev-parse', 'HEAD');
    const { findings, report } = history(repo);
    assert.deepEqual(findings.map((f) => [f.path, f.line, f.commit.hash]).sort(), [
      ['blob.bin', 1, binary],
      ['deploy.cfg', 1, hidden],
      ['odd name é.txt', 2, hidden],
    ]);
    assert.deepEqual(report.skipped, []);
  });

  it('draws a progress bar on stderr when it is a terminal, and none otherwise', () => {
    const repo = makeRepo();
    for (let day = 1; day <= 3; day++) commitAt(repo, day, { 'a.txt': `${day}\n` }, `c${day}`);
    const tty = spawnSync('script', ['-qec', `${process.execPath} ${CLI} scan --history --format json --output /dev/null`, '/dev/null'], {
      cwd: repo,
      encoding: 'utf8',
      env: cleanEnv(),
    });
    assert.equal(tty.status, 0, tty.stderr);
    assert.match(tty.stdout, /\r\u001b\[Kleakproof: scanning history \[#+\] 3\/3 commits, 0 secret\(s\)/);
    const piped = leakproof(repo, ['scan', '--history', '--format', 'json']);
    assert.doesNotMatch(piped.stderr, /scanning history/);
  });
});

describe('scan --history on a generated repository (fast-import)', () => {
  let generated: GeneratedHistory;
  before(() => {
    generated = generateHistory(tempTree(), { commits: 400, files: 30, fileLines: 60, plantEvery: 25, seed: 'history-test' });
  });

  it('matches the generator’s ground truth: introducing commit, path, line and commits still containing it', () => {
    assert.ok(generated.plants.length >= 12, `planted ${generated.plants.length}`);
    assert.ok(
      generated.branches.some((b) => b.name !== 'main' && b.merged) && generated.branches.some((b) => !b.merged),
      JSON.stringify(generated.branches),
    );
    const { status, findings, stderr } = history(generated.dir, ['--all']);
    assert.equal(status, 1, stderr);
    const actual = findings.map((f) => `${f.path}:${f.line} ${f.commit.hash} still in ${f.commit.stillIn}`).sort();
    const expected = generated.plants.map((p) => `${p.path}:${p.line} ${p.hash} still in ${p.stillIn}`).sort();
    assert.deepEqual(actual, expected);
    assert.match(stderr, new RegExp(`scanned ${generated.commits} commit\\(s\\)`));
  });

  it('agrees with git grep over every commit for the commits-still-containing counts', () => {
    const sample = generated.plants.filter((_, i) => i % 4 === 0);
    for (const plant of sample) assert.equal(commitsContaining(generated.dir, plant.secret, plant.path), plant.stillIn, plant.path);
  });
});

describe('scan --pre-push with a real bare remote', () => {
  function setup(): { repo: string; remote: string } {
    const remote = makeRepo({ bare: true });
    const repo = makeRepo();
    git(repo, 'remote', 'add', 'origin', remote);
    write(repo, { 'README.md': '# demo\n' });
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '--no-verify', '-m', 'initial');
    const install = leakproof(repo, ['install-hook', 'pre-push']);
    assert.equal(install.status, 0, install.stderr);
    return { repo, remote };
  }

  it('blocks a push whose new commits added a secret — even if a later commit removed it — naming that commit', () => {
    const { repo, remote } = setup();
    assert.equal(gitRun(repo, ['push', '-q', 'origin', 'main']).status, 0, 'a clean first push goes through');
    const leak = token('push-1');
    write(repo, { 'deploy/prod.env': `A=1\nGITHUB_TOKEN=${leak}\n` });
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '--no-verify', '-m', 'add prod env');
    const introduced = git(repo, 'rev-parse', 'HEAD');
    write(repo, { 'deploy/prod.env': 'A=1\n' });
    git(repo, 'commit', '-q', '--no-verify', '-am', 'oops, remove it');
    const before = git(remote, 'rev-parse', 'main');
    const push = gitRun(repo, ['push', 'origin', 'main']);
    assert.notEqual(push.status, 0);
    assert.match(push.stdout + push.stderr, /deploy\/prod\.env:2:14/);
    assert.match(push.stdout + push.stderr, new RegExp(`introduced in ${introduced.slice(0, 12)}`));
    assert.match(push.stderr, /push blocked — 1 secret/);
    assert.match(push.stderr, /git push --no-verify/);
    assert.match(push.stderr, /scanned 2 new commit\(s\) being pushed to origin/);
    assert.ok(!(push.stdout + push.stderr).includes(leak));
    assert.equal(git(remote, 'rev-parse', 'main'), before, 'the remote did not move');

    assert.equal(
      gitRun(repo, ['push', '-q', 'origin', 'main'], { env: { LEAKPROOF_SKIP: '1' } }).status,
      0,
      'LEAKPROOF_SKIP=1 bypasses it',
    );
    write(repo, { 'next.txt': 'next\n' });
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '--no-verify', '-m', 'next');
    const next = gitRun(repo, ['push', 'origin', 'main']);
    assert.equal(next.status, 0, `only the new commit is scanned, not what the remote has: ${next.stderr}`);
    assert.match(next.stderr, /scanned 1 new commit\(s\)/);
  });

  it('a new branch: only commits the remote lacks are scanned; deleting a branch pushes nothing', () => {
    const { repo, remote } = setup();
    git(repo, 'push', '-q', 'origin', 'main');
    git(repo, 'checkout', '-q', '-b', 'topic');
    write(repo, { 'topic.txt': 'topic\n' });
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '--no-verify', '-m', 'topic');
    const clean = gitRun(repo, ['push', 'origin', 'topic']);
    assert.equal(clean.status, 0, clean.stderr);
    assert.match(clean.stderr, /scanned 1 new commit\(s\)/);
    git(repo, 'checkout', '-q', '-b', 'leaky');
    write(repo, { 'leak.yml': `token: ${token('push-2')}\n` });
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '--no-verify', '-m', 'leak');
    const blocked = gitRun(repo, ['push', 'origin', 'leaky']);
    assert.notEqual(blocked.status, 0);
    assert.match(blocked.stdout + blocked.stderr, /leak\.yml:1:8/);
    assert.equal(gitRun(remote, ['rev-parse', '-q', '--verify', 'refs/heads/leaky']).status, 1);
    const deletion = gitRun(repo, ['push', 'origin', ':topic']);
    assert.equal(deletion.status, 0, deletion.stderr);
    assert.match(deletion.stderr, /only deletes refs/);
  });
});
