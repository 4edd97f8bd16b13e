/**
 * Issue 8, "exit codes and visibility": a path that cannot be read fails the scan (exit 2), a
 * reader that closes the pipe early does not crash it or change its exit code, and every skipped
 * path is accounted for in the text output. Real files, the built CLI as a real process.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fakeGithubToken } from '../../server/src/engine/detectors/code-hosting/github.examples.js';
import { CLI, runCli, tempTree } from '../helpers.js';

/**
 * Runs the CLI as an unprivileged user when the suite runs as root (root reads any file whatever
 * its mode, so "unreadable" needs someone it applies to).
 */
function scanAsUser(args: readonly string[]) {
  const asRoot = process.getuid?.() === 0;
  const result = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    timeout: 120_000,
    ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function openTree(files: Record<string, string>): string {
  const dir = tempTree(files);
  chmodSync(dir, 0o755);
  return dir;
}

describe('exit codes and visibility', () => {
  it('an unreadable file or folder is exit 2, named with its reason (not a clean 0)', () => {
    const dir = openTree({ 'ok.txt': 'nothing here\n', 'locked.env': `GITHUB_TOKEN=${fakeGithubToken('ghp_', 'locked')}\n` });
    chmodSync(join(dir, 'ok.txt'), 0o644);
    chmodSync(join(dir, 'locked.env'), 0o000);
    const file = scanAsUser(['scan', dir]);
    assert.equal(file.status, 2, file.stdout + file.stderr);
    assert.match(file.stderr, /locked\.env: unreadable \(EACCES\)/);
    assert.match(file.stderr, /could not be scanned: the result is incomplete \(exit 2\)/);

    const folders = openTree({ 'ok.txt': 'nothing here\n' });
    chmodSync(join(folders, 'ok.txt'), 0o644);
    mkdirSync(join(folders, 'private'), { mode: 0o000 });
    chmodSync(join(folders, 'private'), 0o000);
    const folder = scanAsUser(['scan', folders]);
    assert.equal(folder.status, 2, folder.stdout + folder.stderr);
    assert.match(folder.stderr, /private: unreadable folder \(EACCES\)/);
  });

  it('a closed standard output (`| head`) neither crashes with EPIPE nor changes the exit code', () => {
    const files: Record<string, string> = {};
    // 800 findings: a report far larger than a pipe's buffer, so `head` closes it mid-write. Each finding costs
    // a deliberately slow salted hash (~10 ms of CPU), so no more than that: 2,400 took 100 s on a loaded machine.
    for (let i = 0; i < 100; i++)
      files[`f${i}.env`] = Array.from({ length: 8 }, (_, j) => `TOKEN_${j}=${fakeGithubToken('ghp_', `pipe-${i}-${j}`)}`).join('\n');
    const dirty = tempTree(files);
    const clean: Record<string, string> = {};
    for (let i = 0; i < 4000; i++) clean[`images/picture-${i}.png`] = 'x';
    const verbose = tempTree(clean);
    for (const [dir, args, expected] of [
      [dirty, '', 'status=1'],
      [verbose, '--show-skipped', 'status=0'],
    ] as const) {
      const run = spawnSync(
        'bash',
        ['-c', `"${process.execPath}" "${CLI}" scan "${dir}" --no-color ${args} | head -n 1 >/dev/null; echo "status=\${PIPESTATUS[0]}"`],
        { encoding: 'utf8', timeout: 300_000 },
      );
      assert.equal(run.stdout.trim(), expected, run.stderr);
      assert.doesNotMatch(run.stderr, /EPIPE|Error|at /);
    }
  });

  it('text output counts skips by reason, --show-skipped lists each path, and a scan that skipped everything says so', () => {
    const token = fakeGithubToken('ghp_', 'visible');
    const dir = tempTree({ 'logo.png': token, 'site/index.html': `<p>${token}</p>`, 'node_modules/pkg/index.js': `t="${token}"` });
    writeFileSync(join(dir, 'README'), 'nothing\n');
    const summary = runCli(['scan', dir, '--no-color']);
    assert.equal(summary.status, 0);
    assert.match(summary.stdout, /3 skipped; skipped: .*1 binary-extension.*\(--show-skipped lists them\)/);
    const listed = runCli(['scan', dir, '--no-color', '--show-skipped']);
    for (const name of ['logo.png', 'index.html', 'index.js'])
      assert.match(listed.stdout, new RegExp(`${name.replace('.', '\\.')}  skipped  \\S`));

    const onlySkipped = tempTree({ 'logo.png': token, 'style.css': `/* ${token} */` });
    const nothing = runCli(['scan', onlySkipped, '--no-color']);
    assert.equal(nothing.status, 0);
    assert.match(nothing.stdout, /nothing scanned: all 2 file\(s\) were skipped/);
  });
});
