/**
 * Hardening: planted secrets never appear in plaintext in anything the tool writes — CLI stdout and
 * stderr in every format, --output files, baselines, error messages, language-server messages and
 * stderr, and the configuration edits of quick fixes. Redaction may keep a provider prefix and two
 * final characters, so the needles are the full values and their distinctive middles.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { fakeGithubToken } from '../../server/src/engine/detectors/code-hosting/github.examples.js';
import { fakePem } from '../../server/src/engine/fake.js';
import { runCli, tempTree } from '../helpers.js';
import { workspace } from '../server/expected.js';
import { TestClient } from '../server/lspClient.js';

const token = fakeGithubToken('ghp_', 'plaintext-audit');
const pem = fakePem('RSA PRIVATE KEY', 1200, 'plaintext-audit');
const pemBodyLine = pem.split('\n')[3]!;
const password = 'Qz7!vRt9#mLp2$Wx';

/** Values that must never be written: each whole secret and a distinctive middle of each. */
const needles: [string, string][] = [
  ['token', token],
  ['token middle', token.slice(8, 24)],
  ['PEM body line', pemBodyLine],
  ['PEM body middle', pemBodyLine.slice(20, 44)],
  ['password', password],
  ['password middle', password.slice(3, 13)],
];

function assertNoSecret(where: string, output: string): void {
  for (const [name, needle] of needles) assert.ok(!output.includes(needle), `${name} in plaintext in ${where}`);
  // JSON writers may escape: check the escaped forms too.
  for (const [name, needle] of needles) assert.ok(!output.includes(JSON.stringify(needle).slice(1, -1)), `${name} (escaped) in ${where}`);
}

function files(): Record<string, string> {
  return {
    'src/app.ts': `export const githubToken = "${token}";\n`,
    'keys/id_rsa': `${pem}\n`,
    'config/db.yml': `production:\n  username: app\n  password: "${password}"\n  host: db.internal\n`,
    '.env': `GITHUB_TOKEN=${token}\nDB_PASSWORD=${password}\n`,
  };
}

describe('hardening: no plaintext secret in anything written', () => {
  it('the planted secrets are found (the audit is meaningful)', () => {
    const dir = tempTree(files());
    const r = runCli(['scan', '.', '--format', 'json'], { cwd: dir });
    assert.equal(r.status, 1);
    const detectors = (JSON.parse(r.stdout) as { findings: { detector: string }[] }).findings.map((f) => f.detector);
    assert.ok(detectors.includes('github.pat-classic'), detectors.join());
    assert.ok(
      detectors.some((d) => /private-key/.test(d)),
      detectors.join(),
    );
    assert.ok(
      detectors.some((d) => /password/.test(d)),
      detectors.join(),
    );
  });

  it('CLI: stdout, stderr and --output in text, json and sarif; standard input; baselines', () => {
    const dir = tempTree(files());
    for (const format of ['text', 'json', 'sarif']) {
      const r = runCli(['scan', '.', '--format', format], { cwd: dir });
      assert.equal(r.status, 1, format);
      assert.ok(r.stdout.length > 100);
      assertNoSecret(`scan --format ${format} stdout`, r.stdout);
      assertNoSecret(`scan --format ${format} stderr`, r.stderr);
      const out = join(dir, `report.${format}`);
      const w = runCli(['scan', 'src', 'keys', 'config', '.env', '--format', format, '--output', out, '--show-allowlisted'], { cwd: dir });
      assert.equal(w.status, 1);
      assertNoSecret(`--output ${format}`, readFileSync(out, 'utf8') + w.stdout + w.stderr);
    }
    const colored = runCli(['scan', '.'], { cwd: dir, env: { FORCE_COLOR: '1' } });
    assertNoSecret('text with color env', colored.stdout + colored.stderr);
    const stdin = runCli(['scan', '-', '--filename', 'deploy.env', '--format', 'json'], { cwd: dir, input: files()['.env'] ?? '' });
    assert.equal(stdin.status, 1);
    assertNoSecret('scan - (stdin)', stdin.stdout + stdin.stderr);

    const created = runCli(['baseline', 'create'], { cwd: dir });
    assert.equal(created.status, 0, created.stderr);
    const baseline = readFileSync(join(dir, '.leakproof-baseline.json'), 'utf8');
    assert.ok(JSON.parse(baseline).entries.length >= 3);
    assertNoSecret('baseline create', baseline + created.stdout + created.stderr);
    const updated = runCli(['baseline', 'update'], { cwd: dir });
    assertNoSecret('baseline update', readFileSync(join(dir, '.leakproof-baseline.json'), 'utf8') + updated.stdout + updated.stderr);
    const clean = runCli(['scan', '.', '--baseline', '.leakproof-baseline.json', '--format', 'json'], { cwd: dir });
    assert.equal(clean.status, 0);
    assertNoSecret('scan --baseline', clean.stdout + clean.stderr);
  });

  it('CLI error messages: a configuration that holds a secret is rejected without echoing it', () => {
    const dir = tempTree(files());
    const configs = [
      `{ "allowlist": [ { "hash": "${token}", "reason": "oops" } ] }`,
      `{ "allowlist": [ { "hash": "${token}" } ], "unknown": "${password}" }`,
      `{ "allowlist": [ { "hash": "${token}" ]`,
    ];
    for (const config of configs) {
      writeFileSync(join(dir, '.leakproof.json'), config);
      const r = runCli(['scan', '.'], { cwd: dir });
      assert.equal(r.status, 2, `${config}: ${r.stderr}`);
      assert.match(r.stderr, /invalid configuration/);
      assertNoSecret(`config error for ${config.slice(0, 30)}`, r.stdout + r.stderr);
    }
  });

  it('CLI error messages: an unreadable baseline that holds a secret is rejected without echoing it', () => {
    const dir = tempTree(files());
    writeFileSync(join(dir, 'bad-baseline.json'), `{"entries": [${token}]}`);
    const r = runCli(['scan', '.', '--baseline', 'bad-baseline.json'], { cwd: dir });
    assert.equal(r.status, 2);
    assert.ok(!r.stderr.includes(token.slice(0, 10)), `stderr quotes the file: ${r.stderr}`);
  });

  it('language server: every message, its stderr and quick-fix configuration edits', async () => {
    const root = workspace();
    const { client: c } = await TestClient.start({
      rootPath: root,
      initializationOptions: { docsBaseUri: 'https://leakproof.example/docs/detectors.md' },
    });
    try {
      const docs = files();
      const uris: string[] = [];
      for (const [path, text] of Object.entries(docs))
        uris.push(c.open(join(root, path), text, path.endsWith('.ts') ? 'typescript' : 'plaintext'));
      let total = 0;
      let applied = 0;
      for (const uri of uris) {
        const diagnostics: Diagnostic[] = await c.diagnosticsFor(uri, 20_000);
        total += diagnostics.length;
        for (const d of diagnostics) {
          await c.request('textDocument/hover', { textDocument: { uri }, position: d.range.start });
          const actions = await c.request<CodeAction[]>('textDocument/codeAction', {
            textDocument: { uri },
            range: d.range,
            context: { diagnostics: [d], triggerKind: 1 },
          });
          for (const action of actions) {
            const resolved = action.edit || !action.data ? action : await c.request<CodeAction>('codeAction/resolve', action);
            // Moving a secret to .env writes it there by design; every other edit must not carry it.
            if (/environment variable/i.test(action.title)) continue;
            assertNoSecret(`quick fix "${action.title}"`, JSON.stringify(resolved));
            if (/everywhere|path|detector/i.test(action.title) && resolved.edit) {
              c.applyEdit(resolved.edit);
              applied++;
            }
          }
        }
      }
      assert.ok(total >= 4, `findings: ${total}`);
      assert.ok(applied >= 1, 'at least one configuration quick fix was applied');
      // An edit that breaks the token, then a workspace scan if offered.
      c.edit(uris[0]!, 30, 32, '');
      await c.diagnosticsFor(uris[0]!, 20_000);
      const scanned = await Promise.race([
        c.request<{ findings: number }>('leakproof/scanWorkspace', {}).catch((e: Error) => e),
        new Promise((r) => setTimeout(() => r('timeout'), 15_000).unref()),
      ]);
      assert.ok(scanned && typeof scanned === 'object' && 'findings' in scanned, `workspace scan answered: ${String(scanned)}`);
      assertNoSecret('server → client messages', c.transcript());
      assertNoSecret('server stderr', c.serverStderr());
      // Configuration files the quick fixes wrote.
      assert.ok(readdirSync(root).includes('.leakproof.json'), 'a quick fix wrote .leakproof.json');
      for (const name of readdirSync(root)) {
        const path = join(root, name);
        if (name === '.leakproof.json' || (statSync(path).isFile() && name !== '.env' && !name.startsWith('.env'))) {
          assertNoSecret(`file ${name} written by a quick fix`, readFileSync(path, 'utf8'));
        }
      }
    } finally {
      await c.stop();
    }
  });
});
