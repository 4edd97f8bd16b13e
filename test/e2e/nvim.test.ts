/**
 * Neovim's built-in LSP client as a real third-party client of the bundled server (headless): it
 * sees the diagnostic, the hover explains it, and the quick fix applied through Neovim's own
 * workspace-edit code makes it go away. `.ci/run` installs neovim; a CI run without it fails.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';
import { fakeGithubToken } from '../../server/src/engine/detectors/code-hosting/github.examples.js';

const ROOT = resolve(__dirname, '..', '..');
const SCRIPT = join(ROOT, 'test', 'e2e', 'nvim-lsp-check.lua');
const SERVER = join(ROOT, 'dist', 'server.js');
const hasNvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' }).status === 0;
const dirs: string[] = [];
const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
after(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

interface NvimOptions {
  readonly waitMs?: number;
  /** Lays out the directory (a real git repository) instead of the bare `.git` marker. */
  readonly setup?: (dir: string) => void;
  /** Extra environment for the check script (WAIT_FOR, HOVER_EXPECT, NO_FIX). */
  readonly env?: Record<string, string>;
}

function runNvim(
  file: string,
  content: string,
  fixTitle: string,
  options: NvimOptions = {},
): { status: number | null; stdout: string; dir: string } {
  const { waitMs = 15_000 } = options;
  const dir = mkdtempSync(join(tmpdir(), 'leakproof-nvim-'));
  dirs.push(dir);
  if (options.setup) options.setup(dir);
  else mkdirSync(join(dir, '.git'));
  writeFileSync(join(dir, file), content);
  const result = spawnSync('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', file, '-c', `luafile ${SCRIPT}`], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 60_000,
    env: {
      ...process.env,
      LS_CMD: `${process.execPath} ${SERVER} --stdio`,
      FIX_TITLE: fixTitle,
      WAIT_MS: String(waitMs),
      ...options.env,
      HOME: dir,
      XDG_CONFIG_HOME: dir,
      XDG_DATA_HOME: dir,
      XDG_STATE_HOME: dir,
    },
  });
  return { status: result.status, stdout: `${result.stdout}${result.stderr}`, dir };
}

describe(
  'Neovim (built-in LSP client)',
  { skip: !hasNvim && !process.env.CI ? 'nvim is not installed (.ci/run installs it)' : false },
  () => {
    it('shows the finding, explains it on hover, and "Allow on this line" makes it go away', () => {
      const token = fakeGithubToken('ghp_', 'nvim-allow');
      const { status, stdout } = runNvim('settings.py', `import os\n\nGITHUB_TOKEN = "${token}"\n`, 'Allow this secret on this line');
      assert.equal(status, 0, stdout);
      assert.match(stdout, /DIAG 3:16-56 severity=1 GitHub personal access token \(classic\): ghp_\w\w\*{8}/);
      assert.match(stdout, /HOVER \*\*GitHub personal access token \(classic\)\*\*/);
      assert.match(stdout, /LINE AFTER FIX: GITHUB_TOKEN = "ghp_\w+" {2}# leakproof:allow/);
      const fromServer = stdout.split('\n').filter((line) => /^(?:DIAG|HOVER|ACTION) /.test(line));
      assert.ok(fromServer.length >= 3 && fromServer.every((line) => !line.includes(token)), 'what the server said never holds the token');
      assert.match(stdout, /\nOK\n/);
    });

    it('"Move to an environment variable" resolves, rewrites the code and creates .env and .gitignore', () => {
      const token = fakeGithubToken('ghp_', 'nvim-env');
      const { status, stdout, dir } = runNvim(
        'client.ts',
        `const githubToken = "${token}";\nexport default githubToken;\n`,
        'Move to an environment variable',
      );
      assert.equal(status, 0, stdout);
      assert.match(stdout, /LINE AFTER FIX: const githubToken = process\.env\.GITHUB_TOKEN;/);
      assert.equal(readFileSync(join(dir, '.env'), 'utf8'), `GITHUB_TOKEN=${token}\n`);
      assert.equal(readFileSync(join(dir, '.gitignore'), 'utf8'), '.env\n');
    });

    it('issue 12 item 1: a git-ignored .env is Information with the short "local only" hover', () => {
      const token = fakeGithubToken('ghp_', 'nvim-local-env');
      const { status, stdout } = runNvim('.env', `GITHUB_TOKEN=${token}\n`, '', {
        setup: (dir) => {
          git(dir, 'init', '-q');
          writeFileSync(join(dir, '.gitignore'), '.env\n');
        },
        env: { WAIT_FOR: 'local only', HOVER_EXPECT: 'Local only, git-ignored', NO_FIX: '1' },
      });
      assert.equal(status, 0, stdout);
      // Neovim's severities: 1 error … 3 information.
      assert.match(
        stdout,
        /DIAG 1:\d+-\d+ severity=3 GitHub personal access token \(classic\): ghp_\w\w\*{8} — local only, git-ignored — fine/,
      );
      assert.match(stdout, /HOVER .*Local only, git-ignored — fine; never commit it, rotate if it was ever shared\./);
      assert.doesNotMatch(stdout, /Revoke or rotate/);
      assert.ok(!stdout.includes(token));
    });

    it('issue 12 item 3: a committed and pushed secret names its commit and the remote; one never committed does not', () => {
      const token = fakeGithubToken('ghp_', 'nvim-history');
      let commit = '';
      const { status, stdout } = runNvim('client.ts', `const githubToken = "${token}";\nexport default githubToken;\n`, '', {
        setup: (dir) => {
          const remote = join(dir, '..', `${basename(dir)}-origin.git`);
          dirs.push(remote);
          mkdirSync(remote);
          git(remote, 'init', '-q', '--bare');
          git(dir, 'init', '-q', '-b', 'main');
          git(dir, 'config', 'user.name', 'Leakproof nvim');
          git(dir, 'config', 'user.email', 'nvim@leakproof.invalid');
          git(dir, 'config', 'commit.gpgsign', 'false');
          writeFileSync(join(dir, 'client.ts'), `const githubToken = "${token}";\nexport default githubToken;\n`);
          git(dir, 'add', 'client.ts');
          git(dir, 'commit', '-q', '-m', 'add the client');
          git(dir, 'remote', 'add', 'origin', remote);
          git(dir, 'push', '-q', 'origin', 'main');
          commit = git(dir, 'log', '-1', '--format=%h %cs');
        },
        env: { WAIT_FOR: 'pushed to origin', HOVER_EXPECT: 'Pushed to origin: rotate now', NO_FIX: '1' },
      });
      assert.equal(status, 0, stdout);
      const [sha, date] = commit.split(' ');
      assert.ok(
        stdout.includes(`already in history since ${sha} (${date}); rotate it, then clean history; pushed to origin: rotate now`),
        stdout,
      );
      assert.ok(stdout.includes(`HOVER **Already in history** since \`${sha}\` (${date}): rotate it, then clean history.`), stdout);
      assert.ok(!stdout.includes(token));

      const fresh = fakeGithubToken('ghp_', 'nvim-history-fresh');
      const uncommitted = runNvim('fresh.ts', `const githubToken = "${fresh}";\n`, '', {
        setup: (dir) => git(dir, 'init', '-q'),
        env: { WAIT_FOR: 'not committed', HOVER_EXPECT: 'Not committed', NO_FIX: '1' },
      });
      assert.equal(uncommitted.status, 0, uncommitted.stdout);
      assert.match(uncommitted.stdout, /— not committed: remove it before committing; no rotation needed if it never left this machine/);
      assert.doesNotMatch(uncommitted.stdout, /force|filter-repo|clean history/i);
    });

    it('exits 1 on a clean file (the check can fail)', () => {
      const { status, stdout } = runNvim('clean.ts', 'export const answer = 42;\n', 'Allow', { waitMs: 3000 });
      assert.equal(status, 1, stdout);
      assert.match(stdout, /FAIL: no diagnostics/);
    });
  },
);
