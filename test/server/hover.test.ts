/**
 * Hovers teach in a glance (issue 12 item 2): for every detector, at its longest (several parts,
 * a test file, Base64, a sensitive file, the variable to move it to), the hover stays within
 * HOVER_MAX_CHARS and has one shape — a lead line, numbered revoke steps with the provider's link,
 * then safe storage, then the full guide — with no sentence said twice. One case goes through the
 * bundled server, as an editor sees it.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { afterEach, describe, it } from 'node:test';
import type { Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { fakeGithubToken } from '../../server/src/engine/detectors/code-hosting/github.examples.js';
import { ALL_DETECTORS, type Finding } from '../../server/src/engine/index.js';
import { KUBERNETES_SECRET_ADVICE } from '../../server/src/environment.js';
import { HOVER_MAX_CHARS, LOCAL_ONLY_ADVICE, hoverMarkdown } from '../../server/src/hover.js';
import { workspace } from './expected.js';
import { TestClient } from './lspClient.js';

const DOCS = 'https://leakproof.example/docs/detectors.md';

/** The longest finding a detector can produce for the hover: every insight and three parts. */
function worstCase(detector: (typeof ALL_DETECTORS)[number]): Finding {
  const part = (name: string, at: number) => ({ name, range: [at, at + 40] as const, redacted: 'abcd…wxyz' });
  return {
    detectorId: detector.id,
    title: detector.title,
    kind: detector.kind,
    confidence: detector.confidence,
    matches: [part('secret', 0), part('client_secret', 50), part('username', 100)],
    range: [0, 40],
    fingerprint: 'f'.repeat(64),
    secretHash: 'h'.repeat(64),
    insights: [
      { kind: 'test_file', reason: 'path contains /test/' },
      { kind: 'decoded', redacted: 'abcd…wxyz' },
      { kind: 'sensitive_file', reason: '.env file' },
    ],
  } as Finding;
}

/** Sentences of a text (for "no sentence twice"): split on sentence ends, list items and lines. */
function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.replace(/^\s*(?:\d+\.|-)\s*/, '').trim())
    .filter((s) => s.length > 25);
}

describe('hover text', () => {
  it(`stays within ${HOVER_MAX_CHARS} characters with one lead line, numbered revoke steps, storage and the guide, for every detector`, () => {
    assert.ok(ALL_DETECTORS.length > 100, 'every detector is checked');
    let longest = 0;
    for (const detector of ALL_DETECTORS) {
      const kubernetes = hoverMarkdown(worstCase(detector), {
        docsBaseUri: DOCS,
        language: 'yaml',
        storageAdvice: KUBERNETES_SECRET_ADVICE,
        placement: 'tracked-ignored',
      });
      assert.ok(kubernetes.length <= HOVER_MAX_CHARS, `${detector.id} in a tracked Kubernetes Secret: ${kubernetes.length} characters`);
      const text = hoverMarkdown(worstCase(detector), {
        docsBaseUri: DOCS,
        language: 'typescript',
        envName: 'SOME_QUITE_LONG_VARIABLE_NAME',
      });
      longest = Math.max(longest, text.length, kubernetes.length);
      assert.ok(text.length <= HOVER_MAX_CHARS, `${detector.id}: ${text.length} characters`);
      const lines = text.split('\n');
      assert.ok(lines[0]!.startsWith(`**${detector.title}**`), `${detector.id}: the lead line names it`);
      assert.match(lines[0]!, /What it grants: \S/, `${detector.id}: the lead line says what it grants`);
      assert.equal(text.split(`**${detector.title}**`).length, 2, `${detector.id}: the title once`);
      const revoke = lines.indexOf('**Revoke or rotate it first:**');
      const store = lines.findIndex((l) => l.startsWith('**Keep it out of code:**'));
      const guide = lines.findIndex((l) => l.startsWith('[Full guide'));
      assert.ok(revoke > 0 && store > revoke && guide > store, `${detector.id}: lead, revoke, storage, guide in that order`);
      assert.match(lines[revoke + 1]!, /^1\. /);
      assert.match(lines[revoke + 2]!, /^2\. /);
      if (detector.guide.url) assert.ok(lines[revoke + 1]!.includes(detector.guide.url), `${detector.id}: the provider link is in step 1`);
      assert.ok(text.includes(`${DOCS}#`), `${detector.id}: the full guide is one click away`);
      const said = sentences(text);
      assert.equal(
        new Set(said).size,
        said.length,
        `${detector.id}: a sentence said twice: ${said.filter((s, i) => said.indexOf(s) !== i).join(' | ')}`,
      );
    }
    assert.ok(longest > 600, `the worst case is really long (${longest})`);
  });

  it('is a short reassurance in a local, git-ignored file', () => {
    const text = hoverMarkdown(worstCase(ALL_DETECTORS[0]!), { docsBaseUri: DOCS, language: 'dotenv', placement: 'untracked-ignored' });
    assert.ok(text.includes(LOCAL_ONLY_ADVICE));
    assert.ok(!text.includes('Revoke or rotate'), 'no alarm for a file where local secrets belong');
    assert.ok(!/make sure it is git-ignored|git-ignore it/.test(text), 'no advice to do what is done');
    assert.ok(text.length < 400, `${text.length}`);
  });
});

describe('hover through the server', () => {
  let client: TestClient | undefined;
  afterEach(async () => {
    await client?.stop();
    client = undefined;
  });

  it('leads with the credential, names the same variable as the fix, and stays within the bound', async () => {
    const root = workspace();
    ({ client } = await TestClient.start({ rootPath: root }));
    const token = fakeGithubToken('ghp_', 'hover-bound');
    const uri = client.open(join(root, 'src/app.ts'), `export const githubAuth = "${token}";\n`, 'typescript');
    const [diagnostic] = await client.diagnosticsFor(uri);
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: diagnostic!.range.start });
    const value = (hover.contents as { value: string }).value;
    assert.ok(value.length <= HOVER_MAX_CHARS, `${value.length}`);
    assert.ok(value.startsWith('**GitHub personal access token (classic)**'));
    const actions = await client.request<{ title: string }[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic!.range,
      context: { diagnostics: [diagnostic] as Diagnostic[], triggerKind: 1 },
    });
    const move = actions.find((a) => a.title.startsWith('Move to an environment variable'));
    const name = /\(([A-Z0-9_]+)\)/.exec(move?.title ?? '')?.[1];
    assert.ok(name, 'the fix names its variable');
    assert.ok(value.includes(`process.env.${name}`), `the hover names ${name} too`);
    assert.ok(!value.includes(token));
  });
});
