/**
 * Issue 8, "fail closed": each way a secret used to slip past the hooks, tried through the hook
 * that `leakproof install-hook` installs, in a real repository, with a real `git commit`,
 * `git am` or `git push`. Every case ends in a finding (blocked) or an error naming the file.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DETECTORS_BY_ID } from '../../server/src/engine/index.js';
import { examplesOf } from '../../server/src/engine/detectors/examples.js';
import { fakeBytes } from '../../server/src/engine/fake.js';
import { tempTree } from '../helpers.js';
import {
  CLI,
  cleanEnv,
  commitFiles,
  commitWithHooks,
  git,
  gitRun,
  leakproof,
  makeRepo,
  parseReport,
  staged,
  token,
  write,
} from './gitHelpers.js';

/** `leakproof install-hook` (every hook, the default) with the built CLI. */
function installAll(repo: string): void {
  const result = leakproof(repo, ['install-hook']);
  assert.equal(result.status, 0, result.stderr);
}

/** A repository with every hook installed, a bare `origin`, and `files` committed and pushed (the base of a push test). */
function pushedRepo(files: Record<string, string>, message: string): { repo: string; remote: string; base: string } {
  const remote = makeRepo({ bare: true });
  const repo = makeRepo();
  installAll(repo);
  git(repo, 'remote', 'add', 'origin', remote);
  const base = commitFiles(repo, files, message);
  git(repo, 'push', '-q', '--no-verify', 'origin', 'main');
  return { repo, remote, base };
}

/** Another copy of the CLI as a real process (the one a test then damages). */
function runCopy(cli: string, cwd: string, args: readonly string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: cleanEnv() });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A Discord bot token from the detector's own generated examples (no keyword on its line). */
function discordToken(): string {
  const texts = examplesOf(DETECTORS_BY_ID.get('discord.bot-token')!).positive.map((e) => (typeof e === 'string' ? e : e.text));
  return /«([^»]+)»/.exec(texts.find((e) => e.includes('client.run'))!)![1]!;
}

function blocked(repo: string, run: { status: number | null; stderr: string }, headBefore: string): void {
  assert.notEqual(run.status, 0, run.stderr);
  assert.equal(git(repo, 'rev-parse', 'HEAD'), headBefore, 'no commit was made');
}

describe('fail closed 1: a time budget or an engine error is an error, never a pass', () => {
  it('a keyword-heavy file whose budget runs out blocks the commit with exit 2 naming the file; with the hook budget the token is found', () => {
    const repo = makeRepo();
    installAll(repo);
    const head = commitFiles(repo, { 'a.txt': 'a\n' }, 'initial');
    const filler = 'password = os.environ["DB_PASSWORD"]  # token secret api_key auth bearer\n'.repeat(20000);
    write(repo, { 'settings.py': `${filler}GITHUB = "${token('budget')}"\n` });
    git(repo, 'add', 'settings.py');
    const out = commitWithHooks(repo, ['-m', 'x'], { LEAKPROOF_TIME_BUDGET_MS: '0' });
    blocked(repo, out, head);
    assert.match(out.stderr, /commit blocked — 1 file\(s\) could not be scanned completely/);
    assert.match(out.stderr, /settings\.py: time-limit/);
    const direct = staged(repo, [], { LEAKPROOF_TIME_BUDGET_MS: '0' });
    assert.equal(direct.status, 2);
    assert.equal(direct.report.incomplete![0]!.path, 'settings.py');
    const normal = staged(repo);
    assert.equal(normal.status, 1, normal.stderr);
    assert.ok(
      normal.report.findings.some((f) => f.detector.startsWith('github') && f.line === 20001),
      JSON.stringify(normal.report.findings.map((f) => [f.detector, f.line])),
    );
  });
});

describe('fail closed 1 (push): the same for the commits being pushed', () => {
  it('a pushed file whose scan runs out of time blocks the push with exit 2 naming it', () => {
    const { repo, remote, base } = pushedRepo({ 'a.txt': 'a\n' }, 'initial');
    commitFiles(
      repo,
      { 'settings.py': `${'password = os.environ["DB"]  # token secret api_key\n'.repeat(20000)}X = "${token('push-budget')}"\n` },
      'big',
    );
    const push = gitRun(repo, ['push', 'origin', 'main'], { env: { LEAKPROOF_TIME_BUDGET_MS: '0' } });
    assert.notEqual(push.status, 0);
    assert.match(push.stderr, /push blocked — 1 file\(s\) could not be scanned completely[\s\S]*settings\.py: time-limit/);
    assert.equal(git(remote, 'rev-parse', 'main'), base);
  });
});

describe('fail closed 2: text in other encodings, and binaries', () => {
  it('UTF-16 LE/BE (with and without BOM), UTF-32, text with a stray NUL and a real binary are all scanned', () => {
    const repo = makeRepo();
    installAll(repo);
    const head = commitFiles(repo, { 'a.txt': 'a\n' }, 'initial');
    const line = (salt: string) => `# settings\r\n\r\nGITHUB_TOKEN=${token(salt)}\r\n`;
    const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();
    const utf32le = (text: string) => {
      const out = Buffer.alloc(text.length * 4);
      [...text].forEach((ch, i) => out.writeUInt32LE(ch.codePointAt(0)!, i * 4));
      return out;
    };
    write(repo, {
      'ps5.ps1': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(line('u16le'), 'utf16le')]),
      'nobom-le.txt': Buffer.from(line('u16le-nobom'), 'utf16le'),
      'nobom-be.txt': utf16be(line('u16be-nobom')),
      'bom-be.txt': Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(line('u16be'))]),
      'wide.txt': Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), utf32le(line('u32le'))]),
      'nul.conf': `header\u0000 with a stray NUL\n${line('nul')}`,
      'firmware.img': Buffer.concat([
        Buffer.from(fakeBytes(4096, 'firmware')),
        Buffer.from(`\u0000TOKEN=${token('binary')}\u0000`),
        Buffer.from(fakeBytes(4096, 'firmware-2')),
      ]),
    });
    git(repo, 'add', '-A');
    const { status, report, stderr } = staged(repo);
    assert.equal(status, 1, stderr);
    const found = new Map(report.findings.map((f) => [f.path, f.line]));
    for (const path of ['ps5.ps1', 'nobom-le.txt', 'nobom-be.txt', 'bom-be.txt', 'wide.txt'])
      assert.equal(found.get(path), 3, `${path}: ${JSON.stringify([...found])}`);
    assert.equal(found.get('nul.conf'), 4);
    assert.ok(found.has('firmware.img'), 'a token in a binary is found in its printable runs');
    assert.deepEqual(report.skipped, []);
    assert.match(stderr, /ps5\.ps1: decoded as UTF-16LE/);
    blocked(repo, commitWithHooks(repo, ['-m', 'x']), head);
  });
});

describe('fail closed 2 (push, history): a UTF-16 file in the commits being pushed', () => {
  it('is decoded from the object database and its secret reported at the right line', () => {
    const { repo, base } = pushedRepo({ 'a.txt': 'a\n' }, 'initial');
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(`# deploy\r\n\r\nGITHUB_TOKEN=${token('push-utf16')}\r\n`, 'utf16le'),
    ]);
    const added = commitFiles(repo, { 'deploy.ps1': utf16 }, 'PowerShell 5 output');
    const history = leakproof(repo, ['scan', '--history', '--format', 'json', `${base}..HEAD`]);
    assert.equal(history.status, 1, history.stderr);
    assert.deepEqual(
      (parseReport(history).findings as unknown as { path: string; line: number; commit: { hash: string } }[]).map((f) => [
        f.path,
        f.line,
        f.commit.hash,
      ]),
      [['deploy.ps1', 3, added]],
    );
    const push = gitRun(repo, ['push', 'origin', 'main']);
    assert.notEqual(push.status, 0);
    assert.match(`${push.stdout}${push.stderr}`, /deploy\.ps1:3/);
  });
});

describe('fail closed 3: keywords far from the secret', () => {
  const filler = (n: number) => Array.from({ length: n }, (_, i) => `    handle_event_${i}(payload)  # ordinary code`).join('\n');

  it('a staged file over 1 MB: `import discord` 100+ lines above the added token still selects the detector', () => {
    const repo = makeRepo();
    const big = `import discord\n${filler(200)}\n${'# padding to make the file large\n'.repeat(40000)}`;
    assert.ok(big.length > 1024 * 1024);
    commitFiles(repo, { 'bot.py': big, 'plain.py': big.replace('import discord', 'import logging') }, 'initial');
    write(repo, {
      'bot.py': `${big}client.run("${discordToken()}")\n`,
      'plain.py': `${big.replace('import discord', 'import logging')}client.run("${discordToken()}")\n`,
    });
    git(repo, 'add', '-A');
    const { report } = staged(repo);
    const discord = report.findings.filter((f) => f.detector === 'discord.bot-token').map((f) => f.path);
    assert.deepEqual(discord, ['bot.py'], 'found where the keyword is in the file, and only there (the keyword matters)');
  });

  it('pre-push and --history: the keyword in the part of the file the remote already has', () => {
    const { repo, remote, base } = pushedRepo(
      { 'bot.py': `import discord\n${filler(120)}\n`, 'plain.py': `import logging\n${filler(120)}\n` },
      'bot',
    );
    // The same line in a file without the keyword is not a Discord token: the keyword matters.
    write(repo, {
      'bot.py': `import discord\n${filler(120)}\nclient.run("${discordToken()}")\n`,
      'plain.py': `import logging\n${filler(120)}\nclient.run("${discordToken()}")\n`,
    });
    git(repo, 'add', 'bot.py', 'plain.py');
    git(repo, 'commit', '-q', '--no-verify', '-m', 'token');
    const push = gitRun(repo, ['push', 'origin', 'main']);
    assert.notEqual(push.status, 0, 'push blocked');
    assert.match(`${push.stdout}${push.stderr}`, /discord\.bot-token/);
    assert.equal(git(remote, 'rev-parse', 'main'), base, 'the remote did not move');
    const history = leakproof(repo, ['scan', '--history', '--format', 'json', `${base}..HEAD`]);
    assert.equal(history.status, 1, history.stderr);
    assert.deepEqual(
      parseReport(history).findings.map((f) => [f.path, f.detector, f.line]),
      [['bot.py', 'discord.bot-token', 122]],
    );
  });
});

describe('fail closed 4: skip rules never skip a committed file silently', () => {
  it('low-value extensions, vendor/, force-added node_modules/, text in .dat/.bin, *.sops.yaml: all scanned, the commit blocked', () => {
    const repo = makeRepo();
    installAll(repo);
    const head = commitFiles(repo, { '.gitignore': 'node_modules/\n' }, 'initial');
    const files: Record<string, string> = {
      'page.html': `<script>const t = "${token('html')}";</script>\n`,
      'style.css': `/* ${token('css')} */\n`,
      'app.js.map': `{"sourcesContent":["const t = '${token('map')}'"]}\n`,
      'yarn.lock': `# ${token('lock')}\n`,
      'vendor/lib.js': `var t = "${token('vendor')}";\n`,
      'node_modules/pkg/index.js': `module.exports = "${token('node-modules')}";\n`,
      'data.dat': `token=${token('dat')}\n`,
      'blob.bin': `token=${token('bin')}\n`,
      'secrets.sops.yaml': `github: ${token('sops')}\n`,
    };
    write(repo, files);
    git(repo, 'add', '-A');
    git(repo, 'add', '-f', 'node_modules/pkg/index.js');
    const { status, report, stderr } = staged(repo);
    assert.equal(status, 1, stderr);
    assert.deepEqual([...new Set(report.findings.map((f) => f.path))].sort(), Object.keys(files).sort());
    assert.deepEqual(report.skipped, []);
    assert.match(stderr, /vendor\/lib\.js: banned-path .*scanned with the provider-specific detectors only/);
    blocked(repo, commitWithHooks(repo, ['-m', 'x']), head);
  });
});

describe('fail closed 6: hooks that never run', () => {
  it('installs pre-merge-commit, pre-applypatch and pre-push by default; `git am` of a patch with a secret is blocked', () => {
    const repo = makeRepo();
    installAll(repo);
    for (const name of ['pre-commit', 'pre-merge-commit', 'pre-applypatch', 'pre-push'])
      assert.match(readFileSync(join(repo, '.git', 'hooks', name), 'utf8'), /leakproof-managed-hook/);
    const head = commitFiles(repo, { 'a.txt': 'a\n' }, 'initial');
    git(repo, 'checkout', '-q', '-b', 'patch');
    commitFiles(repo, { 'leak.env': `TOKEN=${token('am')}\n` }, 'patch with a secret');
    const dir = tempTree();
    git(repo, 'format-patch', '-q', '-1', '-o', dir);
    git(repo, 'checkout', '-q', 'main');
    const am = gitRun(repo, ['am', join(dir, readdirSync(dir)[0]!)]);
    assert.notEqual(am.status, 0, 'git am is stopped by pre-applypatch');
    assert.match(am.stderr, /leak\.env:1/);
    assert.equal(git(repo, 'rev-parse', 'HEAD'), head);
    git(repo, 'am', '--abort');
    const skipped = leakproof(makeRepo(), ['install-hook', '--json', '--skip', 'pre-push']);
    assert.deepEqual(
      (JSON.parse(skipped.stdout) as { results: { hook: string }[] }).results.map((r) => r.hook),
      ['pre-commit', 'pre-merge-commit', 'pre-applypatch'],
      'an opt-out',
    );
  });

  it('merging a branch that carries a secret is stopped by pre-merge-commit; a cherry-pick (no commit hook) is stopped at push', () => {
    const { repo, remote, base } = pushedRepo({ 'a.txt': 'a\n' }, 'initial');
    git(repo, 'checkout', '-q', '-b', 'feature');
    commitFiles(repo, { 'leak.env': `TOKEN=${token('merged')}\n` }, 'secret on a branch (hooks bypassed)');
    git(repo, 'checkout', '-q', 'main');
    const head = commitFiles(repo, { 'b.txt': 'b\n' }, 'diverge');
    // git writes MERGE_HEAD only after pre-merge-commit: everything the merge brings in counts.
    const merge = gitRun(repo, ['merge', '--no-ff', '--no-edit', 'feature']);
    assert.notEqual(merge.status, 0);
    assert.match(`${merge.stdout}${merge.stderr}`, /leak\.env:1/);
    assert.equal(git(repo, 'rev-parse', 'HEAD'), head);
    git(repo, 'reset', '-q', '--hard', head);
    const pick = gitRun(repo, ['cherry-pick', 'feature']);
    assert.equal(pick.status, 0, 'git runs no commit hook for a clean cherry-pick');
    const push = gitRun(repo, ['push', 'origin', 'main']);
    assert.notEqual(push.status, 0);
    assert.match(`${push.stdout}${push.stderr}`, /leak\.env/);
    assert.equal(git(remote, 'rev-parse', 'main'), base, 'the remote did not move');
  });

  it('a husky hook ending in `exit 0` gets the block before the exit (so it runs); one that ends in `exec` is refused', () => {
    const repo = makeRepo();
    // husky v9's layout: git runs .husky/_/<hook>, which runs the versioned .husky/<hook> with sh -e.
    write(repo, {
      '.husky/pre-commit': 'echo "lint ok"\nexit 0\n',
      '.husky/_/pre-commit': '#!/bin/sh\nsh -e "$(dirname "$0")/../pre-commit" "$@"\n',
    });
    chmodSync(join(repo, '.husky/_/pre-commit'), 0o755);
    git(repo, 'config', 'core.hooksPath', '.husky/_');
    const install = leakproof(repo, ['install-hook', 'pre-commit']);
    assert.equal(install.status, 0, install.stderr);
    const text = readFileSync(join(repo, '.husky', 'pre-commit'), 'utf8');
    assert.ok(text.startsWith('echo "lint ok"\n# >>> leakproof'), text);
    assert.ok(text.endsWith('# <<< leakproof secret scan\nexit 0\n'), text);
    const head = commitFiles(repo, { 'a.txt': 'a\n' }, 'initial');
    write(repo, { 'leak.env': `TOKEN=${token('husky')}\n` });
    git(repo, 'add', 'leak.env');
    const out = commitWithHooks(repo, ['-m', 'x']);
    blocked(repo, out, head);
    assert.match(out.stderr, /leak\.env:1/);

    write(repo, { '.husky/pre-push': 'exec npx lint-staged\n' });
    const refused = leakproof(repo, ['install-hook', 'pre-push']);
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /pre-push line 1 ends the script .*exec npx lint-staged/);
    assert.equal(readFileSync(join(repo, '.husky', 'pre-push'), 'utf8'), 'exec npx lint-staged\n', 'left untouched');
  });

  it('install-hook --check reports coverage: all covered, core.hooksPath changed after install, a submodule without hooks', () => {
    const repo = makeRepo();
    installAll(repo);
    const ok = leakproof(repo, ['install-hook', '--check']);
    assert.equal(ok.status, 0, ok.stdout + ok.stderr);
    assert.match(ok.stdout, /covered: every hook is installed and its scanner answers/);
    assert.match(ok.stdout, /--no-verify/);

    git(repo, 'config', 'core.hooksPath', 'elsewhere');
    const moved = leakproof(repo, ['install-hook', '--check']);
    assert.equal(moved.status, 1);
    assert.match(
      moved.stdout,
      /core\.hooksPath is .*elsewhere: the leakproof hooks in .*\.git\/hooks \(pre-commit, pre-merge-commit, pre-applypatch, pre-push\) no longer run/,
    );
    git(repo, 'config', '--unset', 'core.hooksPath');

    const sub = makeRepo();
    commitFiles(sub, { 'x.txt': 'x\n' }, 'sub');
    git(repo, '-c', 'protocol.file.allow=always', 'submodule', '-q', 'add', sub, 'libs/sub');
    const withSub = leakproof(repo, ['install-hook', '--check', '--json']);
    assert.equal(withSub.status, 1);
    const coverage = JSON.parse(withSub.stdout) as { gaps: string[] };
    assert.deepEqual(coverage.gaps.length, 1);
    assert.match(coverage.gaps[0]!, /^submodule libs\/sub: no leakproof pre-commit hook/);
  });
});

describe('fail closed 7: the hook runs the CLI that installed it, and checks that it really ran', () => {
  for (const [label, file, damage] of [
    ['an empty launcher', 'cli.js', () => ''],
    ['a bundle truncated halfway', 'cli-main.js', (text: string) => text.slice(0, Math.floor(text.length / 2))],
  ] as const) {
    it(`${label} (an interrupted install) blocks the commit instead of passing`, () => {
      const dir = tempTree();
      for (const name of ['cli.js', 'cli-main.js']) copyFileSync(join(dirname(CLI), name), join(dir, name));
      const copy = join(dir, 'cli.js');
      const repo = makeRepo();
      const installed = runCopy(copy, repo, ['install-hook', 'pre-commit']);
      assert.equal(installed.status, 0, installed.stderr);
      assert.match(
        readFileSync(join(repo, '.git', 'hooks', 'pre-commit'), 'utf8'),
        new RegExp(`LEAKPROOF_INSTALLED_CLI='${copy.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}'`),
      );
      const head = commitFiles(repo, { 'a.txt': 'a\n' }, 'initial');
      write(repo, { 'clean.txt': 'nothing secret\n' });
      git(repo, 'add', 'clean.txt');
      const before = commitWithHooks(repo, ['--dry-run', '-m', 'x']);
      assert.equal(before.status, 0, 'the intact copy works');
      writeFileSync(join(dir, file), damage(readFileSync(join(dir, file), 'utf8')));
      const out = commitWithHooks(repo, ['-m', 'x']);
      blocked(repo, out, head);
      assert.match(out.stderr, /without confirming that it ran \(an empty or truncated install\?\), so this commit is blocked/);
    });
  }

  it('an explicitly configured LEAKPROOF_BIN that exits 0 without the handshake is not trusted', () => {
    const repo = makeRepo();
    installAll(repo);
    const head = commitFiles(repo, { 'a.txt': 'a\n' }, 'initial');
    write(repo, { 'leak.env': `TOKEN=${token('bin-true')}\n` });
    git(repo, 'add', 'leak.env');
    blocked(repo, commitWithHooks(repo, ['-m', 'x'], { LEAKPROOF_BIN: 'true' }), head);
  });
});
