/**
 * Hardening: `leakproof scan` on hostile trees never hangs, reports every skip with a reason, and
 * exits with the right code. Runs as root here, so "unreadable" is exercised with failures root hits
 * too: a path longer than PATH_MAX (ENAMETOOLONG), dangling links and link loops (ELOOP).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { CLI } from '../helpers.js';
import { fakeGithubToken } from '../../server/src/engine/detectors/code-hosting/github.examples.js';

const roots: string[] = [];
after(() => {
  // `rm -rf` copes with trees deeper than PATH_MAX, which fs.rmSync does not.
  for (const dir of roots) spawnSync('rm', ['-rf', dir]);
});

function root(): string {
  const dir = mkdtempSync(join(tmpdir(), 'leakproof-hostile-'));
  roots.push(dir);
  return dir;
}

interface Json {
  findings: { path: string; detector: string }[];
  skipped: { path: string; reason: string }[];
  stats: { files: number; skipped: number };
}

/** Runs the CLI with a hard timeout: a hang fails the test instead of stalling the suite. */
function scan(
  args: string[],
  cwd: string,
  timeout = 60_000,
): { status: number | null; signal: NodeJS.Signals | null; json: Json; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, 'scan', ...args, '--format', 'json'], {
    cwd,
    encoding: 'utf8',
    timeout,
    maxBuffer: 64 * 1024 * 1024,
    input: '',
  });
  assert.equal(r.signal, null, `the CLI did not finish within ${timeout} ms (killed by ${r.signal}); stderr: ${r.stderr}`);
  let json: Json;
  try {
    json = JSON.parse(r.stdout) as Json;
  } catch {
    throw new Error(`not JSON (exit ${r.status}): ${r.stdout.slice(0, 300)} ${r.stderr}`);
  }
  return { status: r.status, signal: r.signal, json, stderr: r.stderr };
}

function sh(script: string, cwd: string): void {
  const r = spawnSync('bash', ['-c', script], { cwd, encoding: 'utf8' });
  assert.equal(r.status, 0, `${script}: ${r.stderr}`);
}

describe('hardening: CLI on hostile trees', () => {
  it('FIFOs, devices, symlink loops, dangling links, a 1 GB sparse file: no hang, every skip has a reason, exit 1 for the real secret', () => {
    const dir = root();
    const token = fakeGithubToken('ghp_', 'hostile-tree');
    writeFileSync(join(dir, 'real.env'), `GITHUB_TOKEN=${token}\n`);
    writeFileSync(join(dir, 'clean.txt'), 'hello\n');
    sh('mkfifo fifo && ln -s fifo link-to-fifo', dir);
    // A character device: mknod when allowed, else a link to /dev/zero (an endless reader either way).
    const mknod = spawnSync('mknod', [join(dir, 'zero-device'), 'c', '1', '5']);
    if (mknod.status !== 0) symlinkSync('/dev/zero', join(dir, 'zero-device'));
    symlinkSync('/dev/urandom', join(dir, 'link-to-urandom'));
    mkdirSync(join(dir, 'loop'));
    symlinkSync('..', join(dir, 'loop', 'parent')); // directory loop
    symlinkSync(join(dir, 'loop'), join(dir, 'loop', 'self'));
    symlinkSync('ping', join(dir, 'pong')); // file-link loop (ELOOP)
    symlinkSync('pong', join(dir, 'ping'));
    symlinkSync('does-not-exist', join(dir, 'dangling'));
    sh('truncate -s 1G sparse.log', dir);
    const started = Date.now();
    const { status, json } = scan(['.'], dir);
    assert.ok(Date.now() - started < 60_000);
    assert.equal(status, 1, 'one real secret: exit 1');
    assert.deepEqual(
      json.findings.map((f) => [f.path, f.detector]),
      [['real.env', 'github.pat-classic']],
    );
    const reasons = new Map(json.skipped.map((s) => [s.path, s.reason]));
    const expectSkip = (path: string, pattern: RegExp) =>
      assert.match(reasons.get(path) ?? '(not reported)', pattern, `skip reason of ${path}`);
    expectSkip('fifo', /not a regular file/);
    expectSkip('link-to-fifo', /non-file/);
    expectSkip('zero-device', mknod.status === 0 ? /not a regular file/ : /non-file/);
    expectSkip('link-to-urandom', /non-file/);
    expectSkip('loop/parent', /non-file|not followed/);
    expectSkip('loop/self', /non-file|not followed/);
    expectSkip('ping', /broken|loop|ELOOP/i);
    expectSkip('pong', /broken|loop|ELOOP/i);
    expectSkip('dangling', /broken/);
    expectSkip('sparse.log', /too-large: 1073741824 bytes/);
    for (const s of json.skipped) assert.ok(s.reason.length > 5, `a reason for ${s.path}`);
    assert.equal(json.stats.skipped, json.skipped.length);
    assert.equal(json.stats.files, 2, 'only real.env and clean.txt are read');
  });

  it('FIFOs and devices named directly on the command line are skipped, not read (exit 0)', () => {
    const dir = root();
    sh('mkfifo pipe', dir);
    const { status, json } = scan(['pipe', '/dev/zero', '/dev/urandom'], dir, 30_000);
    assert.equal(status, 0);
    assert.deepEqual(json.skipped.map((s) => s.path).sort(), ['/dev/urandom', '/dev/zero', 'pipe']);
    for (const s of json.skipped) assert.match(s.reason, /not a regular file|non-file/);
  });

  it('a missing path is an error (exit 2), not a clean pass', () => {
    const dir = root();
    const r = spawnSync(process.execPath, [CLI, 'scan', 'nope', '--format', 'json'], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /no such file or folder: nope/);
  });

  it('deep nesting: 1000 levels are walked and the secret at the bottom is found', () => {
    const dir = root();
    const token = fakeGithubToken('ghp_', 'deep');
    const deep = join(dir, ...Array.from({ length: 1000 }, () => 'd'));
    mkdirSync(deep, { recursive: true });
    writeFileSync(join(deep, 'k.env'), `GITHUB_TOKEN=${token}\n`);
    const { status, json } = scan(['.'], dir);
    assert.equal(status, 1);
    assert.equal(json.findings.length, 1);
    assert.equal(json.findings[0]!.path, `${'d/'.repeat(1000)}k.env`);
  });

  it('a folder deeper than PATH_MAX (unreadable even for root: ENAMETOOLONG) is reported with its reason', () => {
    const dir = root();
    const name = 'n'.repeat(250);
    // bash cd's relative steps, so it can build a tree whose absolute paths exceed PATH_MAX (4096).
    sh(`for i in $(seq 20); do mkdir ${name} && cd ${name}; done; echo "GITHUB_TOKEN=${fakeGithubToken('ghp_', 'too-long')}" > k.env`, dir);
    writeFileSync(join(dir, 'ok.txt'), 'nothing here\n');
    const { status, json } = scan(['.'], dir);
    const unreadable = json.skipped.filter((s) => /ENAMETOOLONG/.test(s.reason));
    assert.ok(unreadable.length >= 1, `ENAMETOOLONG reported: ${JSON.stringify(json.skipped).slice(0, 300)}`);
    assert.match(unreadable[0]!.reason, /^unreadable/);
    // The secret could not be read: the scan says so and fails (exit 2) instead of claiming a clean tree.
    assert.equal(json.findings.length, 0);
    assert.equal(status, 2);
    assert.equal(json.stats.skipped, json.skipped.length);
  });

  const nonUtf8Tree = () => {
    const dir = root();
    // Names are raw bytes on Linux: "caf" 0xe9 0xff ".env" is Latin-1, not UTF-8.
    const rawName = Buffer.concat([Buffer.from(join(dir, 'caf')), Buffer.from([0xe9, 0xff]), Buffer.from('.env')]);
    writeFileSync(rawName, `GITHUB_TOKEN=${fakeGithubToken('ghp_', 'latin1-name')}\n`);
    writeFileSync(join(dir, 'plain.env'), `GITHUB_TOKEN=${fakeGithubToken('ghp_', 'plain-name')}\n`);
    return scan(['.'], dir);
  };

  it('non-UTF-8 file names never crash the walk and are never dropped silently', () => {
    const { status, json } = nonUtf8Tree();
    assert.equal(status, 1);
    assert.ok(json.findings.some((f) => f.path === 'plain.env'));
    const odd = json.findings.filter((f) => f.path !== 'plain.env');
    const skippedOdd = json.skipped.filter((s) => s.path.startsWith('caf'));
    assert.equal(odd.length + skippedOdd.length, 1, `the non-UTF-8 name is scanned or reported: ${JSON.stringify(json)}`);
  });

  it('non-UTF-8 file names are scanned', () => {
    const { json } = nonUtf8Tree();
    assert.equal(
      json.findings.filter((f) => f.path !== 'plain.env').length,
      1,
      `secret in the non-UTF-8-named file found: ${JSON.stringify(json.skipped)}`,
    );
  });
});
