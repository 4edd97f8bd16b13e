/// <reference types="mocha" />
/**
 * The extension in a real VS Code extension host (code-server in CI, desktop VS Code through
 * .vscode-test.mjs): activation, diagnostics, hover, every quick fix, Scan Workspace, the status
 * bar, per-resource settings, `.leakproof.json` validation, and the commands. Secrets are fake and
 * generated here (checksummed GitHub tokens): nothing realistic is committed.
 *
 * Named *.e2e.ts, not *.test.ts: `npm test` (node's runner) must not pick it up — it needs `vscode`.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { fakeGithubToken } from '../../../../server/src/engine/detectors/code-hosting/github.examples.js';
import { fake } from '../../../../server/src/engine/fake.js';
import { B62 } from '../../../../server/src/engine/patterns.js';
import { CodeActionTitles, DIAGNOSTIC_SOURCE } from '../../../../server/src/protocol.js';
import { installHook } from '../../../../client/src/installHook.js';
import { isFinding } from '../../../../client/src/statusBar.js';
import {
  allLeakproofFindings,
  api,
  apply,
  closeAllEditors,
  codeActions,
  codeOf,
  fileUri,
  hoverText,
  leakproofDiagnostics,
  open,
  readFile,
  remove,
  waitFor,
  waitForDiagnostics,
  workspaceRoot,
  writeFile,
} from './helpers.js';

const token = (salt: string) => fakeGithubToken('ghp_', `vscode-e2e-${salt}`);
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A JavaScript file holding one fake token; returns its URI and the token's range. */
async function tokenFile(relative: string, salt: string): Promise<{ uri: vscode.Uri; value: string; range: vscode.Range }> {
  const value = token(salt);
  const prefix = "const octokit = new Octokit({ auth: '";
  const uri = await writeFile(relative, `// e2e sample (fake token)\n${prefix}${value}' });\nmodule.exports = octokit;\n`);
  return { uri, value, range: new vscode.Range(1, prefix.length, 1, prefix.length + value.length) };
}

/** Files the quick fixes and settings tests create: removed after each test. */
const SCRATCH = ['.leakproof.json', '.env', '.gitignore', '.vscode', '.git', 'src', 'scan', 'excluded'];

async function resetSettings(): Promise<void> {
  const config = vscode.workspace.getConfiguration('leakproof');
  for (const key of [
    'enable',
    'run',
    'debounceMs',
    'severity.specific',
    'severity.generic',
    'severity.testFile',
    'exclude',
    'maxFileSize',
    'detectors',
  ]) {
    if (config.inspect(key)?.workspaceValue !== undefined) await config.update(key, undefined, vscode.ConfigurationTarget.Workspace);
  }
  const js = vscode.workspace.getConfiguration('leakproof', { languageId: 'javascript' });
  if (js.inspect('enable')?.workspaceLanguageValue !== undefined)
    await js.update('enable', undefined, vscode.ConfigurationTarget.Workspace, true);
}

async function cleanUp(): Promise<void> {
  await closeAllEditors();
  await resetSettings();
  for (const path of SCRATCH) await remove(path);
}

suite('Leakproof in VS Code', function () {
  this.timeout(60_000);

  suiteSetup(async () => {
    // Fail fast, and once, when the server cannot start: every test below needs it.
    const leakproof = await api();
    await waitFor('the language client to run', () => leakproof.client()?.isRunning(), 30_000);
    await cleanUp();
  });
  teardown(cleanUp);

  suite('activation', () => {
    test('activates, starts the language server over IPC and reports it in the status bar', async () => {
      const leakproof = await api();
      await waitFor('the language client to run', () => leakproof.client()?.isRunning());
      const status = await waitFor('the status bar to show the running state', () =>
        leakproof.status().client === 'running' ? leakproof.status() : undefined,
      );
      assert.match(status.text, /No secrets|secret/);
      assert.equal(leakproof.client()?.initializeResult?.serverInfo?.name, 'leakproof-language-server');
    });

    test('contributes every command it declares, settings, the walkthrough and the schema', async () => {
      const extension = vscode.extensions.getExtension('leakproof.leakproof')!;
      const manifest = extension.packageJSON as {
        contributes: {
          commands: { command: string }[];
          configuration: { properties: Record<string, { scope?: string }> };
          walkthroughs: { steps: unknown[] }[];
          jsonValidation: { url: string }[];
        };
      };
      const registered = new Set(await vscode.commands.getCommands(true));
      for (const { command } of manifest.contributes.commands) assert.ok(registered.has(command), `${command} is not registered`);
      for (const [key, property] of Object.entries(manifest.contributes.configuration.properties)) {
        // Read once when the server starts (initialization options), so per window by nature.
        if (key !== 'leakproof.trace.server' && key !== 'leakproof.scanWorkspaceOnStartup')
          assert.match(property.scope ?? '', /resource|language-overridable/, `${key} is not per resource`);
      }
      assert.equal(manifest.contributes.walkthroughs[0]?.steps.length, 4);
      // Shipped files: the schema, the detector documentation, the walkthrough pages.
      for (const file of [
        manifest.contributes.jsonValidation[0]!.url,
        'docs/detectors.md',
        'docs/walkthrough/why.md',
        'dist/server.js',
        'dist/cli.js',
      ]) {
        await vscode.workspace.fs.stat(vscode.Uri.joinPath(extension.extensionUri, file));
      }
    });
  });

  suite('diagnostics', () => {
    test('flags a fake GitHub token on its value, with source, code, severity and a redacted message', async () => {
      const { uri, value, range } = await tokenFile('src/config.js', 'diag');
      await open(uri);
      const [diagnostic] = await waitForDiagnostics(uri, 1);
      assert.ok(diagnostic);
      assert.deepEqual(diagnostic.range, range, 'the squiggle covers the value, not the variable name');
      assert.equal(diagnostic.source, DIAGNOSTIC_SOURCE);
      assert.equal(codeOf(diagnostic), 'github.pat-classic');
      assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Error);
      assert.match(diagnostic.message, /GitHub personal access token/);
      assert.ok(!diagnostic.message.includes(value), 'the message never holds the secret');
      // The code links to the detector's entry (its line) in the documentation shipped with the extension.
      const target = typeof diagnostic.code === 'object' ? diagnostic.code.target : undefined;
      assert.ok(target?.path.endsWith('/docs/detectors.md'), `code link: ${target?.toString()}`);
      const docs = (await api()).docs;
      const entry = (await docs.list()).find((e) => e.id === 'github.pat-classic');
      assert.equal(target?.fragment, `L${entry!.line + 1}`, 'the link lands on the entry');
    });

    test('follows typing in an unsaved buffer: appears on insert, disappears on delete', async () => {
      const document = await vscode.workspace.openTextDocument({ language: 'python', content: 'GITHUB_TOKEN = ""\n' });
      const editor = await vscode.window.showTextDocument(document);
      const value = token('typing');
      await editor.edit((edit) => edit.insert(new vscode.Position(0, 16), value));
      const [diagnostic] = await waitForDiagnostics(document.uri, 1);
      assert.equal(document.getText(diagnostic!.range), value);
      await editor.edit((edit) => edit.delete(diagnostic!.range));
      await waitForDiagnostics(document.uri, 0);
    });

    test('reports a generic password as a warning', async () => {
      const password = `${fake(B62, 8, 'e2e-pw')}-${fake(B62, 6, 'e2e-pw2')}`;
      const uri = await writeFile('src/db.py', `DATABASE = {'user': 'app', 'password': '${password}'}\n`);
      await open(uri);
      const [diagnostic] = await waitForDiagnostics(uri, 1);
      assert.equal(codeOf(diagnostic!), 'generic.password');
      assert.equal(diagnostic!.severity, vscode.DiagnosticSeverity.Warning);
    });
  });

  suite('hover', () => {
    test('explains the finding: what it grants, how to revoke it, how to store it, a local documentation link', async () => {
      const { uri, value, range } = await tokenFile('src/hover.js', 'hover');
      await open(uri);
      await waitForDiagnostics(uri, 1);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, range.start.translate(0, 5));
      const text = hoverText(hovers);
      assert.match(text, /GitHub personal access token \(classic\)/);
      assert.match(text, /What it grants/);
      assert.match(text, /Revoke/);
      assert.match(text, /Keep it out of code/);
      assert.ok(!text.includes(value), 'the hover never holds the secret');
      // The documentation link is turned into the trusted local command (no browser, no network).
      assert.match(text, /\(command:leakproof\.showDetectorDocs\?%5B%22github-pat-classic%22%5D/);
      const markdown = hovers
        .flatMap((h) => h.contents)
        .find((c): c is vscode.MarkdownString => c instanceof vscode.MarkdownString && c.value.includes('command:'));
      assert.ok(markdown, 'the hover is Markdown');
    });
  });

  suite('quick fixes (vscode.executeCodeActionProvider + workspace.applyEdit)', () => {
    async function fixes(relative: string, salt: string) {
      const file = await tokenFile(relative, salt);
      await open(file.uri);
      await waitForDiagnostics(file.uri, 1);
      const actions = await codeActions(file.uri, file.range);
      const find = (title: string) => {
        const found = actions.find((a) => a.title.startsWith(title));
        assert.ok(found, `no quick fix "${title}…" among: ${actions.map((a) => a.title).join(' | ')}`);
        return found;
      };
      return { ...file, actions, find };
    }

    test('offers every fix, each a quick fix on the diagnostic', async () => {
      const { find } = await fixes('src/offer.js', 'offer');
      for (const title of Object.values(CodeActionTitles)) {
        const action = find(title);
        assert.equal(action.kind?.value, vscode.CodeActionKind.QuickFix.value, action.title);
      }
      assert.ok(find(CodeActionTitles.moveToEnv).isPreferred, 'moving the secret out is the preferred fix');
    });

    test('Allow on this line adds a `leakproof:allow` comment and the squiggle goes', async () => {
      const { uri, find } = await fixes('src/allow-line.js', 'allow-line');
      await apply(find(CodeActionTitles.allowLine));
      await waitForDiagnostics(uri, 0);
      const text = (await vscode.workspace.openTextDocument(uri)).getText();
      assert.match(text.split('\n')[1]!, /\/\/ leakproof:allow/);
    });

    test('Allow everywhere stores the salted hash (never the value, nor its sha256) in .leakproof.json', async () => {
      const { uri, value, find } = await fixes('src/allow-hash.js', 'allow-hash');
      await apply(find(CodeActionTitles.allowEverywhere));
      await waitForDiagnostics(uri, 0);
      const config = await readFile('.leakproof.json');
      assert.match(config ?? '', /"hash": "(?:scrypt|hmac):[0-9a-f]{64}"/, `.leakproof.json: ${config}`);
      assert.ok(!config!.includes(value));
      assert.ok(!config!.includes(sha256(value)), 'no unsalted hash');
    });

    test('an allowlist fix asks why afterwards, and the answer joins who allowed it and when (issue 12 item 7)', async () => {
      const { uri, find } = await fixes('src/allow-reason.js', 'allow-reason');
      const action = find(CodeActionTitles.allowEverywhere);
      assert.equal(action.command?.command, 'leakproof.allowReason', 'the fix is followed by the reason prompt');
      const [target, written] = (action.command?.arguments ?? []) as [string, string];
      // The edit, then the follow-up with an answer (the prompt itself is the input box a person types in).
      await vscode.workspace.applyEdit(action.edit!, { isRefactoring: true });
      await waitForDiagnostics(uri, 0);
      assert.equal(await vscode.commands.executeCommand('leakproof.allowReason', target, written, 'a documentation example value'), true);
      const config = (await readFile('.leakproof.json')) ?? '';
      assert.match(config, /"reason": "allowed in editor[^"]*\d{4}-\d{2}-\d{2}: this [^"]*, everywhere — a documentation example value"/);
    });

    test('Ignore files matching adds a path glob to .leakproof.json', async () => {
      const { uri, find } = await fixes('src/ignore-me.js', 'ignore');
      await apply(find(CodeActionTitles.ignorePath));
      await waitForDiagnostics(uri, 0);
      assert.match((await readFile('.leakproof.json')) ?? '', /"path": "src\/ignore-me\.js"/);
    });

    test('Disable detector adds its id to .leakproof.json detectors.disable', async () => {
      const { uri, find } = await fixes('src/disable.js', 'disable');
      await apply(find(CodeActionTitles.disableDetector));
      // The specific detector is off; a generic one may still see a secret-looking value there.
      await waitFor('no github.pat-classic finding', () => !leakproofDiagnostics(uri).some((d) => codeOf(d) === 'github.pat-classic'));
      const config = JSON.parse((await readFile('.leakproof.json')) ?? '{}') as { detectors?: { disable?: string[] } };
      assert.deepEqual(config.detectors?.disable, ['github.pat-classic']);
    });

    test('Move to an environment variable rewrites the code, writes .env and git-ignores it', async () => {
      const { uri, value, find } = await fixes('src/move.js', 'move');
      const move = find(CodeActionTitles.moveToEnv);
      assert.ok(move.edit, 'the edit is resolved when the fix is picked (codeAction/resolve)');
      await apply(move);
      await waitForDiagnostics(uri, 0);
      const code = (await vscode.workspace.openTextDocument(uri)).getText();
      assert.ok(!code.includes(value), 'the value left the code');
      assert.match(code, /auth: process\.env\.[A-Z_]+/);
      assert.ok((await readFile('.env'))?.includes(value), 'the value is in .env');
      assert.match((await readFile('.gitignore')) ?? '', /^\.env$/m);
    });

    test('Learn about opens the detector documentation from the package, locally', async () => {
      const { find } = await fixes('src/learn.js', 'learn');
      await apply(find(CodeActionTitles.learn));
      await waitFor('the documentation preview', () => activeTabLabel()?.includes('detectors.md'));
    });
  });

  suite('Scan Workspace and the status bar', () => {
    test('reports secrets in files that are not open, counts them in the status bar, and clears them', async () => {
      const leakproof = await api();
      const a = await writeFile('scan/deploy.env', `GITHUB_TOKEN=${token('scan-a')}\n`);
      const b = (await tokenFile('scan/client.js', 'scan-b')).uri;
      const result = await vscode.commands.executeCommand<{
        files: number;
        findings: number;
        filesWithFindings: number;
        cancelled: boolean;
      }>('leakproof.scanWorkspace');
      assert.ok(result, 'the scan returns its summary');
      assert.equal(result.cancelled, false);
      assert.ok(result.findings >= 2 && result.filesWithFindings >= 2, JSON.stringify(result));
      await waitForDiagnostics(a, 1);
      await waitForDiagnostics(b, 1);

      leakproof.recount();
      const status = leakproof.status();
      assert.equal(status.findings, allLeakproofFindings());
      assert.ok(status.findings >= 2);
      assert.match(status.text, new RegExp(`\\b${status.findings} secrets\\b`));
      assert.equal(status.command, 'leakproof.showSummary', 'a click lists the files with their counts (issue 12 item 6)');

      assert.equal(await vscode.commands.executeCommand('leakproof.clearWorkspaceResults'), true);
      await waitForDiagnostics(a, 0);
      leakproof.recount();
      assert.equal(leakproof.status().findings, allLeakproofFindings());
    });

    test('shows "No secrets" when nothing is reported', async () => {
      const leakproof = await api();
      // Documents of earlier tests may linger in memory with their findings: turning Leakproof off
      // for the workspace clears every one of them.
      await vscode.workspace.getConfiguration('leakproof').update('enable', false, vscode.ConfigurationTarget.Workspace);
      await waitFor(
        () => `no Leakproof diagnostics anywhere (left: ${leftovers()})`,
        () => allLeakproofFindings() === 0,
      );
      leakproof.recount();
      assert.match(leakproof.status().text, /No secrets/);
    });
  });

  suite('settings, per resource', () => {
    test('leakproof.enable=false for one language silences only that language', async () => {
      const js = await tokenFile('src/lang.js', 'lang-js');
      const py = await writeFile('src/lang.py', `token = "${token('lang-py')}"\n`);
      await open(js.uri);
      await open(py);
      await waitForDiagnostics(js.uri, 1);
      await waitForDiagnostics(py, 1);
      await vscode.workspace
        .getConfiguration('leakproof', { languageId: 'javascript' })
        .update('enable', false, vscode.ConfigurationTarget.Workspace, true);
      await waitForDiagnostics(js.uri, 0);
      await waitForDiagnostics(py, 1);
    });

    test('leakproof.severity.specific and leakproof.detectors change what is shown', async () => {
      const { uri } = await tokenFile('src/severity.js', 'severity');
      await open(uri);
      await waitForDiagnostics(uri, 1);
      const config = vscode.workspace.getConfiguration('leakproof');
      await config.update('severity.specific', 'information', vscode.ConfigurationTarget.Workspace);
      await waitFor('an information diagnostic', () => leakproofDiagnostics(uri)[0]?.severity === vscode.DiagnosticSeverity.Information);
      await config.update('detectors', { 'github.pat-classic': false }, vscode.ConfigurationTarget.Workspace);
      await waitFor('no github.pat-classic finding', () => !leakproofDiagnostics(uri).some((d) => codeOf(d) === 'github.pat-classic'));
      await config.update('detectors', { 'github.pat-classic': false, 'generic.secret': false }, vscode.ConfigurationTarget.Workspace);
      await waitForDiagnostics(uri, 0);
    });

    test('leakproof.exclude skips matching files', async () => {
      await vscode.workspace.getConfiguration('leakproof').update('exclude', ['excluded/**'], vscode.ConfigurationTarget.Workspace);
      const excluded = await tokenFile('excluded/secret.js', 'excluded');
      const included = await tokenFile('src/included.js', 'included');
      await open(excluded.uri);
      await open(included.uri);
      await waitForDiagnostics(included.uri, 1);
      assert.equal(leakproofDiagnostics(excluded.uri).length, 0);
    });

    test('leakproof.run=onSave scans at save, not while typing', async () => {
      await vscode.workspace.getConfiguration('leakproof').update('run', 'onSave', vscode.ConfigurationTarget.Workspace);
      await waitFor('the setting in force', () => vscode.workspace.getConfiguration('leakproof').get('run') === 'onSave');
      const uri = await writeFile('src/on-save.js', 'const token = "";\n');
      const editor = await open(uri);
      await waitForDiagnostics(uri, 0);
      await new Promise((resolve) => setTimeout(resolve, 1000)); // the server has asked for this document's settings
      await editor.edit((edit) => edit.insert(new vscode.Position(0, 15), token('on-save')));
      await new Promise((resolve) => setTimeout(resolve, 1000));
      assert.equal(leakproofDiagnostics(uri).length, 0, 'no scan while typing');
      await editor.document.save();
      await waitForDiagnostics(uri, 1);
    });
  });

  suite('.leakproof.json', () => {
    test('a broken file shows in the status bar, not in the count of secrets', async () => {
      const leakproof = await api();
      const { uri } = await tokenFile('src/with-config.js', 'with-config');
      await open(uri);
      await waitForDiagnostics(uri, 1);
      await writeFile('.leakproof.json', '{ "allowlist": [ }\n');
      const status = await waitFor('the configuration problem in the status bar', () => {
        const snapshot = leakproof.status();
        return /Configuration problems/.test(snapshot.tooltip) ? snapshot : undefined;
      });
      assert.match(status.text, /\$\(warning\)/);
      assert.match(status.tooltip, /\.leakproof\.json:1:/);
      leakproof.recount();
      assert.equal(leakproof.status().findings, allLeakproofFindings(), 'configuration errors are not secrets');
    });

    test('is JSON with comments, validated against the shipped schema', async () => {
      const uri = await writeFile('.leakproof.json', '{\n  // comments are fine\n  "allowlist": [],\n  "bogus": true\n}\n');
      const editor = await open(uri);
      assert.equal(editor.document.languageId, 'jsonc');
      const problems = await waitFor('a schema error on "bogus"', () => {
        const list = vscode.languages.getDiagnostics(uri).filter((d) => d.source !== DIAGNOSTIC_SOURCE);
        return list.some((d) => /bogus/.test(d.message)) ? list : undefined;
      });
      assert.ok(!problems.some((d) => /comment/i.test(d.message)), 'comments are allowed');
    });

    test('completes its properties', async () => {
      const uri = await writeFile('.leakproof.json', '{\n  \n}\n');
      await open(uri);
      const labels = await waitFor('completions from the schema', async () => {
        const list = await vscode.commands.executeCommand<vscode.CompletionList>(
          'vscode.executeCompletionItemProvider',
          uri,
          new vscode.Position(1, 2),
        );
        const found = list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
        return found.includes('allowlist') ? found : undefined;
      });
      for (const property of ['allowlist', 'detectors', 'customDetectors', 'scan'])
        assert.ok(labels.includes(property), `completes ${property}`);
    });
  });

  suite('issue 12: advice that fits where the secret is (items 1–4)', () => {
    /** The workspace as a git repository with an identity of its own (cleanUp removes `.git`). */
    function gitInit(): (...args: string[]) => string {
      const root = workspaceRoot().fsPath;
      const git = (...args: string[]) =>
        execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
      git('init', '-q', '-b', 'main');
      git('config', 'user.name', 'Leakproof e2e');
      git('config', 'user.email', 'e2e@leakproof.invalid');
      git('config', 'commit.gpgsign', 'false');
      return git;
    }

    async function hoverAt(uri: vscode.Uri, position: vscode.Position): Promise<string> {
      return hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position));
    }

    test('item 1: a git-ignored .env is Information with a short "local only" hover, and is not counted', async () => {
      gitInit();
      await writeFile('.gitignore', '.env\n');
      const value = token('local-env');
      const uri = await writeFile('.env', `GITHUB_TOKEN=${value}\n`);
      await open(uri);
      const diagnostic = await waitFor('an Information finding (git has answered)', () =>
        leakproofDiagnostics(uri).find((d) => d.severity === vscode.DiagnosticSeverity.Information),
      );
      assert.match(diagnostic.message, /local only, git-ignored — fine; never commit it, rotate if it was ever shared/);
      const text = await hoverAt(uri, diagnostic.range.start.translate(0, 3));
      assert.match(text, /Local only, git-ignored — fine/);
      assert.ok(!/Revoke or rotate|make sure it is git-ignored/.test(text), text);
      assert.ok(!text.includes(value));
      const leakproof = await api();
      leakproof.recount();
      assert.equal(leakproof.status().findings, 0, `the status bar does not count it: ${leakproof.status().text}`);
    });

    test('item 2: the hover leads with one line, then revoke steps, then storage, under 1,500 characters', async () => {
      const { uri, range } = await tokenFile('src/short-hover.js', 'short-hover');
      await open(uri);
      await waitForDiagnostics(uri, 1);
      const text = await hoverAt(uri, range.start.translate(0, 5));
      const lines = text.split('\n');
      assert.match(lines[0]!, /^\*\*GitHub personal access token \(classic\)\*\* `ghp_.*What it grants: /);
      assert.equal(text.split('GitHub personal access token (classic)').length - 1, 1, 'the title once');
      const revoke = lines.findIndex((l) => l.startsWith('**Revoke or rotate it first'));
      const store = lines.findIndex((l) => l.startsWith('**Keep it out of code:**'));
      assert.ok(revoke > 0 && store > revoke, text);
      assert.match(lines[revoke + 1]!, /^1\. /);
      // The server's text (≤ 1,500); the client only rewrites the guide link into a local command.
      const serverText = lines.filter((l) => !l.startsWith('[Full guide]')).join('\n');
      assert.ok(serverText.length <= 1500, `${serverText.length} characters`);
    });

    test('item 3: never committed → "not committed"; committed and pushed → sha, date, "pushed to origin: rotate now"', async () => {
      const git = gitInit();
      const remote = mkdtempSync(join(tmpdir(), 'leakproof-e2e-origin-'));
      execFileSync('git', ['init', '-q', '--bare'], { cwd: remote });
      const pushed = await tokenFile('src/pushed.js', 'history-pushed');
      git('add', 'src/pushed.js');
      git('commit', '-q', '-m', 'add the client');
      git('remote', 'add', 'origin', remote);
      git('push', '-q', 'origin', 'main');
      const [sha, date] = git('log', '-1', '--format=%h %cs').split(' ');
      const fresh = await tokenFile('src/uncommitted.js', 'history-uncommitted');

      await open(fresh.uri);
      const local = await waitFor('the "not committed" advice', () =>
        leakproofDiagnostics(fresh.uri).find((d) => /not committed/.test(d.message)),
      );
      assert.match(local.message, /not committed: remove it before committing; no rotation needed if it never left this machine/);
      const localHover = await hoverAt(fresh.uri, fresh.range.start.translate(0, 5));
      assert.match(localHover, /\*\*Not committed:\*\*/);
      assert.ok(!/force|filter-repo|clean history/i.test(localHover), localHover);

      await open(pushed.uri);
      const inHistory = await waitFor('the "pushed" advice', () =>
        leakproofDiagnostics(pushed.uri).find((d) => /pushed to origin/.test(d.message)),
      );
      assert.ok(
        inHistory.message.endsWith(
          `already in history since ${sha} (${date}); rotate it, then clean history; pushed to origin: rotate now`,
        ),
        inHistory.message,
      );
      const hover = await hoverAt(pushed.uri, pushed.range.start.translate(0, 5));
      assert.ok(hover.includes(`**Already in history** since \`${sha}\` (${date})`), hover);
      assert.match(hover, /\*\*Pushed to origin: rotate now\.\*\*/);
      assert.ok(!hover.includes(pushed.value));
    });

    test('item 4: "Move to an environment variable" uses the hover\'s name, writes a git-ignored untracked .env, and Go code that compiles', async () => {
      const git = gitInit();
      const { uri, value, range } = await tokenFile('src/env-name.js', 'env-name');
      await open(uri);
      await waitForDiagnostics(uri, 1);
      const name = /process\.env\.([A-Z][A-Z0-9_]*)/.exec(await hoverAt(uri, range.start.translate(0, 5)))?.[1];
      assert.ok(name, 'the hover names the variable');
      const move = (await codeActions(uri, range)).find((a) => a.title.startsWith(CodeActionTitles.moveToEnv));
      assert.ok(move, 'the fix is offered');
      await apply(move);
      await waitForDiagnostics(uri, 0);
      assert.ok(
        (await vscode.workspace.openTextDocument(uri)).getText().includes(`auth: process.env.${name}`),
        'the same name as the hover',
      );
      assert.ok((await readFile('.env'))?.includes(`${name}=${value}`));
      assert.doesNotThrow(() => git('check-ignore', '-q', '.env'), '.env is git-ignored');
      assert.equal(git('ls-files', '.env'), '', '.env is not tracked');

      const goValue = token('env-go');
      const go = await writeFile(
        'src/main.go',
        `package main\n\nimport "fmt"\n\nconst githubToken = "${goValue}"\n\nfunc main() { fmt.Println(githubToken) }\n`,
      );
      await open(go);
      const [goDiagnostic] = await waitForDiagnostics(go, 1);
      const goMove = (await codeActions(go, goDiagnostic!.range)).find((a) => a.title.startsWith(CodeActionTitles.moveToEnv));
      assert.ok(goMove, 'the fix is offered for Go');
      await apply(goMove);
      await waitForDiagnostics(go, 0);
      const goText = (await vscode.workspace.openTextDocument(go)).getText();
      assert.match(goText, /^var githubToken = os\.Getenv\("[A-Z][A-Z0-9_]*"\)$/m);
      assert.ok(!/const[^\n]*os\.Getenv/.test(goText), 'no os.Getenv in a constant (it would not compile)');
      assert.match(goText, /"os"/, 'os is imported');
    });
  });

  suite('commands', () => {
    test('Open Detector Documentation opens docs/detectors.md from the package at the detector', async () => {
      const anchor = await vscode.commands.executeCommand<string>('leakproof.showDetectorDocs', 'github.pat-classic');
      assert.equal(anchor, 'github-pat-classic');
      await waitFor('the documentation preview', () => activeTabLabel()?.includes('detectors.md'));
      const leakproof = await api();
      const entries = await leakproof.docs.list();
      assert.ok(entries.length > 100, 'every detector has an entry');
    });

    test('Open a Sample File shows a fake token (error) and a fake password (warning)', async () => {
      const uri = await vscode.commands.executeCommand<vscode.Uri>('leakproof.openSample');
      assert.equal(uri.scheme, 'untitled');
      const diagnostics = await waitForDiagnostics(uri, 2);
      assert.deepEqual(diagnostics.map((d) => d.severity).sort(), [vscode.DiagnosticSeverity.Error, vscode.DiagnosticSeverity.Warning]);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });

    test('Show Output and Restart Server work', async () => {
      await vscode.commands.executeCommand('leakproof.showOutput');
      await vscode.commands.executeCommand('leakproof.restartServer');
      const leakproof = await api();
      await waitFor('the restarted client to run', () => leakproof.client()?.isRunning() && leakproof.status().client === 'running');
      const { uri } = await tokenFile('src/after-restart.js', 'restart');
      await open(uri);
      await waitForDiagnostics(uri, 1);
    });

    test('Install Pre-commit Hook runs `leakproof install-hook` in the folder, or says clearly that the CLI lacks it', async () => {
      const root = workspaceRoot().fsPath;
      const extension = vscode.extensions.getExtension('leakproof.leakproof')!;
      const help = execFileSync(process.execPath, [join(extension.extensionPath, 'dist/cli.js'), '--help'], {
        encoding: 'utf8',
        env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
      });
      type Result = { ok: boolean; reason?: string; message: string };
      if (!help.includes('install-hook')) {
        const result = await vscode.commands.executeCommand<Result>('leakproof.installHook');
        assert.equal(result.reason, 'missing-command', result.message);
        return;
      }
      await remove('.git');
      const outside = await vscode.commands.executeCommand<Result>('leakproof.installHook');
      assert.equal(outside.ok, false);
      assert.match(outside.message, /not in a git repository.*git init/);
      execFileSync('git', ['init', '-q'], { cwd: root });
      const result = await vscode.commands.executeCommand<Result>('leakproof.installHook');
      assert.equal(result.ok, true, result.message);
      assert.ok(existsSync(join(root, '.git/hooks/pre-commit')), result.message);
      assert.match(result.message, /^pre-commit: installed/);
      // The hook runs the shim in global storage, never the versioned extension folder an update deletes.
      const hook = readFileSync(join(root, '.git/hooks/pre-commit'), 'utf8');
      assert.match(hook, /^LEAKPROOF_INSTALLED_CLI='[^']*leakproof-cli\.cjs'$/m);
      assert.ok(!hook.includes(extension.extensionPath), `the hook names ${extension.extensionPath}`);
    });

    test('Install Pre-commit Hook fails gracefully with an older CLI', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'leakproof-old-cli-'));
      const cli = join(dir, 'cli.js');
      writeFileSync(
        cli,
        'process.stderr.write(\'leakproof: unknown command "install-hook"\\nRun `leakproof --help` for usage.\\n\'); process.exit(2);\n',
      );
      chmodSync(cli, 0o755);
      const output = vscode.window.createOutputChannel('Leakproof e2e', { log: true });
      try {
        const result = await installHook(cli, output, fileUri('README.md'));
        assert.equal(result.ok, false);
        assert.equal(result.ok ? '' : result.reason, 'missing-command');
        assert.match(result.message, /no "install-hook" command/);
      } finally {
        output.dispose();
      }
    });
  });
});

function leftovers(): string {
  return vscode.languages
    .getDiagnostics()
    .filter(([, list]) => list.some(isFinding))
    .map(([uri]) => vscode.workspace.asRelativePath(uri))
    .join(', ');
}

function activeTabLabel(): string | undefined {
  return vscode.window.tabGroups.activeTabGroup.activeTab?.label;
}
