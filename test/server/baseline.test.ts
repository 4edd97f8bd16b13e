/**
 * The language server honours the baseline `.leakproof.json` names (issue 11 item 6): a baselined
 * finding is accepted debt the team chose not to be reminded of on every keystroke, so it gets no
 * squiggle (as an allowlisted one); the hover still explains it. A new secret in the same file, or
 * the same secret in another file, is reported. A real server process; the baseline is written by
 * the real CLI (`leakproof baseline create`), as a user would.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { fakeGithubToken } from '../../server/src/engine/detectors/code-hosting/github.examples.js';
import { leakproof } from '../hooks/gitHelpers.js';
import { workspace } from './expected.js';
import { TestClient } from './lspClient.js';

let client: TestClient | undefined;
afterEach(async () => {
  await client?.stop();
  client = undefined;
});

const OLD = fakeGithubToken('ghp_', 'server-baseline-old');
const NEW = fakeGithubToken('ghp_', 'server-baseline-new');

describe('a configured baseline in the editor', () => {
  it('hides baselined findings and reports new ones', async () => {
    const root = workspace();
    const legacy = `export const token = "${OLD}";\n`;
    writeFileSync(join(root, 'legacy.ts'), legacy);
    const created = leakproof(root, ['baseline', 'create']);
    assert.equal(created.status, 0, created.stderr);

    ({ client } = await TestClient.start({ rootPath: root }));
    const c = client;
    const accepted = c.open(join(root, 'legacy.ts'), legacy, 'typescript');
    assert.deepEqual(await c.diagnosticsFor(accepted), [], 'the baselined secret has no squiggle');

    const hover = await c.request<{ contents: { value: string } | string } | null>('textDocument/hover', {
      textDocument: { uri: accepted },
      position: { line: 0, character: legacy.indexOf(OLD) + 4 },
    });
    assert.match(JSON.stringify(hover?.contents), /baseline \(\.leakproof-baseline\.json\)/, 'the hover says why it is quiet');

    c.edit(accepted, 0, 0, '// edited\n');
    c.edit(accepted, c.text(accepted).length, c.text(accepted).length, `export const fresh = "${NEW}";\n`);
    const diagnostics = await c.diagnosticsFor(accepted);
    assert.equal(diagnostics.length, 1, JSON.stringify(diagnostics));
    assert.equal(diagnostics[0]!.range.start.line, 2, 'only the new secret');

    const copy = c.open(join(root, 'copy.ts'), legacy, 'typescript');
    assert.equal((await c.diagnosticsFor(copy)).length, 1, 'the same secret elsewhere is not covered');
  });
});
