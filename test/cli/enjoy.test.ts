/**
 * The command line people enjoy (issue 11 item 9): findings grouped by file with the line of code
 * (secrets redacted), the allow hint once with every hash and only the fixes that work for the
 * file, colour by NO_COLOR / FORCE_COLOR / terminal, a progress bar in a terminal only, --quiet,
 * per-command --help, unknown --format rejected, configuration syntax errors in words, sizes in
 * B/KB/MB. The built CLI as a real process on real files (and a real pseudo-terminal).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { formatBytes } from '../../server/src/cli/format/size.js';
import { allowComment } from '../../server/src/cli/allowAdvice.js';
import { CLI, runCli, tempTree } from '../helpers.js';
import { git, leakproof, makeRepo, token, write } from '../hooks/gitHelpers.js';

const A = token('enjoy-a');
const B = token('enjoy-b');
const C = token('enjoy-c');
/** No colour variables inherited from the shell running the tests. */
const PLAIN = { NO_COLOR: '', FORCE_COLOR: '' };
const ESC = '\u001b[';

function dirtyTree(): string {
  return tempTree({
    'config/settings.py': `DEBUG = True\nGITHUB = "${A}"  # and "${B}"\n`,
    'config/app.json': `{"token": "${C}"}\n`,
  });
}

describe('text output', () => {
  it('groups findings by file, shows each line of code redacted, and gives the allow hint once with every hash', () => {
    const result = runCli(['scan', '.'], { cwd: dirtyTree(), env: PLAIN });
    assert.equal(result.status, 1);
    const out = result.stdout;
    for (const secret of [A, B, C]) assert.ok(!out.includes(secret), 'never a secret, not even in the code line');
    assert.match(
      out,
      /^config\/settings\.py\n {2}config\/settings\.py:2:11 {2}error {2}GitHub personal access token \(classic\) {2}ghp_\w\w\*{8}/m,
    );
    assert.match(out, /^ {6}│ GITHUB = "ghp_\w\w\*{8}" {2}# and "ghp_\w\w\*{8}"$/m, 'both secrets of the line redacted');
    assert.equal(out.match(/^config\/settings\.py$/gm)?.length, 1, 'one heading per file');
    assert.equal(out.match(/To allow a false positive/g)?.length, 1, 'the hint once per run');
    assert.equal(out.match(/\{"hash": "(?:scrypt|hmac):[0-9a-f]{64}"\}/g)?.length, 3, 'every hash listed');
    assert.match(out, /add a comment on its line: `# leakproof:allow`/);
    assert.match(out, /config\/app\.json: no comments in this format — allow by hash/);
    assert.doesNotMatch(out, /0\.00 MB/);
    assert.match(out, /finding\(s\) in 2 file\(s\) \(\d+ B, /);
  });

  it('colour: a terminal or FORCE_COLOR, never with NO_COLOR or --no-color, never into a file', () => {
    const dir = dirtyTree();
    assert.ok(!runCli(['scan', '.'], { cwd: dir, env: PLAIN }).stdout.includes(ESC), 'a pipe gets no colour');
    assert.ok(runCli(['scan', '.'], { cwd: dir, env: { ...PLAIN, FORCE_COLOR: '1' } }).stdout.includes(ESC));
    assert.ok(!runCli(['scan', '.'], { cwd: dir, env: { NO_COLOR: '1', FORCE_COLOR: '1' } }).stdout.includes(ESC));
    assert.ok(!runCli(['scan', '.', '--no-color'], { cwd: dir, env: { ...PLAIN, FORCE_COLOR: '1' } }).stdout.includes(ESC));
    assert.ok(!runCli(['scan', '.'], { cwd: dir, env: { ...PLAIN, FORCE_COLOR: '0' } }).stdout.includes(ESC));
  });

  it('a progress bar on standard error in a terminal only', () => {
    const dir = tempTree(Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`src/f${i}.ts`, `export const n${i} = ${i};\n`])));
    const env = { ...process.env, ...PLAIN, LEAKPROOF_PROGRESS_AFTER_MS: '0' };
    const piped = spawnSync(process.execPath, [CLI, 'scan', dir], { encoding: 'utf8', env, timeout: 60_000 });
    assert.equal(piped.status, 0, piped.stderr);
    assert.doesNotMatch(piped.stderr, /scanning/, 'no bar when standard error is not a terminal');
    // `script` gives the CLI a real pseudo-terminal (util-linux).
    const command = `"${process.execPath}" "${CLI}" scan "${dir}"`;
    const tty = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', env, timeout: 60_000 });
    assert.equal(tty.status, 0, tty.stdout);
    assert.match(tty.stdout, /leakproof: scanning [█░]+ \d+\/30 files/);
    assert.match(tty.stdout, /\r\u001b\[2K0 finding\(s\) in 30 file\(s\)/, 'the bar is erased before the report');
  });

  it('sizes read B, KB, MB — never 0.00 MB', () => {
    assert.equal(formatBytes(0), '0 B');
    assert.equal(formatBytes(170), '170 B');
    assert.equal(formatBytes(1536), '1.5 KB');
    assert.equal(formatBytes(150 * 1024), '150 KB');
    assert.equal(formatBytes(5 * 1024 * 1024), '5.0 MB');
  });

  it('offers a comment fix only for files that take comments', () => {
    assert.equal(allowComment('a/b.py'), '# leakproof:allow');
    assert.equal(allowComment('src/app.ts'), '// leakproof:allow');
    assert.equal(allowComment('index.html'), '<!-- leakproof:allow -->');
    assert.equal(allowComment('package.json'), undefined);
    assert.equal(allowComment('notebook.ipynb'), undefined);
    assert.equal(allowComment('server.pem'), undefined);
  });
});

describe('--quiet and clean commits', () => {
  it('--quiet prints nothing on a clean scan and the full report when something fails', () => {
    const clean = tempTree({ 'a.ts': 'export const a = 1;\n' });
    const quiet = runCli(['scan', '.', '--quiet'], { cwd: clean, env: PLAIN });
    assert.equal(quiet.status, 0);
    assert.equal(quiet.stdout, '');
    const dirty = runCli(['scan', '.', '-q'], { cwd: dirtyTree(), env: PLAIN });
    assert.equal(dirty.status, 1);
    assert.match(dirty.stdout, /config\/settings\.py/);
  });

  it('a clean commit through the hook prints nothing; a blocked JSON file is not offered a comment fix', () => {
    const repo = makeRepo();
    assert.equal(leakproof(repo, ['install-hook', 'pre-commit']).status, 0);
    write(repo, { 'src/a.ts': 'export const a = 1;\n' });
    git(repo, 'add', '-A');
    const clean = leakproof(repo, ['scan', '--staged']);
    assert.equal(clean.status, 0);
    assert.equal(clean.stdout + clean.stderr, '', 'silent on a clean commit');

    write(repo, { 'config/app.json': `{"token": "${C}"}\n` });
    git(repo, 'add', '-A');
    const blocked = leakproof(repo, ['scan', '--staged']);
    assert.equal(blocked.status, 1);
    assert.doesNotMatch(blocked.stderr, /leakproof:allow`? comment on its line/);
    assert.doesNotMatch(blocked.stderr, /`(\/\/|#) leakproof:allow`/);
    assert.match(blocked.stderr, /config\/app\.json: no comments in this format — allow by hash/);
    assert.match(
      blocked.stderr,
      /"allowlist": \[\n {9}\{"hash": "(?:scrypt|hmac):[0-9a-f]{64}"\} {2}\/\/ config\/app\.json:1 github\.pat-classic\n {7}\]/,
    );
    assert.equal(blocked.stdout.match(/To allow a false positive/g), null, 'the hook advice is not repeated in the report');
    assert.ok(!(blocked.stdout + blocked.stderr).includes(C));
  });
});

describe('help and argument errors', () => {
  it('each command has its own --help', () => {
    const expectations: [string[], RegExp][] = [
      [['scan', '--help'], /--quiet, -q/],
      [['help', 'scan'], /--min-confidence/],
      [['baseline', '--help'], /leakproof baseline create/],
      [['detectors', '--help'], /leakproof detectors \[--format text\|json\]/],
      [['import', '--help'], /\.secrets\.baseline/],
      [['install-hook', '--help'], /pre-merge-commit/],
      [['migrate-hashes', '--help'], /migrate-hashes/],
    ];
    for (const [args, expected] of expectations) {
      const result = runCli(args, { env: PLAIN });
      assert.equal(result.status, 0, `${args.join(' ')}: ${result.stderr}`);
      assert.match(result.stdout, expected, args.join(' '));
    }
    assert.doesNotMatch(runCli(['scan', '--help']).stdout, /install-hook/, 'scan help is about scan');
  });

  it('unknown --format values are rejected, naming the command help', () => {
    const detectors = runCli(['detectors', '--format', 'yaml']);
    assert.equal(detectors.status, 2);
    assert.match(detectors.stderr, /unknown --format "yaml" for detectors \(expected text or json\)/);
    assert.match(detectors.stderr, /Run `leakproof detectors --help`/);
    const scan = runCli(['scan', '--format', 'xml', '.'], { cwd: tempTree({ 'a.txt': 'x\n' }) });
    assert.equal(scan.status, 2);
    assert.match(scan.stderr, /unknown --format "xml" \(expected text, json or sarif\)/);
  });

  it('configuration syntax errors say where and what was expected, in words', () => {
    const cases: [string, RegExp][] = [
      ['{ "allowlist": [ }\n', /\.leakproof\.json:1:18: invalid JSON: expected a value/],
      ['{\n  "salt": "ab"\n  "hook": {}\n}\n', /\.leakproof\.json:3:3: invalid JSON: expected a comma ","/],
      ["{ 'allowlist': [] }\n", /\.leakproof\.json:1:3: invalid JSON: .*double quotes/],
    ];
    for (const [config, expected] of cases) {
      const result = runCli(['scan', '.'], { cwd: tempTree({ '.leakproof.json': config, 'a.txt': 'x\n' }) });
      assert.equal(result.status, 2);
      assert.match(result.stderr, expected);
      assert.doesNotMatch(result.stderr, /Expected\b|InvalidSymbol|ValueExpected|CommaExpected/, 'no parser codes');
    }
  });
});
