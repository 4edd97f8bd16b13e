/**
 * Neovim's built-in LSP client as a real third-party client of the bundled server (headless): it
 * sees the diagnostic, the hover explains it, and the quick fix applied through Neovim's own
 * workspace-edit code makes it go away. `.ci/run` installs neovim; a CI run without it fails.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';
import { fakeGithubToken } from '../../server/src/engine/detectors/code-hosting/github.examples.js';

const ROOT = resolve(__dirname, '..', '..');
const SCRIPT = join(ROOT, 'test', 'e2e', 'nvim-lsp-check.lua');
const SERVER = join(ROOT, 'dist', 'server.js');
const hasNvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' }).status === 0;
const dirs: string[] = [];
after(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function runNvim(file: string, content: string, fixTitle: string, waitMs = 15_000): { status: number | null; stdout: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'leakproof-nvim-'));
  dirs.push(dir);
  mkdirSync(join(dir, '.git'));
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
      assert.match(stdout, /DIAG 3:16-56 GitHub personal access token \(classic\): ghp_\w\w\*{8}/);
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

    it('exits 1 on a clean file (the check can fail)', () => {
      const { status, stdout } = runNvim('clean.ts', 'export const answer = 42;\n', 'Allow', 3000);
      assert.equal(status, 1, stdout);
      assert.match(stdout, /FAIL: no diagnostics/);
    });
  },
);
