/**
 * The README's editor set-up snippets (issue 11 item 10), read from the README itself so they cannot
 * drift, against the bundled server installed where the snippets look for it
 * (`<project>/node_modules/leakproof/dist/server.js`, as `npm install --save-dev leakproof` puts it):
 * - Neovim 0.7 (`start_client`): run verbatim as init.lua in Debian's Neovim 0.7.2; a finding shows.
 * - Emacs (eglot): run verbatim in Debian's Emacs 28 + elpa-eglot; a finding shows.
 * - Neovim 0.8+ (`vim.lsp.start`) and nvim-lspconfig: parsed by Neovim only (neither Neovim 0.8 nor
 *   nvim-lspconfig is in Debian 12).
 * - Helix (`languages.toml`): Helix is not in Debian 12: the TOML is parsed (Python's tomllib), its
 *   keys checked, and the command it configures answers an LSP `initialize`.
 * `.ci/run` installs neovim, emacs-nox and elpa-eglot; a CI run without them fails instead of skipping.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { fakeGithubToken } from '../../server/src/engine/detectors/code-hosting/github.examples.js';
import { ROOT, tempTree } from '../helpers.js';
import { cleanEnv, initRepo } from '../hooks/gitBase.js';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const SERVER = join(ROOT, 'dist', 'server.js');
const HANG_GUARD_MS = 120_000;

/** The one fenced `lang` block of the README whose first line contains `marker`. */
function snippet(lang: string, marker: string): string {
  const blocks = [...README.matchAll(new RegExp(`^\`\`\`${lang}\\n([\\s\\S]*?)^\`\`\`$`, 'gm'))].map((match) => match[1]!);
  const found = blocks.filter((block) => block.split('\n')[0]!.includes(marker));
  assert.equal(found.length, 1, `one \`\`\`${lang} block starting with a line containing "${marker}" in the README`);
  return found[0]!;
}

const available = (command: string, args: readonly string[]) => spawnSync(command, args, { encoding: 'utf8' }).status === 0;
const hasNvim = available('nvim', ['--version']);
const hasEmacsEglot = available('emacs', ['--batch', '--eval', "(require 'eglot)"]);
const skipUnlessCi = (present: boolean, what: string) =>
  !present && !process.env.CI ? `${what} is not installed (.ci/run installs it)` : false;

/** A real git repository with Leakproof installed where the snippets look for it, and one file. */
function project(file: string, content: string, options: { installed?: boolean } = {}): string {
  const dir = initRepo(tempTree());
  if (options.installed ?? true) {
    mkdirSync(join(dir, 'node_modules', 'leakproof', 'dist'), { recursive: true });
    copyFileSync(SERVER, join(dir, 'node_modules', 'leakproof', 'dist', 'server.js'));
  }
  writeFileSync(join(dir, '.gitignore'), 'node_modules/\n');
  writeFileSync(join(dir, file), content);
  return dir;
}

/** Editors under test get their own empty home: no user configuration, no plugins. */
function editorEnv(home: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { ...cleanEnv(), HOME: home, XDG_CONFIG_HOME: home, XDG_DATA_HOME: home, XDG_STATE_HOME: home, XDG_CACHE_HOME: home, ...extra };
}

function runIn(dir: string, command: string, args: readonly string[], env: NodeJS.ProcessEnv) {
  const result = spawnSync(command, args, { cwd: dir, env, encoding: 'utf8', timeout: HANG_GUARD_MS });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const tokenLine = (salt: string) => `GITHUB_TOKEN = "${fakeGithubToken('ghp_', `editors-${salt}`)}"\n`;
const FINDING = /DIAG 1 .*GitHub personal access token \(classic\): ghp_\w\w\*{8}/;

describe('README editor snippets', () => {
  describe('Neovim', { skip: skipUnlessCi(hasNvim, 'nvim') }, () => {
    const check = join(ROOT, 'test', 'e2e', 'nvim-snippet-check.lua');
    function runSnippet(dir: string, waitMs: number) {
      writeFileSync(join(dir, 'init.lua'), snippet('lua', 'Neovim 0.7'));
      return runIn(dir, 'nvim', ['--headless', '-u', 'init.lua', '-i', 'NONE', '-n', 'settings.py', '-c', `luafile ${check}`], {
        ...editorEnv(dir),
        WAIT_MS: String(waitMs),
      });
    }

    it('0.7 (start_client): the snippet, verbatim as init.lua, starts the server and shows the finding', () => {
      const { status, output } = runSnippet(project('settings.py', tokenLine('nvim07')), 30_000);
      assert.equal(status, 0, output);
      assert.match(output, /CLIENT leakproof/);
      assert.match(output, FINDING);
    });

    it('0.7: without leakproof installed in the project the snippet starts nothing (and the check fails)', () => {
      const { status, output } = runSnippet(project('settings.py', tokenLine('nvim07-none'), { installed: false }), 3000);
      assert.equal(status, 1, output);
      assert.doesNotMatch(output, /CLIENT leakproof/);
      assert.match(output, /FAIL: no diagnostics/);
    });

    it('0.8+ (vim.lsp.start) and nvim-lspconfig: the snippets parse as Lua (Neovim 0.8 and nvim-lspconfig are not in Debian 12)', () => {
      const dir = tempTree();
      const parse = (code: string) => {
        writeFileSync(join(dir, 'snippet.lua'), code);
        return runIn(
          dir,
          'nvim',
          [
            '--headless',
            '-u',
            'NONE',
            '-i',
            'NONE',
            '-n',
            '-c',
            'lua local ok, err = loadfile("snippet.lua"); print(ok and "PARSED" or err)',
            '-c',
            'qall!',
          ],
          editorEnv(dir),
        ).output;
      };
      const modern = snippet('lua', 'Neovim 0.8+');
      const lspconfig = snippet('lua', 'nvim-lspconfig');
      assert.match(modern, /vim\.lsp\.start\(\{ name = 'leakproof', cmd = \{ 'node', server, '--stdio' \}/);
      assert.match(lspconfig, /configs\.leakproof = \{[\s\S]*require\('lspconfig'\)\.leakproof\.setup\(\{\}\)/);
      for (const code of [modern, lspconfig]) {
        assert.match(code, /node_modules\/leakproof\/dist\/server\.js/);
        assert.match(parse(code), /^PARSED$/m);
      }
      assert.doesNotMatch(parse(`${modern}\nend\n`), /^PARSED$/m, 'the parse check can fail');
    });
  });

  describe('Emacs (eglot)', { skip: skipUnlessCi(hasEmacsEglot, 'emacs with eglot') }, () => {
    it('the snippet, loaded verbatim, makes eglot start the server for python-mode and flymake shows the finding', () => {
      const dir = project('settings.py', tokenLine('emacs'));
      writeFileSync(join(dir, 'snippet.el'), snippet('elisp', 'Emacs (eglot)'));
      const { status, output } = runIn(dir, 'emacs', ['--batch', '-l', join(ROOT, 'test', 'e2e', 'emacs-eglot-check.el')], {
        ...editorEnv(dir),
        SNIPPET: join(dir, 'snippet.el'),
        FILE: join(dir, 'settings.py'),
        WAIT_MS: '30000',
      });
      assert.equal(status, 0, output);
      assert.match(output, /\[eglot\] Connected!/);
      assert.match(output, FINDING);
    });
  });

  describe('Helix (languages.toml; Helix is not in Debian 12)', () => {
    const toml = snippet('toml', 'Helix');
    interface Languages {
      'language-server': Record<string, { command: string; args: string[] }>;
      language: { name: string; 'language-servers': string[] }[];
    }
    const parsed = spawnSync('python3', ['-c', 'import json, sys, tomllib; print(json.dumps(tomllib.loads(sys.stdin.read())))'], {
      input: toml,
      encoding: 'utf8',
    });

    it('parses as TOML with a leakproof server listed for every language', () => {
      assert.equal(parsed.status, 0, parsed.stderr);
      const config = JSON.parse(parsed.stdout) as Languages;
      assert.deepEqual(Object.keys(config['language-server']), ['leakproof']);
      const server = config['language-server'].leakproof!;
      assert.equal(server.command, 'node');
      assert.deepEqual(server.args, ['node_modules/leakproof/dist/server.js', '--stdio']);
      assert.ok(config.language.length >= 2);
      for (const language of config.language) {
        assert.match(language.name, /^[a-z-]+$/);
        assert.equal(language['language-servers'].at(-1), 'leakproof', `${language.name} lists leakproof last`);
      }
    });

    it("the server command it configures, run in a project, answers the client's initialize", { timeout: HANG_GUARD_MS }, async () => {
      const { command, args } = (JSON.parse(parsed.stdout) as Languages)['language-server'].leakproof!;
      const dir = project('settings.py', tokenLine('helix'));
      const capabilities = await initialize(command === 'node' ? process.execPath : command, args, dir);
      assert.ok(capabilities.hoverProvider, JSON.stringify(capabilities));
      assert.ok(capabilities.codeActionProvider, JSON.stringify(capabilities));
      assert.ok(capabilities.textDocumentSync, JSON.stringify(capabilities));
    });
  });
});

/** Starts an LSP server over stdio as an editor does, sends `initialize`, returns its capabilities. */
function initialize(command: string, args: readonly string[], cwd: string): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: cleanEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
    let buffer = Buffer.alloc(0);
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`the server exited (${code}) before answering: ${stderr}`)));
    child.stdout.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        const headerEnd = buffer.indexOf('\r\n\r\n');
        if (headerEnd === -1) return;
        const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, headerEnd).toString('latin1'))?.[1]);
        if (buffer.length < headerEnd + 4 + length) return;
        const message = JSON.parse(buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8')) as {
          id?: number;
          result?: { capabilities: Record<string, unknown> };
        };
        buffer = buffer.subarray(headerEnd + 4 + length);
        if (message.id === 1 && message.result) {
          child.removeAllListeners('exit');
          child.kill();
          resolve(message.result.capabilities);
          return;
        }
      }
    });
    const body = JSON.stringify({
      jsonrpc: '2.0',
      id: 1,
      method: 'initialize',
      params: { processId: process.pid, rootUri: pathToFileURL(cwd).href, capabilities: {}, workspaceFolders: null },
    });
    child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  });
}
